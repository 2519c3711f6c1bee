import Foundation
import TillitDomain

/// An open store folder. Opened for reading it never writes; opened for writing it holds the
/// store's lock until it is closed, and refuses to overwrite any file it could not read.
public final class Store {
    public let layout: StoreLayout
    public private(set) var schools: SchoolList
    public private(set) var wheel: Wheel
    /// The follow-up questions: `prompts.json`, or the shipped bank when the store has none.
    public private(set) var prompts: PromptBank
    /// Agenda templates: `agendas.json`, or the shipped ones.
    public private(set) var agendas: [AgendaTemplate]
    /// The measures and figures: `figures.json`, or the shipped measures without figures.
    public internal(set) var figures: FigureBook
    /// The summaries of the readable dialogues of the school years read so far, newest first:
    /// every dialogue once `isComplete`. Opened for the first screen, only the current school
    /// year is read at first; `remainingHistory` reads the rest.
    public internal(set) var dialogues: [DialogueSummary] {
        didSet { dialoguesVersion &+= 1 }
    }
    /// Counts changes of `dialogues` (the word lists are checked against it only after one).
    var dialoguesVersion = 0
    /// The school years whose dialogues are in `dialogues`.
    public internal(set) var loadedYears: Set<Int> = []
    /// Opened without its history (`Scope.settings`): the index has not been read at all.
    var historyLeftOut = false
    /// Every school year's entry of `index/overview.json`.
    var overview: [Int: IndexOverviewDocument.Year] = [:]
    /// Each school's figures in each of the newest school years, and in all the years before
    /// them together. The years before are read all at once or not at all, so that the figures
    /// of the years not read are always known.
    var recentStats: [Int: [String: SchoolStats]] = [:]
    var earlierStats: IndexOverviewDocument.Earlier?
    /// Whether the dialogue folder has been looked through for files no index knows.
    var scanned = false
    /// Every problem found while opening (and while reading the rest of the history).
    public internal(set) var problems: [StoreProblem]
    /// Why the store may not be written, or nil when it may.
    public internal(set) var readOnlyReason: ReadOnlyReason?
    private var lock: StoreLock?
    /// The search's word lists, loaded on the first search.
    let searchTerms = SearchTermsCache()

    public var root: String { layout.root }
    public var isWritable: Bool { readOnlyReason == nil }
    /// Whether this process holds the store's write lock.
    public var holdsLock: Bool { lock != nil }

    /// How to open a store.
    public enum Mode: Sendable {
        case read
        /// Take the write lock; `command` is shown to a second process that finds the store in use.
        case write(command: String)
    }

    /// How much of the history to read when opening.
    public enum Scope: Sendable {
        /// Every dialogue (commands that list, search or report).
        case everything
        /// What the first screen on `today` shows: the current school year, and per-school
        /// figures of the others from the overview. The rest is read with `remainingHistory`.
        case firstScreen(today: LocalDate)
        /// No dialogue and no figure: the school list, the wheel and the settings, for a command
        /// that finds the rest elsewhere (`search` in the word lists). The history is read in
        /// full if it is asked for after all (`loadEverything`).
        case settings
    }

    /// Opens the store at `root`. For writing, the lock is taken before anything is read.
    public static func open(at root: String, mode: Mode, scope: Scope = .everything) throws(StoreError) -> Store {
        let layout = StoreLayout(root: root)
        guard layout.exists(StoreLayout.manifestFile) else { throw .noStore(layout.root) }
        var lock: StoreLock?
        var cannotWrite: FileError?
        if case .write(let command) = mode {
            switch StoreLock.acquire(layout.lock, command: command) {
            case .success(let l): lock = l
            case .failure(.inUse(let holder)): throw .inUse(holder)
            case .failure(.file(let e)):
                // A store on a read-only disk or without permission to write (or whose lock is a
                // link or a folder) still opens, for reading, and says why.
                guard e.isReadOnly || e.refusal != nil else { throw .file(e) }
                cannotWrite = e
            }
        }
        return Store(layout: layout, lock: lock, scope: scope, cannotWrite: cannotWrite)
    }

