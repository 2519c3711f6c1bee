import AppCore
import Foundation
import TillitExport
import TillitDomain
import TillitStore
import TUIKit

/// Carries out the reducer's effects on the store and the terminal, and reports back as actions.
public final class EffectRunner {
    let store: Store
    let readOnlyReason: String?
    let describe: (StoreError) -> String
    /// Words for exports and messages.
    public let language: Language
    public let today: LocalDate
    /// Where emergency copies go when changes can never reach the store.
    let rescue: RescueFolder
    /// Flushes the journals to disk off the typing path.
    let flusher: JournalFlusher
    private var writers: [String: JournalWriter] = [:]
    /// How many waiting changes the screen was last told of.
    private var reportedUnsaved = 0
    /// The earlier school years, being read on another thread.
    private var history: HistoryReading?
    /// Searches, run on another thread.
    private let searches = SearchWorker()
    /// The newest search asked for while the word lists were not in yet.
    private var deferredSearch: (String, Bool)?

    private var t: Localizer { Localizer(language) }
    private var words: ErrorText { ErrorText(t) }

    private func submitSearch(_ query: String, _ ignoreDiacritics: Bool) {
        searches.submit(.init(snapshot: store.searchSnapshot(), query: query, ignoreDiacritics: ignoreDiacritics,
                              names: store.schools))
    }

    /// `describe` words a store error for the user (by default as the command line does).
    public init(store: Store, readOnlyReason: String?, language: Language, today: LocalDate,
                rescue: RescueFolder, flusher: JournalFlusher = JournalFlusher(),
                describe: ((StoreError) -> String)? = nil) {
        self.store = store
        self.readOnlyReason = readOnlyReason
        self.language = language
        self.today = today
        self.rescue = rescue
        self.flusher = flusher
        self.describe = describe ?? { ErrorText(Localizer(language)).store($0) }
    }

    var data: StoreData {
        // A file of a newer format found in the earlier years makes the store read-only from then on.
        var reason = readOnlyReason
        if reason == nil, let r = store.readOnlyReason, r != .openedForReading { reason = describe(.readOnly(r)) }
        return StoreSnapshot.data(store, readOnlyReason: reason)
    }

    public func perform(_ effect: AppEffect, terminal: TerminalIO?) -> [AppAction] {
        do {
            switch effect {
            case .loadDialogue(let id):
                do {
                    let replay = try store.dialogueWithJournal(id)
                    var readOnly: String?
                    if let line = replay.newerLine {
                        readOnly = words.problem(StoreProblem(file: StoreLayout.journalFile(id), place: .init(line: line),
                                                              kind: .journalFromNewerVersion(line: line)))
                    }
                    return [.dialogueLoaded(replay.dialogue, readOnly: readOnly)]
                } catch {
                    return [.loadFailed(words.store(error, reading: true))]
                }
            case .journal(let id, let change):
                let writer = writer(id)
                do {
                    try writer.append(change)
                } catch let e as FileError {
                    // Typing goes on: the entry waits in memory and is written once it can be.
                    lastTrouble = e
                } catch {}
                return unsavedReport()
            case .foldJournal(let id):
                let fold = try fold(id)
                return [.saved(data, message: fold?.keptAside.map { keptAsideWords($0) })]
            case .export(let id, let format, let path, let redact):
                return [exportDialogue(id, format: format, path: path, redact: redact)]
            case .search(let query, let ignoreDiacritics):
                // While the word lists are still being prepared on the history thread, the search
                // waits for them (the field stays free); else it goes to the search thread, and
                // its answer comes back through `pollBackground`.
                if history != nil, !store.searchTermsLoaded {
                    deferredSearch = (query, ignoreDiacritics)
                } else {
                    submitSearch(query, ignoreDiacritics)
                }
                return []
            case .loadReport(let year):
                store.ensureYears([year.startYear])
                let dialogues = store.readDialogues(store.dialogues.filter { $0.schoolYear == year }.map(\.id),
                                                    keeping: QualityReport.material)
                let report = QualityReport(.init(year: year, organisation: store.schools.organisation.name, areas: store.schools.areas,
                                                 schools: store.schools.schools, dialogues: dialogues, today: today, language: language))
                return [.reportLoaded(report.blocks)]
            case .loadComparison(let id):
                return [.comparisonLoaded(store.previousHeld(before: id, earlierOnly: true))]
            case .prepareStart(let id):
                return [.startPrepared(previous: store.previousHeld(before: id, earlierOnly: false))]
            case .followUpAction(let dialogueID, let actionID, let followUp):
                // The status lives on the action, in the dialogue that created it.
                try fold(dialogueID)
                var d = try store.dialogue(dialogueID)
                guard let i = d.actions.firstIndex(where: { $0.id == actionID }) else { return [] }
                d.actions[i] = d.actions[i].followedUp(followUp)
                try store.saveDialogue(d)
                return [.saved(data, message: nil)]
            case .saveSchools(let doc):
                try store.saveSchools(doc)
                return [.saved(data, message: nil)]
            case .saveWheel(let wheel):
                try store.saveWheel(wheel)
                return [.saved(data, message: nil)]
            case .createDialogue(let dialogue):
                try store.saveDialogue(dialogue)
                return [.saved(data, message: nil)]
            case .retryWrites:
                for writer in writers.values { try? writer.flushPending() }
                return unsavedReport(force: true)
            case .writeRescue:
                do {
                    let paths = try writeRescueCopies()
                    let count = paths.reduce(0) { $0 + $1.count }
                    return [.rescueWritten(t(.rescueWritten, ["count": String(count),
                                                              "path": paths.map(\.path).joined(separator: ", ")]))]
                } catch {
                    return [.rescueFailed(t(.rescueFailed, ["reason": describeAny(error)]))]
                }
            case .suspend:
                terminal?.suspend()
                return []
            case .quit:
                return []
            }
        } catch {
            return [.saveFailed(describe(error), data)]
        }
    }

