import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitStore

@testable import TillitExport

/// The DOCX export as Word sees it, read back by python-docx (validate.py) and, where LibreOffice
/// is installed, laid out as pages: Word's own bullet list with a follow-up one level deeper than
/// the note it follows, heading styles, a table style with a repeated header row, the running
/// header and the page number in the footer, the document's language.
@Suite struct DocxTests {
    static func notes(
        _ dialogue: Dialogue = MeetingNotesTests.dialogue(), _ language: Language = .sv,
        _ audience: ExportModel.Audience = .school
    ) throws -> Data {
        try DialogueExporter.export(
            dialogue, context: ExportTests.context(language, audience), format: .docx, redact: false)
    }

    /// What validate.py found in a DOCX, line by line.
    static func found(_ data: Data) throws -> [String] { try ExportTests().parse("docx", data, ext: "docx") }

    /// The list paragraphs: their numbering level and text.
    static func lists(_ found: [String]) -> [(level: Int, text: String)] {
        found.filter { $0.hasPrefix("list:") }.map { line in
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            return (Int(parts[1]) ?? -1, String(parts[2]))
        }
    }

    /// A small report: headings of every level, a list with levels, quotes, a table.
    static let report: [DocumentBlock] = [
        .heading(1, "Kvalitetsrapport 2025/26"),
        .paragraph("Underlaget bygger på kvalitetsdialogerna."),
        .heading(2, "1. Styrkor och framgångsfaktorer"),
        .heading(3, "Vad som sades"),
        .list([.init("Nytorpsskolan"), .init("Verksamhetsplanen som film", level: 1), .init("Fråga: Hur?", level: 2)]),
        .bullets(["#läsförståelse: 1 av 7 skolor"]),
        .quotes([
            .init("Två ledningsgrupper gör att beslut blir av.", source: "Nytorpsskolan, 2025-10-14"),
            .init("Utan källa <&>", source: ""),
        ]),
        .table(["Åtgärd", "Ansvarig", "Senast"], [["Läsmodell", "Else-Marie Hallqvist", "2026-03-31"]]),
    ]

    @Test func followUpsAreOneListLevelDeeperThanTheNoteTheyFollow() throws {
        let found = try Self.found(try Self.notes())
        let lists = Self.lists(found)
        // Every list paragraph is Word's list at the note's depth; last time's actions at the top.
        let model = ExportModel(MeetingNotesTests.dialogue(), context: ExportTests.context(.sv), redact: false)
        let expected = model.sections.flatMap { s in s.notes.map(\.depth) + s.reviewed.map { _ in 0 } }
        #expect(lists.map(\.level) == expected)
        #expect(!found.contains { $0.hasPrefix("list-without-numbering:") })
        let strength = try #require(lists.firstIndex { $0.text.hasPrefix("Else-Marie Hallqvist: Verksamhetsplanen") })
        #expect(lists[strength].level == 0)
        #expect(lists[strength + 1].level == 1)
        #expect(lists[strength + 1].text.hasPrefix("Fråga: Vad är det som gör att vi lyckas bra?"))
        #expect(lists[strength + 1].text.contains("<html> & \"citat\""))
        #expect(lists[strength + 2].level == 2)
        #expect(lists[strength + 2].text.hasPrefix("Svar (Else-Marie Hallqvist): Två ledningsgrupper"))
        #expect(lists.contains { $0.level == 0 && $0.text == "Läsfokus i årskurs 4 – pågår. Kommentar: Halvvägs" })
        // The bullets and indents come from the numbering, never from typed characters.
        for item in lists { #expect(!item.text.hasPrefix("•") && !item.text.hasPrefix("↳"), "\(item.text)") }
        let bullets = found.filter { $0.hasPrefix("bullet:") }.map { $0.split(separator: ":").map(String.init) }
        #expect(bullets.count == 9)
        #expect(bullets.allSatisfy { $0[2] == "bullet" })
        #expect(Set(bullets.prefix(3).map { $0[3] }).count == 3, "levels 0–2 have their own bullets")
        let indents = bullets.map { Int($0[4]) ?? 0 }
        #expect(indents == indents.sorted() && Set(indents).count == 9, "each level is indented further")
    }

    @Test func internalNotesAreMarkedAndTheirFollowUpsNested() throws {
        let lists = Self.lists(try Self.found(try Self.notes(MeetingNotesTests.dialogue(), .sv, .administration)))
        let note = try #require(lists.firstIndex { $0.text == "Rektorn behöver avlastning (internt)" })
        #expect(lists[note].level == 0)
        #expect(lists[note + 1].level == 1 && lists[note + 1].text == "Fråga: Hur märks det i vardagen (internt)")
    }

    @Test func headingsAreWordsHeadingStyles() throws {
        let found = try Self.found(try Self.notes())
        #expect(found.first == "Title:Minnesanteckningar från kvalitetsdialog med Nytorpsskolan")
        #expect(found.contains("Heading 1:1. Styrkor och framgångsfaktorer"))
        #expect(found.contains("Heading 1:6. Återkoppling"))
        #expect(found.contains("Heading 2:Uppföljning av tidigare åtgärder"))
        #expect(found.contains("Heading 2:Åtgärder"))
        let headings = found.filter { $0.hasPrefix("Heading") }
        #expect(
            headings.firstIndex(of: "Heading 2:Åtgärder")! > headings.firstIndex(
                of: "Heading 1:5. Framåt: åtgärder och förebyggande arbete")!)
    }