    init(layout: StoreLayout, lock: StoreLock?, scope: Scope, cannotWrite: FileError? = nil) {
        self.layout = layout
        self.lock = lock
        var loader = StoreLoader(layout: layout)
        var reason: ReadOnlyReason? = cannotWrite.map { .cannotWrite($0) } ?? (lock == nil ? .openedForReading : nil)
        if let (folder, kind) = layout.unsafeFolders.sorted(by: { $0.key < $1.key }).first {
            let p = StoreProblem(file: folder, kind: kind == .symlink ? .symlink : .notAFile(kind))
            loader.problems.append(p)
            if reason == nil || reason == .openedForReading { reason = .unsafeFolder(p) }
        }
        if let manifest = loader.read(Manifest.self, StoreLayout.manifestFile) {
            if manifest.format != StoreFormat.name {
                let p = StoreProblem(
                    file: StoreLayout.manifestFile, place: .init(path: "format"),
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
        schools = schoolsDoc?.list ?? SchoolList(organisation: Organisation(name: ""))
        wheel = loader.read(WheelDocument.self, StoreLayout.wheelFile)?.wheel ?? Wheel()
        if layout.exists(StoreLayout.promptsFile) {
            prompts = loader.read(PromptsDocument.self, StoreLayout.promptsFile)?.bank ?? DefaultPrompts.bank
        } else {
            prompts = DefaultPrompts.bank
        }
        if layout.exists(StoreLayout.agendasFile) {
            agendas = loader.read(AgendasDocument.self, StoreLayout.agendasFile)?.templates ?? AgendaTemplate.defaults
        } else {
            agendas = AgendaTemplate.defaults
        }
        // The figures are read on another core while the index is (the first screen needs both).
        var withHistory = true
        if case .settings = scope { withHistory = false }
        let reading = withHistory ? FiguresReading(layout: layout) : nil
        figures = FigureBook()
        problems = loader.problems
        readOnlyReason = reason
        dialogues = []
        noteNewerFiles()
        guard let reading else {
            historyLeftOut = true
            return
        }
        loadIndex(scope)
        let (book, figureProblems) = reading.result()
        figures = book
        problems.insert(contentsOf: figureProblems, at: loader.problems.count)
        if lock != nil, readOnlyReason == nil {
            for leftover in loader.leftoverTemporaries() { unlink(layout.path(leftover)) }
        }
    }

    /// The store read again from its files (after a merge changed them), as a new `Store` that
    /// takes over this one's lock: the index is brought up to date for the files that changed.
    public func reopened(scope: Scope = .everything) -> Store {
        let next = Store(layout: layout, lock: lock, scope: scope)
        lock = nil
        if readOnlyReason == nil { readOnlyReason = .openedForReading }
        return next
    }

    /// Releases the lock; the store can still be read afterwards.
    public func close() {
        lock?.release()
        lock = nil
        if readOnlyReason == nil { readOnlyReason = .openedForReading }
    }

    // MARK: Reading

    /// The full dialogue, read from its file. `checkFields: false` skips the unknown-field check
    /// (for bulk reading that never writes back: search, reports). The check is also skipped for
    /// a file unchanged since its index entry was made: it passed the check then.
    public func dialogue(_ id: String, checkFields: Bool = true) throws(StoreError) -> Dialogue {
        let relative = StoreLayout.dialogueFile(id)
        var checkFields = checkFields
        if checkFields, let known = dialogues.first(where: { $0.id == id })?.fingerprint,
            FileFingerprint.of(layout.path(relative))?.matches(known) == true
        {
            checkFields = false
        }
        let bytes: [UInt8]
        do {
            bytes = try layout.read(relative)
        } catch let e as FileError {
            if e.isMissing { throw .dialogueNotFound(id) }
            if e.refusal != nil { throw .protected(StoreProblem(file: relative, kind: .of(e))) }
            throw .file(e)
        } catch {
            throw .dialogueNotFound(id)
        }
        switch DocumentReader.decode(
            DialogueDocument.self, from: bytes, file: relative, checkUnknownFields: checkFields)
        {
        case .success(let doc): return doc.dialogue
        case .failure(let p): throw .protected(p)
        }
    }

    /// The id of the one dialogue whose id starts with `prefix`.
    public func resolveDialogue(_ prefix: String) throws(StoreError) -> String {
        let wanted = prefix.lowercased().trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { throw .dialogueNotFound(prefix) }
        // The dialogue folder's names answer most questions without reading any index (a command
        // that shows one dialogue reads one file); anything else is settled from every summary.
        if !isComplete, !wanted.contains("/") {
            // A whole id: its file, without listing a folder of many thousands.
            if DurableFile.isFile(layout.path(StoreLayout.dialogueFile(wanted))) { return wanted }
            let names = StoreLoader(layout: layout).dialogueFileIDs()
            let matches = names.contains(wanted) ? [wanted] : names.filter { $0.hasPrefix(wanted) }
            if matches.count == 1 { return matches[0] }
        }
        loadEverything()
        if dialogues.contains(where: { $0.id == wanted }) { return wanted }
        let matches = dialogues.map(\.id).filter { $0.hasPrefix(wanted) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            // A dialogue file that could not be read is still named by its problem, whether it is
            // asked for by its whole id or by the start of it.
            let unreadable = problems.filter { p in
                p.file.hasPrefix(StoreLayout.dialoguesFolder + "/" + wanted) && p.file.hasSuffix(".json")
                    && p.protectsFile
            }
            if unreadable.count == 1 { throw .protected(unreadable[0]) }
            throw .dialogueNotFound(prefix)
        }
        throw .ambiguousDialogue(prefix, matches.sorted())
    }

    public func school(_ id: String) -> School? { schools.schools.first { $0.id == id } }

    /// Why the school list could not be read, if it could not (then it looks empty).
    public var schoolListProblem: StoreProblem? {
        problems.first { $0.file == StoreLayout.schoolsFile && $0.protectsFile }
    }
    public func area(_ id: String) -> Area? { schools.areas.first { $0.id == id } }

    // MARK: Writing

    func checkWritable(_ relative: String) throws(StoreError) {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        if let p = problems.first(where: { $0.file == relative && $0.protectsFile }) { throw .protected(p) }
    }

    @discardableResult
    func writeFile<T: Encodable>(_ value: T, to relative: String) throws(StoreError) -> Data {
        do {
            let data = try StoreJSON.encode(value)
            try DurableFile.replace(layout.path(relative), with: data)
            return data
        } catch let e as FileError {
            throw .file(e)
        } catch {
            throw .file(FileError(.write, path: layout.path(relative), code: EIO))
        }
    }

    /// Writes the school list. Control characters never reach a file (the last door for text
    /// from the command line and imports; the screen keeps them out as they are typed).
    public func saveSchools(_ doc: SchoolList) throws(StoreError) {
        let doc = doc.withoutControlCharacters
        try checkWritable(StoreLayout.schoolsFile)
        try writeFile(SchoolsDocument(doc), to: StoreLayout.schoolsFile)
        schools = doc
    }

    public func saveWheel(_ newWheel: Wheel) throws(StoreError) {
        let newWheel = newWheel.withoutControlCharacters
        try checkWritable(StoreLayout.wheelFile)
        try writeFile(WheelDocument(wheel: newWheel), to: StoreLayout.wheelFile)
        wheel = newWheel
    }

    /// Writes a dialogue's file and its index entry.
    public func saveDialogue(_ dialogue: Dialogue) throws(StoreError) {
        let dialogue = dialogue.withoutControlCharacters
        let relative = StoreLayout.dialogueFile(dialogue.id)
        // A dialogue not among the years read so far may be in one not read yet (and its file one
        // that could not be read): read them all before deciding.
        if !isComplete, !dialogues.contains(where: { $0.id == dialogue.id }) { loadEverything() }
        try checkWritable(relative)
        do {
            try DurableFile.makeFolder(layout.dialogues)
        } catch {
            throw .file(error)
        }
        let data = try writeFile(DialogueDocument(dialogue: dialogue), to: relative)
        let summary = DialogueSummary(
            dialogue, fingerprint: FileFingerprint.of(layout.path(relative), hashing: true, content: data))
        updateSearchTerms(dialogue, fingerprint: summary.fingerprint)
        var years: Set<Int> = [summary.schoolYear.startYear]
        if let old = dialogues.first(where: { $0.id == dialogue.id }) { years.insert(old.schoolYear.startYear) }
        ensureYears(years)
        dialogues.removeAll { $0.id == dialogue.id }
        dialogues.append(summary)
        dialogues.sort(by: DialogueSummary.newestFirst)
        try writeIndex(years)
    }
}
