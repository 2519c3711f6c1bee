import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

@Suite struct StoreTests {
    let today = LocalDate(iso: "2026-11-23")!

    /// A demo store in a temporary folder that lives as long as the fixture.
    struct Fixture {
        let folder: TempFolder
        var root: String { folder.sub("store") }
    }

    func demoStore() throws -> Fixture {
        let fx = Fixture(folder: TempFolder("store"))
        try Store.create(at: fx.root, content: DemoStore.content(today: today))
        return fx
    }

    @Test func createdStoreIsPrivateAndComplete() throws {
        let fx = try demoStore()
        defer { withExtendedLifetime(fx) {} }
        let root = fx.root
        #expect(mode(of: root) == 0o700)
        #expect(mode(of: "\(root)/dialogues") == 0o700)
        #expect(mode(of: "\(root)/index") == 0o700)
        for file in [
            "manifest.json", "schools.json", "wheel.json", "index/overview.json", "index/2025.json", "index/2026.json",
            "lock",
        ] {
            #expect(mode(of: "\(root)/\(file)") == 0o600, "\(file)")
        }
        let store = try Store.open(at: root, mode: .read)
        #expect(store.problems.isEmpty)
        #expect(store.dialogues.count == 6)
        #expect(store.dialogues.map(\.date) == store.dialogues.map(\.date).sorted(by: >))
        #expect(store.schools.schools.count == 8)
        #expect(StoreDoctor.check(store).problems.isEmpty)
    }

    @Test func aDurableReplaceLeavesNoTemporaryFileAndKeepsMode0600() throws {
        let folder = TempFolder("durable")
        let path = folder.sub("file.json")
        folder.write("file.json", "old")
        chmod(path, 0o644)
        try DurableFile.replace(path, with: Data("new".utf8))
        #expect(folder.bytes("file.json") == Array("new".utf8))
        #expect(mode(of: path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["file.json"])
    }

    @Test func savingUpdatesFileAndIndex() throws {
        let fx = try demoStore()
        defer { withExtendedLifetime(fx) {} }
        let root = fx.root
        let store = try Store.open(at: root, mode: .write(command: "test"))
        var d = try store.dialogue("7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73")
        d.status = .live
        d.notes.append(
            Note(
                id: "n1", section: .strengths, text: "Trygg skola", created: Date(timeIntervalSince1970: 1_764_000_000))
        )
        try store.saveDialogue(d)
        store.close()
        let again = try Store.open(at: root, mode: .read)
        let summary = try #require(again.dialogues.first { $0.id == d.id })
        #expect(summary.status == .live && summary.noteCount == 1)
        #expect(try again.dialogue(d.id) == d)
    }

    @Test func oneWriterAtATime() throws {
        let fx = try demoStore()
        defer { withExtendedLifetime(fx) {} }
        let root = fx.root
        let first = try Store.open(at: root, mode: .write(command: "tillit school add"))
        #expect(throws: StoreError.inUse(.init(pid: getpid(), command: "tillit school add"))) {
            _ = try Store.open(at: root, mode: .write(command: "second"))
        }
        // Reading still works while the lock is held.
        #expect(try Store.open(at: root, mode: .read).dialogues.count == 6)
        first.close()
        _ = try Store.open(at: root, mode: .write(command: "second"))
    }

    @Test func aReadOnlyStoreRefusesToWrite() throws {
        let fx = try demoStore()
        defer { withExtendedLifetime(fx) {} }
        let root = fx.root
        let store = try Store.open(at: root, mode: .read)
        #expect(throws: StoreError.readOnly(.openedForReading)) { try store.saveWheel(Wheel()) }
    }

    @Test func noStoreAndExistingStoreAreClearErrors() throws {
        let folder = TempFolder("none")
        #expect(throws: StoreError.noStore(folder.path)) { _ = try Store.open(at: folder.path, mode: .read) }
        let fx = try demoStore()
        defer { withExtendedLifetime(fx) {} }
        let root = fx.root
        #expect(throws: StoreError.alreadyExists(root)) {
            try Store.create(at: root, content: DemoStore.content(today: today))
        }
    }

    @Test func doctorFindsLoosePermissionsAndLeftovers() throws {
        let fx = try demoStore()
        defer { withExtendedLifetime(fx) {} }
        let root = fx.root
        chmod("\(root)/schools.json", 0o644)
        FileManager.default.createFile(atPath: "\(root)/.wheel.json.tmp-1-2", contents: Data("x".utf8))
        let report = StoreDoctor.check(try Store.open(at: root, mode: .read))
        #expect(
            report.problems.contains {
                $0.file == "schools.json" && $0.kind == .permissions(found: 0o644, expected: 0o600)
            })
        #expect(report.problems.contains { $0.kind == .leftoverTemporary })
        // A writer cleans up leftovers of interrupted writes.
        _ = try Store.open(at: root, mode: .write(command: "t"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/.wheel.json.tmp-1-2"))
    }
}

/// A folder's dialogue ids are read from the names' bytes: the same as the names made into text
/// and filtered as text.
@Suite struct FolderStemTests {
    @Test func stemsAreTheNamesThatEndInTheSuffix() throws {
        let folder = TempFolder("stems")
        let names = [
            "a.json", "7c2e9b41.json", ".hidden.json", ".json", "b.json.tmp", "ä-skola.json", "x.jso", "json",
            "c.JSON", "d.json.json",
        ]
        for name in names { try Data().write(to: URL(fileURLWithPath: folder.sub(name))) }
        let asText = DurableFile.names(in: folder.path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
        #expect(DurableFile.stems(in: folder.path, ending: ".json").sorted() == asText.sorted())
        #expect(asText.sorted() == ["7c2e9b41", "a", "d.json", "ä-skola"])
    }
}
