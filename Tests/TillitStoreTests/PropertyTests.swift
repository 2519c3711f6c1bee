import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// Random and mutated input, from a fixed seed: the readers never crash or hang, they name a
/// problem or read something, and what round-trips stays equal.
@Suite struct PropertyTests {

    static let demo = DemoStore.content(today: LocalDate(iso: "2026-11-23")!)

    /// A store file with a few bytes changed, removed, doubled or cut.
    static func mutate(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !out.isEmpty {
            let i = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: out[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: out.remove(at: i)
            case 2:
                out.insert(
                    contentsOf: ["{", "[", "\"", "\\", ",", ":", "]", "}"].randomElement(using: &rng)!.utf8, at: i)
            case 3: out = Array(out.prefix(i))
            default: out.insert(contentsOf: out[i..<min(out.count, i + 20)], at: i)
            }
        }
        return out
    }

    @Test(arguments: 0..<3)
    func theJSONReaderNeverCrashesAndRoundTripsWhatItReads(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 1)
        let dialogue = try StoreJSON.encode(DialogueDocument(dialogue: Self.demo.dialogues[0]))
        let schools = try StoreJSON.encode(SchoolsDocument(Self.demo.schools))
        for _ in 0..<150 {
            let bad = Self.mutate(Array(dialogue), &rng)
            if case .success(let doc) = DocumentReader.decode(DialogueDocument.self, from: bad, file: "d.json") {
                let again = try StoreJSON.encode(doc)
                guard
                    case .success(let back) = DocumentReader.decode(
                        DialogueDocument.self, from: Array(again), file: "d.json")
                else {
                    Issue.record("what was read does not read again")
                    continue
                }
                #expect(back == doc)
            }
            _ = DocumentReader.decode(
                SchoolsDocument.self, from: Self.mutate(Array(schools), &rng), file: "schools.json")
        }
        // Random bytes, deep brackets and long strings.
        for _ in 0..<100 {
            let noise = (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = DocumentReader.decode(DialogueDocument.self, from: noise, file: "x")
        }
        let deep = Array(String(repeating: "{\"a\":", count: 50_000).utf8)
        guard case .failure(let p) = DocumentReader.decode(DialogueDocument.self, from: deep, file: "x") else {
            Issue.record("a deep file was read")
            return
        }
        #expect(p.kind == .tooDeep(limit: DocumentReader.maxDepth))
    }

    @Test(arguments: 0..<3)
    func theJournalReaderNeverCrashesAndKeepsTheOrderOfWhatItReads(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 100)
        let changes: [DialogueChange] = [
            .statusChanged(.live), .sectionEntered(.results),
            .noteSaved(
                Note(id: "a", section: .results, text: "Resultaten steg", created: Date(timeIntervalSince1970: 0))),
            .draftChanged(NoteDraft(section: .analysis, text: "Varför", revision: 1)),
            .draftEdited(DraftEdit(base: 1, at: 6, inserted: "?")),
        ]
        var text = ""
        for (i, c) in changes.enumerated() {
            text +=
                String(decoding: try JSONEncoder().encode(JournalEntry(seq: i + 1, change: c)), as: UTF8.self) + "\n"
        }
        #expect(JournalReader.parse(Array(text.utf8)).changes == changes)
        let lines = text.split(separator: "\n").map { Array($0.utf8) }
        for _ in 0..<200 {
            // One line damaged: every other line is still read, in order; the damaged one is read
            // as whatever it still says, or named (never dropped without a word).
            let damaged = Int.random(in: 0..<lines.count, using: &rng)
            var bytes: [UInt8] = []
            var vanished = false
            for (i, line) in lines.enumerated() {
                let written = i == damaged ? Self.mutate(line, &rng).filter { $0 != 0x0A } : line
                if written.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { vanished = true }
                bytes += written + [0x0A]
            }
            let read = JournalReader.parse(bytes)
            let others = changes.enumerated().filter { $0.offset != damaged }.map(\.element)
            let named = !read.isClean
            // (Only a last line wiped out completely leaves no trace: nothing comes after it.)
            let lastGone = vanished && damaged == lines.count - 1
            #expect(named || read.changes.count == others.count + (lastGone ? 0 : 1), "\(read)")
            var rest = read.changes[...]
            for c in others {
                guard let i = rest.firstIndex(of: c) else {
                    Issue.record("line \(changes.firstIndex(of: c)! + 1) was lost when line \(damaged + 1) was damaged")
                    break
                }
                rest = rest[(i + 1)...]
            }
        }
    }

    @Test(arguments: 0..<3)
    func theCSVParserNeverCrashesAndAGoodFileRoundTrips(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 200)
        let cells = ["Nytorpsskolan", "Område \"Nordost\"", "a;b", "rad\nett", "", "Åsa Öberg", "F-9", "\u{1B}x"]
        for _ in 0..<200 {
            var rows: [[String]] = []
            for _ in 0..<Int.random(in: 1...5, using: &rng) {
                rows.append((0..<3).map { _ in cells.randomElement(using: &rng)! })
            }
            let csv = rows.map {
                $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ";")
            }
            .joined(separator: "\r\n")
            let parsed = try CSVParser.parse(csv, separator: ";")
            let expected = rows.filter { !($0.count == 1 && $0[0].isEmpty) }
            #expect(parsed.map(\.fields) == expected.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } })
            // Damaged text never crashes: it parses or names an unclosed quote.
            let damaged = String(decoding: Self.mutate(Array(csv.utf8), &rng), as: UTF8.self)
            _ = try? CSVParser.parse(damaged, separator: CSVParser.detectSeparator(damaged))
            _ = CSVText(bytes: Self.mutate(Array(csv.utf8), &rng))
        }
    }
}