    private func writer(_ id: String) -> JournalWriter {
        if let w = writers[id] { return w }
        let w = JournalWriter(path: store.layout.journal(id), flusher: flusher)
        writers[id] = w
        return w
    }

    /// The last reason a journal could not be written, for the screen.
    private var lastTrouble: FileError?

    /// Tells the screen how many changes wait for the disk, when that changed.
    private func unsavedReport(force: Bool = false) -> [AppAction] {
        let count = pendingJournalEntries
        if count == reportedUnsaved && !force { return [] }
        reportedUnsaved = count
        guard count > 0 else { return [.unsaved(nil)] }
        let reason = lastTrouble.map(words.file) ?? ""
        return [.unsaved(UnsavedChanges(count: count, reason: reason))]
    }

    private func describeAny(_ error: Error) -> String {
        if let e = error as? FileError { return words.file(e) }
        if let e = error as? StoreError { return words.store(e) }
        return String(describing: error)
    }

    private func keptAsideWords(_ file: String) -> String {
        t(.journalKeptAsideNotice, ["file": file])
    }

    @discardableResult
    func fold(_ id: String) throws(StoreError) -> Store.Fold? {
        let writer = writers[id]
        if let writer {
            // Changes still waiting for the disk stay in the journal's writer: folding now would
            // leave them behind, so the fold waits until they are written.
            do { try writer.flushPending() } catch { return nil }
        }
        return try store.foldJournal(id, writer: writer)
    }

    /// Writes an emergency copy of each dialogue's waiting changes; the copies' paths and counts.
    func writeRescueCopies() throws -> [(path: String, count: Int)] {
        var out: [(String, Int)] = []
        for id in writers.keys.sorted() {
            guard let writer = writers[id], writer.pendingCount > 0 else { continue }
            let changes = writer.pendingChanges
            let base = try? store.dialogueWithJournal(id).dialogue
            let doc = RescueDocument(store: RescueFolder.canonical(store.root), dialogueID: id, written: Date(),
                                     changes: changes, dialogue: base.map { DialogueChange.replay(changes, over: $0) })
            out.append((try rescue.write(doc), changes.count))
            // Written: they are no longer only in memory.
            writer.discardPending()
        }
        reportedUnsaved = pendingJournalEntries
        return out
    }

    func exportDialogue(_ id: String, format: String, path raw: String, redact: Bool) -> AppAction {
        do {
            let d = try store.dialogueWithJournal(id).dialogue
            let context = ExportModel.Context(subject: store.schools.subject(of: DialogueSummary(d, fingerprint: nil)),
                                              area: d.areaID.flatMap { store.area($0)?.name },
                                              organisation: store.schools.organisation.name, language: language, exportedOn: today)
            let bytes = try DialogueExporter.export(d, context: context, format: ExportFormat(rawValue: format) ?? .md, redact: redact)
            var path = raw
            if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { path = home + path.dropFirst() }
            try DurableFile.makeFolder((path as NSString).deletingLastPathComponent, private: false)
            // Never over a file that is already there (the user may have edited it).
            try DurableFile.create(path, with: bytes)
            return .notice(StatusMessage(t(.exportWritten, ["path": raw])))
        } catch let e as FileError where e.code == EEXIST {
            return .exportTargetExists(format: format, path: raw, redact: redact, suggestion: Self.freeName(raw, format: format))
        } catch {
            return .notice(StatusMessage(describeAny(error), kind: .error))
        }
    }

