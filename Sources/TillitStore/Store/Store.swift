import Foundation
import TillitDomain

/// An open store folder. Opened for reading it never writes; opened for writing it holds the
/// store's lock until it is closed, and refuses to overwrite any file it could not read.
public final class Store {
    public let layout: StoreLayout
    public private(set) var schools: SchoolsDocument
    public private(set) var wheel: Wheel
    /// The follow-up questions: `prompts.json`, or the shipped bank when the store has none.
    public private(set) var prompts: PromptBank
    /// Agenda templates: `agendas.json`, or the shipped ones.
    public private(set) var agendas: [AgendaTemplate]
    /// Every readable dialogue's summary, newest first.
    public private(set) var dialogues: [DialogueSummary]
    /// Every problem found while opening.
    public private(set) var problems: [StoreProblem]
    /// Why the store may not be written, or nil when it may.
    public private(set) var readOnlyReason: ReadOnlyReason?
    private var lock: StoreLock?
    /// The search's word lists, loaded on the first search.
    let searchTerms = SearchTermsCache()

    public var root: String { layout.root }
    public var isWritable: Bool { readOnlyReason == nil }

    /// How to open a store.
    public enum Mode: Sendable {
        case read
        /// Take the write lock; `command` is shown to a second process that finds the store in use.
        case write(command: String)
    }

    /// Opens the store at `root`. For writing, the lock is taken before anything is read.
    public static func open(at root: String, mode: Mode) throws(StoreError) -> Store {
        let layout = StoreLayout(root: root)
        guard FileManager.default.fileExists(atPath: layout.manifest) else { throw .noStore(layout.root) }
        var lock: StoreLock?
        if case .write(let command) = mode {
            switch StoreLock.acquire(layout.lock, command: command) {
            case .success(let l): lock = l
            case .failure(.inUse(let holder)): throw .inUse(holder)
            case .failure(.file(let e)): throw .file(e)
            }
        }
        return Store(layout: layout, lock: lock)
    }

    private init(layout: StoreLayout, lock: StoreLock?) {
        self.layout = layout
        self.lock = lock
        var loader = StoreLoader(layout: layout)
        var reason: ReadOnlyReason? = lock == nil ? .openedForReading : nil
        if let manifest = loader.read(Manifest.self, StoreLayout.manifestFile) {
            if manifest.format != StoreFormat.name {
                let p = StoreProblem(file: StoreLayout.manifestFile, place: .init(path: "format"),
                                     kind: .notAStore(manifest.format))
                loader.problems.append(p)
                reason = .unreadableManifest(p)
            }
        } else if let p = loader.problems.last {
            if case .newerVersion(let found, let supported) = p.kind {
                reason = .newerVersion(file: p.file, found: found, supported: supported)
            } else {
                reason = .unreadableManifest(p)
            }
        }
        let schoolsDoc = loader.read(SchoolsDocument.self, StoreLayout.schoolsFile)
        schools = schoolsDoc ?? SchoolsDocument(organisation: Organisation(name: ""))
        wheel = loader.read(WheelDocument.self, StoreLayout.wheelFile)?.wheel ?? Wheel()
        if FileManager.default.fileExists(atPath: layout.path(StoreLayout.promptsFile)) {
            prompts = loader.read(PromptsDocument.self, StoreLayout.promptsFile)?.bank ?? DefaultPrompts.bank
        } else {
            prompts = DefaultPrompts.bank
        }
        if FileManager.default.fileExists(atPath: layout.path(StoreLayout.agendasFile)) {
            agendas = loader.read(AgendasDocument.self, StoreLayout.agendasFile)?.templates ?? AgendaTemplate.defaults
        } else {
            agendas = AgendaTemplate.defaults
        }
        // The index is a cache: an unreadable one is rebuilt, not reported as lost data.
        var indexLoader = StoreLoader(layout: layout)
        let index = FileManager.default.fileExists(atPath: layout.index)
            ? indexLoader.read(IndexDocument.self, StoreLayout.indexFile, checkUnknownFields: false) : nil
        let (summaries, changed) = loader.refreshIndex(index)
        dialogues = summaries
        for p in loader.problems {
            if case .newerVersion(let found, let supported) = p.kind, reason == nil || reason == .openedForReading {
                reason = .newerVersion(file: p.file, found: found, supported: supported)
            }
        }
        problems = loader.problems
        readOnlyReason = reason
        if changed, reason == nil {
            try? DurableFile.replace(layout.index, with: StoreJSON.encode(IndexDocument(dialogues: summaries)))
        }
        if lock != nil, reason == nil {
            for leftover in loader.leftoverTemporaries() { unlink(layout.path(leftover)) }
        }
    }

    /// Releases the lock; the store can still be read afterwards.
    public func close() {
        lock?.release()
        lock = nil
        if readOnlyReason == nil { readOnlyReason = .openedForReading }
    }

    // MARK: Reading

