import Foundation
import Testing
import TillitDomain
@testable import TillitStore

@Suite struct SearchTests {
    func dialogue(_ texts: [String]) -> Dialogue {
        Dialogue(id: "d", schoolID: "s", date: LocalDate(iso: "2025-10-14")!, notes: texts.enumerated().map { i, t in
            Note(id: "n\(i)", section: .analysis, text: t, created: Date(timeIntervalSince1970: 1_760_000_000 + Double(i)))
        })
    }

    func search(_ q: String, _ texts: [String], ignore: Bool = false) -> [String] {
        NoteSearch.search(q, in: [dialogue(texts)], subject: { _ in "Skolan" }, ignoreDiacritics: ignore).map(\.noteID)
    }

    @Test func swedishLettersAreLettersOfTheirOwn() {
        let texts = ["Arbetet för trygghet", "A form for English", "Läsförståelse"]
        #expect(search("for", texts) == ["n1"])
        #expect(search("för", texts) == ["n0", "n2"])
        #expect(search("FÖR", texts) == ["n0", "n2"])
        #expect(search("for", texts, ignore: true) == ["n0", "n1", "n2"])
        #expect(search("las", texts) == [])
        #expect(search("las", texts, ignore: true) == ["n2"])
        // Typed decomposed (o + combining diaeresis), it is still ö.
        #expect(search("fo\u{308}r", texts) == ["n0", "n2"])
    }

    @Test func hitsCarryASnippetWithTheMatchMarked() throws {
        let long = String(repeating: "inledning ", count: 8) + "Klyftan växer i årskurs 7-9" + String(repeating: " och mer", count: 8)
        let hit = try #require(NoteSearch.search("klyftan", in: [dialogue([long])], subject: { _ in "Nytorpsskolan" }).first)
        let chars = Array(hit.snippet)
        #expect(String(chars[hit.matchStart..<(hit.matchStart + hit.matchLength)]) == "Klyftan")
        #expect(hit.snippet.hasPrefix("…") && hit.snippet.hasSuffix("…"))
        #expect(hit.subject == "Nytorpsskolan" && hit.section == .analysis)
    }

    @Test func newestDialoguesComeFirst() {
        var a = dialogue(["trygghet"])
        a.id = "a"
        var b = dialogue(["trygghet"])
        b.id = "b"
        b.date = LocalDate(iso: "2026-09-18")!
        #expect(NoteSearch.search("trygg", in: [a, b], subject: { _ in "" }).map(\.dialogueID) == ["b", "a"])
    }
}
