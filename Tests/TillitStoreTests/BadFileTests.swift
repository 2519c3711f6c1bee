import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// Every kind of bad file: a clear problem naming the file and the place, the rest of the store
/// still opens, and the file stays byte-for-byte as it was whatever the program tries.
@Suite struct BadFileTests {
    static let dialogueID = "4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054"
    static let dialogueFile = "dialogues/\(dialogueID).json"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var mangle: @Sendable ([UInt8]) -> [UInt8]
        var expect: @Sendable (StoreProblem.Kind) -> Bool
        var hasLine = true
        var testDescription: String { name }
    }

    static func replacing(_ a: String, _ b: String) -> @Sendable ([UInt8]) -> [UInt8] {
        { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            precondition(text.contains(a), "fixture lacks \(a)")
            return Array(text.replacingOccurrences(of: a, with: b).utf8)
        }
    }

    static let cases: [Case] = [
        Case(
            name: "truncated", file: dialogueFile, mangle: { Array($0.prefix($0.count / 2)) },
            expect: { $0 == .syntax(.unexpectedEnd) }),
        Case(
            name: "invalid JSON", file: dialogueFile,
            mangle: replacing("\"status\" : \"closed\"", "\"status\" : closed"),
            expect: { $0 == .syntax(.unexpectedCharacter("c")) }),
        Case(
            name: "wrong type", file: dialogueFile,
            mangle: replacing("\"date\" : \"2025-11-05\"", "\"date\" : 20251105"),
            expect: { $0 == .wrongType("string") }),
        Case(name: "empty", file: dialogueFile, mangle: { _ in [] }, expect: { $0 == .empty }, hasLine: false),
        Case(
            name: "byte-order mark", file: dialogueFile, mangle: { [0xEF, 0xBB, 0xBF] + $0 },
            expect: { $0 == .byteOrderMark }),
        Case(
            name: "invalid UTF-8", file: dialogueFile,
            mangle: { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                let r = text.range(of: "Läxhjälp")!
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
                var out = bytes
                out.replaceSubrange(offset + 1..<offset + 3, with: [0xE4])  // "ä" as Latin-1
                return out
            },
            expect: { $0 == .invalidUTF8 }),
        Case(
            name: "newer version", file: dialogueFile,
            mangle: replacing("\"formatVersion\" : 1", "\"formatVersion\" : 7"),
            expect: { $0 == .newerVersion(found: 7, supported: 1) }),
        Case(
            name: "unknown field", file: dialogueFile,
            mangle: replacing("\"formatVersion\" : 1", "\"formatVersion\" : 1,\n  \"mood\" : \"glad\""),
            expect: { $0 == .unknownFields(["mood"]) }),
        Case(
            name: "bad moment", file: dialogueFile,
            mangle: replacing("\"created\" : \"2025-11-05T12:02:00Z\"", "\"created\" : \"2025-11-05 12:02\""),
            expect: { $0 == .badFormat(.moment, found: "2025-11-05 12:02") }),
        Case(
            name: "unknown status", file: dialogueFile,
            mangle: replacing("\"status\" : \"closed\"", "\"status\" : \"archived\""),
            expect: { $0 == .unknownValue("archived", allowed: ["planned", "live", "closed"]) }),
        Case(
            name: "unknown section of a note", file: dialogueFile,
            mangle: replacing("\"section\" : \"strengths\"", "\"section\" : \"styrkor\""),
            expect: { $0 == .unknownValue("styrkor", allowed: SectionKind.allCases.map(\.rawValue)) }),
        Case(
            name: "bad grades", file: "schools.json",
            mangle: replacing("\"grades\" : \"4-9\"", "\"grades\" : \"4-12\""),
            expect: { $0 == .badFormat(.grades, found: "4-12") }),
        Case(
            name: "missing field", file: "schools.json",
            mangle: replacing("\"name\" : \"Grundskoleförvaltningen (demo)\"", "\"namn\" : \"X\""),
            expect: { $0 == .missingField("name") }),
        Case(
            name: "bad wheel date", file: "wheel.json", mangle: replacing("-05-12\"", "-05-32\""),
            expect: { $0 == .badFormat(.dateOrWeek, found: "2027-05-32") }),
    ]

    @Test(arguments: cases)
    func badFileIsReportedAndNeverRewritten(_ c: Case) throws {
        let folder = TempFolder("bad")
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        let path = "\(root)/\(c.file)"
        let original = try #require(folder.bytes(path))
        let bad = c.mangle(original)
        try Data(bad).write(to: URL(fileURLWithPath: path))

        let store = try Store.open(at: root, mode: .write(command: "test"))
        let problem = try #require(store.problems.first { $0.file == c.file }, "no problem reported for \(c.name)")
        #expect(c.expect(problem.kind), "\(problem.kind)")
        if c.hasLine { #expect(problem.place?.line != nil, "no line for \(c.name)") }
        // The rest of the store still opens.
        if c.file == Self.dialogueFile {
            #expect(store.dialogues.count == 5)
            #expect(store.schools.schools.count == 8)
        } else {
            #expect(store.dialogues.count == 6)
        }
        // Everything the program could do to the file is refused.
        switch c.file {
        case "schools.json": #expect(throws: StoreError.self) { try store.saveSchools(store.schools) }
        case "wheel.json": #expect(throws: StoreError.self) { try store.saveWheel(store.wheel) }
        default:
            #expect(throws: StoreError.self) {
                try store.saveDialogue(Dialogue(id: Self.dialogueID, date: LocalDate(iso: "2025-11-05")!))
            }
            #expect(throws: StoreError.self) { _ = try store.dialogue(Self.dialogueID) }
        }
        let report = StoreDoctor.check(store)
        #expect(report.problems.contains { $0.file == c.file })
        store.close()
        #expect(folder.bytes(path) == bad, "\(c.name): the file was changed")
    }

    @Test func aNewerManifestOpensTheStoreReadOnly() throws {
        let folder = TempFolder("newer")
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        let manifest = "\(root)/manifest.json"
        try Data("{\n  \"format\" : \"tillit-store\",\n  \"formatVersion\" : 2\n}\n".utf8).write(
            to: URL(fileURLWithPath: manifest))
        let before = folder.bytes(manifest)
        let schoolsBefore = folder.bytes("\(root)/schools.json")
        let store = try Store.open(at: root, mode: .write(command: "t"))
        #expect(store.readOnlyReason == .newerVersion(file: "manifest.json", found: 2, supported: 1))
        #expect(store.dialogues.count == 6)
        #expect(throws: StoreError.readOnly(.newerVersion(file: "manifest.json", found: 2, supported: 1))) {
            try store.saveSchools(store.schools)
        }
        #expect(folder.bytes(manifest) == before)
        #expect(folder.bytes("\(root)/schools.json") == schoolsBefore)
    }

    @Test func problemsNameTheValuesPath() throws {
        let bytes = Array(
            """
            {\"formatVersion\": 1, \"organisation\": {\"name\": \"X\"}, \"areas\": [], \"schools\": [{\"id\": \
            \"a\", \"name\": \"A\", \"areaID\": \"x\", \"archived\": \"nej\"}]}
            """
            .utf8)
        guard case .failure(let p) = DocumentReader.decode(SchoolsDocument.self, from: bytes, file: "schools.json")
        else {
            Issue.record("decoded a bad file")
            return
        }
        #expect(p.kind == .wrongType("boolean"))
        #expect(p.place?.path == "schools[0].archived")
        #expect(p.place?.line == 1)
        #expect(p.place?.column == 130)
    }

    /// A value a field cannot hold is named in the user's words, with the values it can hold
    /// (not Swift's "Cannot initialize DialogueStatus from invalid String value").
    @Test func aValueThatDoesNotExistIsNamedWithThoseThatDo() throws {
        let problem = StoreProblem(
            file: "dialogues/x.json", place: .init(path: "dialogue.status"),
            kind: .unknownValue("archived", allowed: ["planned", "live", "closed"]))
        #expect(
            ErrorText(Localizer(.sv)).problem(problem).hasSuffix(
                "värdet ”archived” finns inte här; det ska vara ett av planned, live, closed"))
        #expect(
            ErrorText(Localizer(.en)).problem(problem).hasSuffix(
                "the value “archived” does not exist here; it must be one of planned, live, closed"))
    }
}

/// A file is read straight into the array that holds it: every byte, for files of any size.
@Suite struct ContentsTests {
    @Test func everyByteOfFilesOfAnySize() throws {
        let folder = TempFolder("contents")
        for size in [0, 1, 4_095, 65_536, 65_537, 300_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            let path = folder.path + "/f\(size)"
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            #expect(try DurableFile.contents(of: path) == bytes, "\(size)")
        }
        #expect(throws: FileError.self) { try DurableFile.contents(of: folder.path + "/f300001", limit: 300_000) }
    }
}
