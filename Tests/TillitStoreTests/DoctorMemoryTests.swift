import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// `doctor` decodes each dialogue file once per check, and a file whose exact bytes it found
/// sound before not at all; nothing it would find is ever missed that way.
@Suite struct DoctorMemoryTests {
    static let today = LocalDate(iso: "2026-11-23")!
    static let closed = "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"

    func store() throws -> (TempFolder, String) {
        let folder = TempFolder("doctor-memory")
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: Self.today))
        return (folder, root)
    }

    func check(_ root: String, full: Bool = false) throws -> StoreDoctor.Report {
        let store = try Store.open(at: root, mode: .read, scope: .settings)
        let report = StoreDoctor.check(store, full: full)
        store.saveCheckedIfFree(report.checked, command: "test")
        return report
    }

    /// Notes sharing an id (each after the first named) and a chain of follow-ups deeper than
    /// the screen shows, in another section's thread and through a loop.
    @Test func sharedNoteIDsAndDeepThreadsAreFound() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        let file = "\(root)/dialogues/\(Self.closed).json"
        var doc = try StoreJSON.decoder().decode(
            DialogueDocument.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        let first = doc.dialogue.notes[0]
        var chain: [Note] = []
        for k in 1...10 {
            chain.append(
                Note(
                    id: "deep-\(k)", section: .analysis, text: "Varför? \(k)", created: first.created,
                    parentID: k == 1 ? nil : "deep-\(k - 1)"))
        }
        // A loop and a follow-up whose parent is in another section stay shallow.
        chain.append(Note(id: "loop-a", section: .needs, text: "a", created: first.created, parentID: "loop-b"))
        chain.append(Note(id: "loop-b", section: .needs, text: "b", created: first.created, parentID: "loop-a"))
        chain.append(Note(id: "other", section: .needs, text: "c", created: first.created, parentID: "deep-10"))
        doc.dialogue.notes += chain + [first, first]
        try DurableFile.replace(file, with: try StoreJSON.encode(doc))
        let kinds = try check(root).problems.filter { $0.file == "dialogues/\(Self.closed).json" }.map(\.kind)
        #expect(
            kinds == [.duplicateID(first.id), .threadTooDeep(depth: 9, limit: Dialogue.maxShownDepth)])
        let mine = doc.dialogue.threaded(in: .needs).filter { ["loop-a", "loop-b", "other"].contains($0.note.id) }
        #expect(mine.map { "\($0.note.id) \($0.depth)" } == ["loop-a 0", "loop-b 1", "other 0"])
    }

    @Test func soundFilesAreRememberedByTheirBytesAndDamageIsStillFound() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        let first = try check(root)
        #expect(first.problems.isEmpty)
        #expect(first.checked.entries.count == 6)
        #expect(CheckedFiles.read(StoreLayout(root: root)) == first.checked)
        #expect(mode(of: "\(root)/index/checked.txt") == 0o600)
        // A byte changed on the disk, the file's time and size as they were (bit rot): found.
        let file = "\(root)/dialogues/\(Self.closed).json"
        var st = stat()
        lstat(file, &st)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let at = bytes.firstIndex(of: UInt8(ascii: "{"))!
        bytes[at] = UInt8(ascii: "[")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        var times = [st.st_atim, st.st_mtim]
        utimensat(AT_FDCWD, file, &times, 0)
        let second = try check(root)
        #expect(second.problems.map(\.file) == ["dialogues/\(Self.closed).json"])
        #expect(second.checked.entries[Self.closed] == nil)
        // A school that leaves the list: a remembered dialogue of it is named all the same.
        bytes[at] = UInt8(ascii: "{")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(try check(root).problems.isEmpty)
        let schools = "\(root)/schools.json"
        let text = try String(contentsOfFile: schools, encoding: .utf8)
        try DurableFile.replace(
            schools, with: Data(text.replacingOccurrences(of: "\"nytorpsskolan\"", with: "\"ny\"").utf8))
        let third = try check(root)
        #expect(
            third.problems.contains {
                $0.file == "dialogues/\(Self.closed).json" && $0.kind == .unknownSchool("nytorpsskolan")
            })
    }

    @Test func aListFromAnotherProgramOrDamagedIsNotBelieved() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        _ = try check(root)
        let path = "\(root)/index/checked.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        lines[0] = "tillit-checked\t1\t1\t2\t3"
        try DurableFile.replace(path, with: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(CheckedFiles.read(StoreLayout(root: root)).entries.isEmpty)
        try DurableFile.replace(path, with: Data("tillit-checked\t1\t".utf8))
        #expect(CheckedFiles.read(StoreLayout(root: root)).entries.isEmpty)
        // `--full` decodes everything whatever the list says.
        _ = try check(root)
        #expect(try check(root, full: true).checked.entries.count == 6)
    }

    @Test func anUnknownFieldIsFoundAfterManySoundFilesTaughtTheKnownOnes() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        let file = "\(root)/dialogues/\(Self.closed).json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // The last note gets a field of a newer version.
        let marked = text.replacingOccurrences(
            of: "\"section\" : \"feedback\"", with: "\"section\" : \"feedback\", \"colour\" : \"red\"")
        #expect(marked != text)
        try DurableFile.replace(file, with: Data(marked.utf8))
        let report = try check(root)
        #expect(
            report.problems.contains { p in
                if case .unknownFields(let f) = p.kind {
                    return p.file == "dialogues/\(Self.closed).json" && f.contains { $0.hasSuffix("colour") }
                }
                return false
            })
        #expect(report.checked.entries[Self.closed] == nil)
    }

    @Test func learnedKeysCoverOnlyWhatTheProgramWrote() throws {
        let known = KnownKeys()
        let sound = Array(#"{"a": 1, "notes": [{"text": "x", "kind": "result"}, {"text": "y"}], "gone": null}"#.utf8)
        known.learn(try #require(JSONShape.of(sound)))
        #expect(known.cover(try #require(JSONShape.of(Array(#"{"notes": [{"kind": "k"}], "a": 2}"#.utf8)))))
        // A new key, the same key at another place, a null the program leaves out.
        #expect(!known.cover(try #require(JSONShape.of(Array(#"{"notes": [{"colour": "red"}]}"#.utf8)))))
        #expect(!known.cover(try #require(JSONShape.of(Array(#"{"text": "x"}"#.utf8)))))
        #expect(known.cover(try #require(JSONShape.of(Array(#"{"a": 1, "later": null}"#.utf8)))))
    }
}