    /// The full dialogue, read from its file. `checkFields: false` skips the unknown-field check
    /// (for bulk reading that never writes back: search, reports).
    public func dialogue(_ id: String, checkFields: Bool = true) throws(StoreError) -> Dialogue {
        let relative = StoreLayout.dialogueFile(id)
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.contents(of: layout.path(relative))
        } catch let e as FileError {
            if e.code == ENOENT { throw .dialogueNotFound(id) }
            throw .file(e)
        } catch {
            throw .dialogueNotFound(id)
        }
        switch DocumentReader.decode(DialogueDocument.self, from: bytes, file: relative, checkUnknownFields: checkFields) {
        case .success(let doc): return doc.dialogue
        case .failure(let p): throw .protected(p)
        }
    }

    /// The id of the one dialogue whose id starts with `prefix`.
    public func resolveDialogue(_ prefix: String) throws(StoreError) -> String {
        let wanted = prefix.lowercased()
        if dialogues.contains(where: { $0.id == wanted }) { return wanted }
        let matches = dialogues.map(\.id).filter { $0.hasPrefix(wanted) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            // A dialogue file that could not be read is still named by its problem.
            if let p = problems.first(where: { $0.file == StoreLayout.dialogueFile(wanted) }) {
                throw .protected(p)
            }
            throw .dialogueNotFound(prefix)
        }
        throw .ambiguousDialogue(prefix, matches.sorted())
    }

    public func school(_ id: String) -> School? { schools.schools.first { $0.id == id } }
    public func area(_ id: String) -> Area? { schools.areas.first { $0.id == id } }

    // MARK: Writing

    private func checkWritable(_ relative: String) throws(StoreError) {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        if let p = problems.first(where: { $0.file == relative && $0.protectsFile }) { throw .protected(p) }
    }

    private func write<T: Encodable>(_ value: T, to relative: String) throws(StoreError) {
        do {
            try DurableFile.replace(layout.path(relative), with: StoreJSON.encode(value))
        } catch let e as FileError {
            throw .file(e)
        } catch {
            throw .file(FileError(.write, path: layout.path(relative), code: EIO))
        }
    }

    public func saveSchools(_ doc: SchoolsDocument) throws(StoreError) {
        try checkWritable(StoreLayout.schoolsFile)
        try write(doc, to: StoreLayout.schoolsFile)
        schools = doc
    }

    public func saveWheel(_ newWheel: Wheel) throws(StoreError) {
        try checkWritable(StoreLayout.wheelFile)
        try write(WheelDocument(wheel: newWheel), to: StoreLayout.wheelFile)
        wheel = newWheel
    }

    /// Writes a dialogue's file and its index entry.
    public func saveDialogue(_ dialogue: Dialogue) throws(StoreError) {
        let relative = StoreLayout.dialogueFile(dialogue.id)
        try checkWritable(relative)
        do {
            try DurableFile.makeFolder(layout.dialogues)
        } catch let e as FileError {
            throw .file(e)
        } catch {}
        try write(DialogueDocument(dialogue: dialogue), to: relative)
        let summary = DialogueSummary(dialogue, fingerprint: FileFingerprint.of(layout.path(relative)))
        updateSearchTerms(dialogue, fingerprint: summary.fingerprint)
        dialogues.removeAll { $0.id == dialogue.id }
        dialogues.append(summary)
        dialogues.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        try write(IndexDocument(dialogues: dialogues), to: StoreLayout.indexFile)
    }

    // MARK: Creating

    /// Creates a new store with `content` at `root` (which must not hold a store yet).
    public static func create(at root: String, content: StoreContent) throws(StoreError) {
        let layout = StoreLayout(root: root)
        if FileManager.default.fileExists(atPath: layout.manifest) { throw .alreadyExists(layout.root) }
        do {
            try DurableFile.makeFolder(layout.root)
            try DurableFile.makeFolder(layout.dialogues)
        } catch let e as FileError {
            throw .file(e)
        } catch {}
        let store = try open(layoutWithoutManifest: layout)
        try store.saveSchools(content.schools)
        try store.saveWheel(content.wheel)
        try store.write(PromptsDocument(bank: DefaultPrompts.bank), to: StoreLayout.promptsFile)
        try store.write(AgendasDocument(templates: AgendaTemplate.defaults), to: StoreLayout.agendasFile)
        for d in content.dialogues { try store.saveDialogue(d) }
        // The manifest comes last: a folder without one is not yet a store.
        try store.write(Manifest(), to: StoreLayout.manifestFile)
        store.close()
    }

    private static func open(layoutWithoutManifest layout: StoreLayout) throws(StoreError) -> Store {
        switch StoreLock.acquire(layout.lock, command: "tillit init") {
        case .success(let lock):
            let store = Store(layout: layout, lock: lock)
            store.problems = []
            store.readOnlyReason = nil
            return store
        case .failure(.inUse(let holder)): throw .inUse(holder)
        case .failure(.file(let e)): throw .file(e)
        }
    }
}
