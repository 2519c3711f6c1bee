import Foundation
import TillitDomain

/// An emergency copy of changes to a dialogue that could not be written to the store (a full or
/// read-only disk) when Tillit had to stop: written outside the store, to a place that works,
/// and folded in by the next start.
public struct RescueDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    /// The store the changes belong to (its absolute path, links resolved).
    public var store: String
    public var dialogueID: String
    public var written: Date
    /// The changes, in order, that never reached the dialogue's journal.
    public var changes: [DialogueChange]
    /// The dialogue as it stood with them, in full (for a dialogue whose file is gone, and for a
    /// person reading the copy).
    public var dialogue: Dialogue?

    public init(store: String, dialogueID: String, written: Date, changes: [DialogueChange], dialogue: Dialogue?) {
        formatVersion = StoreFormat.version
        self.store = store
        self.dialogueID = dialogueID
        self.written = written
        self.changes = changes
        self.dialogue = dialogue
    }
}

/// Where emergency copies go: `$XDG_STATE_HOME/tillit/rescue/` (else `~/.local/state/…`), and
/// when that cannot be written either (it may be on the same full disk), a private folder in
/// `/dev/shm` (memory, until the machine restarts) or the temporary folder. Folders 0700 and
/// files 0600; a folder of that name that belongs to someone else is never used.
public struct RescueFolder: Sendable {
    /// The folders tried, in order.
    public let candidates: [String]

    public init(candidates: [String]) { self.candidates = candidates.filter { !$0.contains("\u{0}") } }

    public init(environment: [String: String]) {
        var list: [String] = []
        if let folder = EventLog.stateFolder(environment) { list.append("\(folder)/rescue") }
        let uid = getuid()
        list.append("/dev/shm/tillit-rescue-\(uid)")
        if let tmp = environment["TMPDIR"], tmp.hasPrefix("/") { list.append("\(tmp)/tillit-rescue-\(uid)") }
        list.append("/tmp/tillit-rescue-\(uid)")
        var seen: Set<String> = []
        candidates = list.filter { seen.insert($0).inserted && !$0.contains("\u{0}") }
    }

    /// Writes a copy to the first folder that works, then removes `old` (an earlier copy it
    /// takes the place of); returns its path.
    public func write(_ doc: RescueDocument, replacing old: String? = nil) throws -> String {
        let data = try StoreJSON.encode(doc)
        var firstError: Error?
        for folder in candidates {
            do {
                try Self.ensurePrivateFolder(folder)
                var n = 1
                var path = "\(folder)/\(doc.dialogueID)-\(Store.stamp(doc.written))-\(getpid()).json"
                while SpecialFile.at(path) != nil {
                    n += 1
                    guard n < 10_000 else { throw FileError(.write, path: path, code: EEXIST) }
                    path = "\(folder)/\(doc.dialogueID)-\(Store.stamp(doc.written))-\(getpid())-\(n).json"
                }
                try DurableFile.create(path, with: data)
                if let old, old != path { unlink(old) }
                return path
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw firstError ?? FileError(.write, path: candidates.first ?? "", code: ENOSPC)
    }

    /// The copies waiting for the store at `root`, oldest first, and the files that could not be
    /// read (left where they are).
    public func copies(forStore root: String) -> (
        copies: [(path: String, document: RescueDocument)], unreadable: [String]
    ) {
        let wanted = Self.canonical(root)
        var out: [(String, RescueDocument)] = []
        var bad: [String] = []
        for folder in candidates where Self.isOurs(folder) {
            for name in DurableFile.names(in: folder) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = "\(folder)/\(name)"
                guard let bytes = try? DurableFile.contents(of: path),
                    case .success(let doc) = DocumentReader.decode(RescueDocument.self, from: bytes, file: path)
                else {
                    bad.append(path)
                    continue
                }
                if Self.canonical(doc.store) == wanted { out.append((path, doc)) }
            }
        }
        return (out.sorted { ($0.1.written, $0.0) < ($1.1.written, $1.0) }, bad.sorted())
    }

    /// A folder's path with links resolved (as written into copies), or the path as it is.
    public static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isOurs(_ folder: String) -> Bool {
        var st = stat()
        return lstat(folder, &st) == 0 && SpecialFile(mode: st.st_mode) == .folder && st.st_uid == getuid()
    }

    static func ensurePrivateFolder(_ folder: String) throws {
        if SpecialFile.at(folder) == nil {
            try DurableFile.makeFolder(folder)
        }
        guard isOurs(folder) else { throw FileError(.createFolder, path: folder, code: EACCES) }
        guard chmod(folder, 0o700) == 0 else { throw FileError(.createFolder, path: folder) }
    }
}

extension Store {
    /// Folds an emergency copy's changes into its dialogue (over its file and journal) and
    /// returns how many there were. The caller removes the copy once this returns.
    public func foldRescue(_ doc: RescueDocument) throws(StoreError) -> Int {
        // What the journal holds goes in first: the copy's changes came after it.
        do {
            try foldJournal(doc.dialogueID)
        } catch .dialogueNotFound {
            guard let whole = doc.dialogue else { throw .dialogueNotFound(doc.dialogueID) }
            try saveDialogue(whole)
            return doc.changes.count
        }
        try saveDialogue(DialogueChange.replay(doc.changes, over: try dialogue(doc.dialogueID)))
        return doc.changes.count
    }
}
