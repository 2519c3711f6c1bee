import AppCore
import AppRuntime
import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain
import TillitStore

/// Every kind of store file × every kind of damage: doctor names it; reading, writing and the
/// screen go on or refuse clearly (never a crash, never a hang); and nothing that could not be
/// read is changed (a journal is kept aside byte for byte before anything is folded).
@Suite struct CorruptionMatrixTests {
    static let today = LocalDate(iso: "2026-11-23")!
    static let live = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"

    enum FileKind: String, CaseIterable, Sendable {
        case schools = "schools.json"
        case wheel = "wheel.json"
        case dialogue = "dialogues/2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28.json"
        case yearIndex = "index/2025.json"
        case overview = "index/overview.json"
        case searchCache = "search/2025.words"
        case journal = "journal/7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73.jsonl"
        case lock = "lock"

        var isCache: Bool { self == .yearIndex || self == .overview || self == .searchCache }
    }

    enum Damage: String, CaseIterable, Sendable {
        case truncated, empty, byteOrderMark, invalidUTF8, wrongTypes, newerVersion, deepNesting, huge, symlink, fifo,
            folder

        var isStructural: Bool { [.huge, .symlink, .fifo, .folder].contains(self) }
    }

    /// What stands at a path, to compare before and after.
    enum Snapshot: Equatable {
        case missing, fifo, folder
        case file([UInt8])
        case sparse(Int64)
        case link(String, [UInt8]?)

        static func of(_ path: String) -> Snapshot {
            switch SpecialFile.at(path) {
            case nil: return .missing
            case .fifo?: return .fifo
            case .folder?: return .folder
            case .symlink?:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
                return .link(target, FileManager.default.contents(atPath: target).map(Array.init))
            default:
                var st = stat()
                lstat(path, &st)
                if st.st_size > DurableFile.maxSize { return .sparse(Int64(st.st_size)) }
                return .file(Array(FileManager.default.contents(atPath: path) ?? Data()))
            }
        }
    }

    static func damages(for kind: FileKind) -> [Damage] {
        // The lock's text only names its holder: only what stands in its place can break it.
        kind == .lock ? [.symlink, .fifo, .folder] : Damage.allCases.filter { kind != .journal || $0 != .empty }
    }

    static let cases: [(FileKind, Damage)] = FileKind.allCases.flatMap { k in damages(for: k).map { (k, $0) } }

