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
    /// Words a journal write that failed (a full or read-only disk) for the user.
    public var journalTrouble: (FileError) -> String = { "\($0)" }
    private var writers: [String: JournalWriter] = [:]
    /// The earlier school years, being read on another thread.
    private var history: HistoryReading?
    /// Searches, run on another thread.
    private let searches = SearchWorker()
    /// The newest search asked for while the word lists were not in yet.
    private var deferredSearch: (String, Bool)?

    private func submitSearch(_ query: String, _ ignoreDiacritics: Bool) {
        searches.submit(.init(snapshot: store.searchSnapshot(), query: query, ignoreDiacritics: ignoreDiacritics,
                              names: store.schools))
    }
    /// Words the number of unreadable files found in the earlier years, for the user.
    public var problemsNotice: (Int) -> String = { "\($0) problems" }

    /// `describe` words a store error for the user.
    public init(store: Store, readOnlyReason: String?, describe: @escaping (StoreError) -> String) {
        self.store = store
        self.readOnlyReason = readOnlyReason
        self.describe = describe
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
                    return [.dialogueLoaded(try store.dialogueWithJournal(id).dialogue)]
                } catch {
                    return [.loadFailed(describe(error))]
                }
            case .journal(let id, let change):
                let writer = writers[id] ?? JournalWriter(path: store.layout.journal(id))
                writers[id] = writer
                do {
                    try writer.append(change)
                } catch let e as FileError {
                    // Typing goes on: the entry waits in memory and is written once it can be.
                    return [.notice(StatusMessage(journalTrouble(e), kind: .warning))]
                } catch {}
                return []
            case .foldJournal(let id):
                try fold(id)
                return [.saved(data, message: nil)]
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
                d.actions[i].status = followUp.status
                d.actions[i].followUps.removeAll { $0.dialogueID == followUp.dialogueID }
                d.actions[i].followUps.append(followUp)
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

    func fold(_ id: String) throws(StoreError) {
        let writer = writers[id]
        if let writer {
            do { try writer.flushPending() } catch { return }
        }
        try store.foldJournal(id, writer: writer)
    }

    /// Words for exports (the runtime knows the language only through the state).
    public var language: Language = .sv
    public var today = LocalDate(year: 2026, month: 1, day: 1)!

    func exportDialogue(_ id: String, format: String, path raw: String, redact: Bool) -> AppAction {
        let t = Localizer(language)
        do {
            let d = try store.dialogueWithJournal(id).dialogue
            let context = ExportModel.Context(subject: store.schools.subject(of: DialogueSummary(d, fingerprint: nil)),
                                              area: d.areaID.flatMap { store.area($0)?.name },
                                              organisation: store.schools.organisation.name, language: language, exportedOn: today)
            let bytes = try DialogueExporter.export(d, context: context, format: ExportFormat(rawValue: format) ?? .md, redact: redact)
            var path = raw
            if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { path = home + path.dropFirst() }
            try DurableFile.makeFolder((path as NSString).deletingLastPathComponent)
            try DurableFile.replace(path, with: bytes)
            return .notice(StatusMessage(t(.exportWritten, ["path": raw])))
        } catch let e as StoreError {
            return .notice(StatusMessage(describe(e), kind: .error))
        } catch let e as FileError {
            return .notice(StatusMessage(describe(.file(e)), kind: .error))
        } catch {
            return .notice(StatusMessage(String(describing: error), kind: .error))
        }
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
            actions = [.historyLoaded(data, warning: added > 0 ? problemsNotice(added) : nil)]
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

    /// Whether a journal has entries not yet synced or not yet written.
    public var hasUnsynced: Bool { writers.values.contains { $0.needsSync } }

    /// Entries waiting for the disk, in all journals.
    public var pendingJournalEntries: Int { writers.values.reduce(0) { $0 + $1.pendingCount } }

    /// Called about twice a second while anything is unsynced: retries waiting entries and
    /// flushes journals to disk, off the typing path.
    public func sync() -> [AppAction] {
        var actions: [AppAction] = []
        for writer in writers.values {
            do { try writer.sync() } catch let e as FileError {
                actions = [.notice(StatusMessage(journalTrouble(e), kind: .warning))]
            } catch {}
        }
        return actions
    }

    /// On quitting: everything journaled goes into the dialogue files.
    public func finish() {
        for id in writers.keys.sorted() { try? fold(id) }
        for writer in writers.values { writer.close() }
    }
}