    @Test func theActionsTableHasItsStyleARepeatedHeaderRowAndTheFollowUps() throws {
        var d = MeetingNotesTests.dialogue()
        d.actions[0].followUps = [
            ActionFollowUp(
                dialogueID: "x", date: LocalDate(iso: "2026-03-02")!, status: .inProgress, comment: "Införd i åk 4")
        ]
        let data = try Self.notes(d)
        let found = try Self.found(data)
        #expect(found.contains("table:4x4"))
        #expect(found.contains("table-style:Tillit Table:header-shaded"))
        #expect(found.contains("table-header:repeated"))
        let text = try ExportTests().parse("docx-text", data, ext: "docx")
        #expect(
            text.contains {
                $0.hasPrefix("Införa en gemensam modell") && $0.contains("↳ 2026-03-02 pågår: Införd i åk 4")
            })
    }

    @Test(arguments: Language.allCases)
    func theHeaderTheFooterAndTheLanguage(_ language: Language) throws {
        let data = try Self.notes(MeetingNotesTests.dialogue(), language)
        let found = try Self.found(data)
        let model = ExportModel(MeetingNotesTests.dialogue(), context: ExportTests.context(language), redact: false)
        #expect(found.contains("header:Nytorpsskolan\t\(model.dateText)"))
        #expect(found.contains(language == .sv ? "footer:Sida 1 av 1" : "footer:Page 1 of 1"))
        #expect(found.contains("footer-field:PAGE") && found.contains("footer-field:NUMPAGES"))
        let code = language == .sv ? "sv-SE" : "en-GB"
        #expect(found.contains("lang:\(code)") && found.contains("core-language:\(code)"))
        #expect(found.contains("core-title:\(model.title)"))
    }

    @Test func theSameDialogueGivesTheSameBytesAndNoClock() throws {
        let data = try Self.notes()
        #expect(try Self.notes() == data)
        // The parts are stored, not compressed: their XML can be read in the bytes.
        #expect(data.range(of: Data("dcterms:created".utf8)) == nil)
        #expect(data.range(of: Data("[Content_Types].xml".utf8)) != nil)
        #expect(data.range(of: Data("&lt;html&gt; &amp; &quot;citat&quot;".utf8)) != nil)
    }

    @Test func blocksAreAReportInWordsStyles() throws {
        let found = try Self.found(DocxExporter.blocks(Self.report, language: "en-GB"))
        #expect(found.first == "Title:Kvalitetsrapport 2025/26")
        #expect(found.contains("Heading 1:1. Styrkor och framgångsfaktorer"))
        #expect(found.contains("Heading 2:Vad som sades"))
        #expect(Self.lists(found).map(\.level) == [0, 1, 2, 0])
        #expect(Self.lists(found).map(\.text).first == "Nytorpsskolan")
        #expect(found.contains("quote:Två ledningsgrupper gör att beslut blir av. — Nytorpsskolan, 2025-10-14"))
        #expect(found.contains("quote-source:— Nytorpsskolan, 2025-10-14:upright"))
        #expect(found.contains("quote:Utan källa <&>"))
        #expect(found.contains("table:2x3") && found.contains("table-header:repeated"))
        #expect(found.contains("table-style:Tillit Table:header-shaded"))
        // The title heads every page after the first; every page has its number.
        #expect(found.contains("header:Kvalitetsrapport 2025/26"))
        #expect(found.contains("footer-field:PAGE") && found.contains("first-page-footer-field:PAGE"))
        #expect(found.contains("footer:Page 1 of 1"))
        #expect(found.contains("lang:en-GB") && found.contains("core-title:Kvalitetsrapport 2025/26"))
    }

    @Test func aTableWithoutHeadersOrWithLongerRowsStillParses() throws {
        let blocks: [DocumentBlock] = [
            .heading(1, "R & D"), .table([], []), .table(["A"], [["1", "2"]]), .table(["B"], [["3"]]),
        ]
        let found = try Self.found(DocxExporter.blocks(blocks, language: "sv-SE"))
        #expect(found.filter { $0.hasPrefix("table:") } == ["table:2x2", "table:2x1"])
        #expect(found.contains("core-title:R & D") && found.contains("footer:Sida 1 av 1"))
    }

    /// LibreOffice's PDF of a DOCX as text, or nil when LibreOffice is not installed.
    static func laidOut(_ data: Data) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") else { return nil }
        let tmp = TempFolder("docx-pdf")
        try data.write(to: URL(fileURLWithPath: tmp.sub("d.docx")))
        try run(
            "/usr/bin/soffice", ["--headless", "--convert-to", "pdf", "--outdir", tmp.path, tmp.sub("d.docx")],
            home: tmp.path)
        #expect(FileManager.default.fileExists(atPath: tmp.sub("d.pdf")), "LibreOffice made no PDF")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return "" }
        try run("/usr/bin/pdftotext", [tmp.sub("d.pdf"), tmp.sub("d.txt")], home: tmp.path)
        return try String(contentsOfFile: tmp.sub("d.txt"), encoding: .utf8)
    }

    static func run(_ tool: String, _ arguments: [String], home: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.environment = ["HOME": home, "PATH": "/usr/bin:/bin"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
    }

    @Test func libreOfficeLaysOutTheNotesWithPageNumbers() throws {
        guard let text = try Self.laidOut(try Self.notes()), !text.isEmpty else { return }
        #expect(text.contains("1. Styrkor och framgångsfaktorer"))
        #expect(text.contains("Sida 1"))
        #expect(text.contains("Nytorpsskolan"))
    }

    @Test func libreOfficeLaysOutTheReportWithPageNumbers() throws {
        guard let text = try Self.laidOut(DocxExporter.blocks(Self.report, language: "sv-SE")), !text.isEmpty else {
            return
        }
        #expect(text.contains("1. Styrkor och framgångsfaktorer"))
        #expect(text.contains("Sida 1"))
        #expect(text.contains("Nytorpsskolan, 2025-10-14"))
    }
}