    /// A name beside `path` that is free: `name-2.md`, `name-3.md`... (without the extension, as
    /// the export form holds it).
    static func freeName(_ path: String, format: String) -> String {
        let ext = "." + format
        let base = path.hasSuffix(ext) ? String(path.dropLast(ext.count)) : path
        var expanded = base
        if expanded.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { expanded = home + expanded.dropFirst() }
        var n = 2
        while SpecialFile.at("\(expanded)-\(n)\(ext)") != nil { n += 1 }
        return "\(base)-\(n)"
    }

    /// Starts reading the school years the first screen did not need, and then the word lists
    /// of search, on another thread.
    public func startReadingHistory() {
        guard history == nil, let request = store.remainingHistory() else { return }
        history = HistoryReading(request, layout: store.layout, known: store.dialogues, mayWriteCaches: store.mayWriteCaches,
                                 problemsBefore: store.problems.count)
    }

    /// Whether earlier school years, the word lists or a search are still being worked on.
    public var backgroundPending: Bool { history != nil || searches.busy }

    /// Takes in what work on other threads has finished: the history, the word lists, searches.
    public func pollBackground() -> [AppAction] {
        pollHistory() + searches.take().map { AppAction.searchResults($0.0, $0.1) }
    }

    /// Takes in the earlier school years once they are read (or once something else read them),
    /// and then the word lists.
    func pollHistory() -> [AppAction] {
        guard let reading = history else { return [] }
        var actions: [AppAction] = []
        if !reading.historyTaken {
            if let batch = reading.history {
                store.adopt(batch)
            } else if !store.isComplete {
                return []
            }
            reading.historyTaken = true
            let added = store.problems.count - reading.problemsBefore
            actions = [.historyLoaded(data, warning: added > 0 ? t(.overviewProblems, ["count": String(added)]) : nil)]
        }
        if let terms = reading.searchTerms {
            store.adopt(terms)
            history = nil
            if let (query, ignoreDiacritics) = deferredSearch {
                deferredSearch = nil
                submitSearch(query, ignoreDiacritics)
            }
        }
        return actions
    }

    /// Whether changes wait for the disk (the loop then retries them about twice a second).
    public var hasUnsynced: Bool { writers.values.contains { $0.needsSync } }

    /// Entries waiting for the disk, in all journals.
    public var pendingJournalEntries: Int { writers.values.reduce(0) { $0 + $1.pendingCount } }

    /// Called about twice a second while changes wait for the disk: retries them, and reports a
    /// flush to disk that failed.
    public func sync() -> [AppAction] {
        for writer in writers.values where writer.pendingCount > 0 {
            do { try writer.flushPending() } catch let e as FileError { lastTrouble = e } catch {}
        }
        var actions = unsavedReport()
        if let failed = flusher.takeErrors().first {
            actions.append(.notice(StatusMessage(t(.journalTrouble, ["path": failed.path, "system": failed.systemMessage]),
                                                 kind: .warning)))
        }
        return actions
    }

    /// On quitting (or when the terminal goes away): everything journaled goes into the dialogue
    /// files; changes that still cannot be written go to an emergency copy. Returns what to tell
    /// the user once the screen is closed, if anything.
    @discardableResult
    public func finish() -> String? {
        for writer in writers.values { try? writer.flushPending() }
        var farewell: String?
        if pendingJournalEntries > 0 {
            do {
                let paths = try writeRescueCopies()
                farewell = t(.rescueWritten, ["count": String(paths.reduce(0) { $0 + $1.count }),
                                              "path": paths.map(\.path).joined(separator: ", ")])
            } catch {
                // Nowhere to write: the last place left is the terminal itself.
                let changes = writers.values.flatMap(\.pendingChanges)
                let text = (try? StoreJSON.encode(changes)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                farewell = t(.rescueFailed, ["reason": describeAny(error)]) + "\n" + text
            }
        }
        for id in writers.keys.sorted() { _ = try? fold(id) }
        for writer in writers.values { writer.close() }
        flusher.stop()
        return farewell
    }
}