    /// A demo store with every kind of file present: a search cache, a journal with two changes.
    func makeStore(_ folder: TempFolder) throws -> String {
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: Self.today))
        let store = try Store.open(at: root, mode: .write(command: "matrix"))
        _ = store.search("läsförståelse", subject: { _ in "" })
        let writer = JournalWriter(path: store.layout.journal(Self.live))
        try writer.append(.statusChanged(.live))
        try writer.append(
            .noteSaved(
                Note(id: "n1", section: .strengths, text: "Trygg skola", created: Date(timeIntervalSince1970: 0))))
        writer.close()
        store.close()
        return root
    }

    func damage(_ path: String, _ damage: Damage, kind: FileKind, outside: String) throws {
        let original = Array(FileManager.default.contents(atPath: path) ?? Data())
        func put(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
        let text = String(decoding: original, as: UTF8.self)
        switch damage {
        case .truncated: try put(Array(original.prefix(max(1, original.count / 2))))
        case .empty: try put([])
        case .byteOrderMark: try put([0xEF, 0xBB, 0xBF] + original)
        case .invalidUTF8:
            var bytes = original
            bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: min(bytes.count, 12))
            try put(bytes)
        case .wrongTypes:
            if kind == .searchCache {
                // Text where the word list's layout number stands.
                try put(Array(text.replacingOccurrences(of: "tillit-words\t1\t", with: "tillit-words\tett\t").utf8))
            } else if kind == .journal {
                try put(Array(text.replacingOccurrences(of: "\"seq\":1", with: "\"seq\":\"ett\"").utf8))
            } else {
                // Every number a string: no field has the type the reader wants.
                let broken = text.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : \"ett\"")
                try put(Array(broken.utf8))
            }
        case .newerVersion:
            if kind == .searchCache {
                try put(Array(text.replacingOccurrences(of: "tillit-words\t1\t", with: "tillit-words\t9\t").utf8))
            } else if kind == .journal {
                try put(original + Array("{\"change\":{\"figureNoted\":{\"_0\":{\"value\":211}}},\"seq\":3}\n".utf8))
            } else {
                try put(
                    Array(text.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 9").utf8))
            }
        case .deepNesting:
            try put(Array(String(repeating: "[", count: 100_000).utf8) + (kind == .journal ? [0x0A] : []))
        case .huge:
            // Sparse: larger than Tillit reads, without writing 256 MB.
            let fd = open(path, O_WRONLY | O_TRUNC)
            ftruncate(fd, off_t(DurableFile.maxSize + 4096))
            close(fd)
        case .symlink:
            unlink(path)
            symlink(outside, path)
        case .fifo:
            unlink(path)
            mkfifo(path, 0o600)
        case .folder:
            unlink(path)
            mkdir(path, 0o700)
        }
    }

    @Test(arguments: cases)
    func damageIsNamedAndNeverMadeWorse(_ kind: FileKind, _ damage: Damage) throws {
        let folder = TempFolder("matrix")
        let root = try makeStore(folder)
        let path = "\(root)/\(kind.rawValue)"
        let outside = folder.sub("outside.json")
        folder.write("outside.json", "{\"formatVersion\": 1}\n")
        chmod(outside, 0o644)
        try self.damage(path, damage, kind: kind, outside: outside)
        let damaged = Snapshot.of(path)

        // Doctor names it.
        let reader = try Store.open(at: root, mode: .read)
        let report = StoreDoctor.check(reader)
        #expect(report.problems.contains { $0.file == kind.rawValue }, "doctor is silent about \(kind) \(damage)")
        // Reading goes on: the other dialogues, search, a bulk read.
        #expect(reader.dialogues.count >= 3)
        _ = reader.search("trygg", subject: { _ in "" })
        _ = reader.readDialogues(reader.dialogues.map(\.id))
        reader.close()
        #expect(Snapshot.of(path) == damaged, "reading changed \(kind) \(damage)")

        // Writing goes on or refuses clearly, and never makes it worse.
        let writer = try Store.open(at: root, mode: .write(command: "matrix"))
        switch kind {
        case .schools: #expect(throws: StoreError.self) { try writer.saveSchools(writer.schools) }
        case .wheel: #expect(throws: StoreError.self) { try writer.saveWheel(writer.wheel) }
        case .dialogue:
            #expect(throws: StoreError.self) {
                try writer.saveDialogue(
                    Dialogue(id: "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28", date: LocalDate(iso: "2025-10-14")!))
            }
        case .lock:
            #expect(!writer.isWritable)
            #expect(throws: StoreError.self) { try writer.saveSchools(writer.schools) }
        default: break
        }

        // The screen opens, recovers what it can, and works.
        let terminal = FakeTerminal(size: Size(width: 100, height: 30))
        let (notice, reopen) = Recovering(
            store: writer, t: Localizer(.sv), rescue: RescueFolder(candidates: [folder.sub("rescue")])
        ).run()
        var state = AppState(
            language: .sv, today: Self.today, size: terminal.size,
            data: StoreSnapshot.data(writer))
        state.status = notice
        let runner = AppRunner(
            state: state, terminal: terminal,
            effects: EffectRunner(store: writer, rescue: RescueFolder(candidates: [folder.sub("rescue")])),
            env: AppEnvironment(makeID: { UUID().uuidString }, today: Self.today))
        runner.dispatch(.resized(terminal.size))
        if let reopen { runner.open(dialogue: reopen, intent: .resumeDraft) }
        runner.present()
        for key in ["3", "j", "j"] { runner.step([.scalar(Unicode.Scalar(key)!)]) }
        runner.step([.key(KeyEvent(.enter))])
        #expect(terminal.presentCount > 0)
        writer.close()

        let after = Snapshot.of(path)
        switch kind {
        case .journal where !damage.isStructural && damage != .newerVersion:
            // Folded after a copy was kept aside, byte for byte.
            guard case .file(let bytes) = damaged else { break }
            let kept = DurableFile.names(in: "\(root)/journal").filter { $0.contains(".unreadable-") }
            #expect(
                kept.contains {
                    FileManager.default.contents(atPath: "\(root)/journal/\($0)").map(Array.init) == bytes
                },
                "no byte-for-byte copy of the journal was kept aside (\(damage))")
        case .yearIndex, .overview, .searchCache:
            // Caches are rebuilt, but never through a link.
            if case .link(let target, let bytes) = damaged {
                #expect(FileManager.default.contents(atPath: target).map(Array.init) == bytes)
            }
            if case .folder = damaged { #expect(after == .folder) }
        default:
            #expect(after == damaged, "\(kind) \(damage) was changed")
        }
        // Whatever stood outside the store behind a link is as it was.
        #expect(FileManager.default.contents(atPath: outside) == Data("{\"formatVersion\": 1}\n".utf8))
        #expect(mode(of: outside) == 0o644)
    }
}
