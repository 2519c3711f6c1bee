import AppCore
import Foundation
import TUIKit
import TillitDomain
import TillitExport
import TillitStore

/// Carries out the reducer's effects on the store and the terminal, and reports back as actions
/// that carry values (typed errors, paths, counts): the words are the reducer's. What went wrong
/// is also written to the event log.
public final class EffectRunner {
    /// The open store (read again after a sync's merge brought changes in).
    public internal(set) var store: Store
    /// Why the screen may not write although the store would (another Tillit holds it).
    let readOnly: ReadOnlyReason?
    /// Where emergency copies go when changes can never reach the store.
    let rescue: RescueFolder
    /// Flushes the journals to disk off the typing path.
    let flusher: JournalFlusher
    /// Errors, refusals and recoveries, for whoever helps.
    let log: EventLog?
    let journals: JournalWriters
    /// The earlier school years and the word lists, being read on another thread.
    var history: HistoryReading?
    /// Searches, run on another thread.
    private let searches = SearchWorker()
    private let reports = ReportWorker()
    /// The newest search asked for while the word lists were not in yet.
    private var deferredSearch: (String, Bool)?
    /// Syncing a shared store (nil when the store is not shared).
    let sharing: SharingRunner?

    public init(
        store: Store, readOnly: ReadOnlyReason? = nil, rescue: RescueFolder, flusher: JournalFlusher = JournalFlusher(),
        log: EventLog? = nil, sharing: SharingRunner? = nil
    ) {
        self.store = store
        self.sharing = sharing
        self.readOnly = readOnly
        self.rescue = rescue
        self.flusher = flusher
        self.log = log
        journals = JournalWriters(layout: store.layout, flusher: flusher, rescue: rescue)
    }

    var data: StoreData { StoreSnapshot.data(store, readOnly: readOnly) }
    /// Whether the running sync changed the store: a journal folded into its file, or files
    /// that came in.
    var syncChangedStore = false

    /// A frame went out: the journal's thread is woken if a change waits for it.
    public func frameShown() { flusher.wakeIfOwed() }

    public func perform(_ effect: AppEffect, terminal: TerminalIO?) -> [AppAction] {
        do throws(StoreError) {
            let actions = try performOrThrow(effect, terminal: terminal)
            // Something was written: what is not yet shared is counted again.
            if actions.contains(where: { if case .saved = $0 { true } else { false } }) { sharing?.requestCount() }
            return actions
        } catch {
            log?.record("could not save: " + EventLog.words.store(error))
            return [.saveFailed(error, data)]
        }
    }

    private func performOrThrow(_ effect: AppEffect, terminal: TerminalIO?) throws(StoreError) -> [AppAction] {
        switch effect {
        case .loadDialogue(let id, let intent):
            return [load(id, intent: intent)]
        case .journal(let id, let change):
            if let trouble = journals.append(change, to: id) {
                log?.record("journal of \(id) not written: " + EventLog.words.file(trouble))
            }
            return journals.report()
        case .foldJournal(let id):
            let fold = try journals.fold(id, in: store)
            if let kept = fold?.keptAside {
                log?.record("journal of \(id) kept aside as \(kept) (lines that could not be read)")
            }
            return [.saved(data, keptAside: fold?.keptAside)]
        case .export(let request):
            return [ExportWriting.write(request, from: store, log: log)]
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
        case .loadReport(let year, let today, let language):
            store.ensureYears([year.startYear, year.previous.startYear])
            if !store.isComplete { store.loadEverything() }
            // Read and put together on the report's thread; the answer comes in `pollBackground`.
            var input = QualityReport.Input(
                year: year, organisation: store.schools.organisation.name, areas: store.schools.areas,
                schools: store.schools.schools, dialogues: [], today: today, language: language)
            input.figures = store.figures
            reports.submit(.init(reading: store.reportReading(year: year), input: input))
            return []
        case .loadComparison(let id):
            return [.comparisonLoaded(store.previousHeld(before: id, earlierOnly: true))]
        case .prepareStart(let id):
            return [.startPrepared(previous: store.previousHeld(before: id, earlierOnly: false))]
        case .prepareYearPlan(let year, let today):
            return [.yearPlanReady(YearPlanning.plan(year, store: store, today: today))]
        case .loadPreviousForReview(let id):
            return [.reviewPrepared(previous: store.previousHeld(before: id, earlierOnly: false))]
        case .prepareNew(let schoolID):
            return [.startPrepared(previous: store.previousHeld(school: schoolID))]
        case .followUpAction(let dialogueID, let actionID, let followUp):
            // The status lives on the action, in the dialogue that created it.
            try journals.fold(dialogueID, in: store)
            var d = try store.dialogue(dialogueID)
            guard let i = d.actions.firstIndex(where: { $0.id == actionID }) else { return [] }
            d.actions[i] = d.actions[i].followedUp(followUp)
            try store.saveDialogue(d)
            return [.saved(data)]
        case .saveSchools(let list):
            try store.saveSchools(list)
            return [.saved(data)]
        case .saveFigures(let book):
            try store.saveFigures(book)
            return [.saved(data)]
        case .saveWheel(let wheel):
            try store.saveWheel(wheel)
            return [.saved(data)]
        case .createDialogue(let dialogue):
            try store.saveDialogue(dialogue)
            return [.saved(data)]
        case .removePlannedDialogue(let id):
            try store.removePlannedDialogue(id)
            return [.saved(data)]
        case .sync:
            return beginSync()
        case .retryWrites:
            journals.retry()
            return journals.report(force: true)
        case .writeRescue:
            do throws(StoreError) {
                let report = try journals.writeRescueCopies(of: store, to: rescue)
                log?.record(
                    "emergency copy of \(report.count) changes written to \(report.paths.joined(separator: ", "))")
                return [.rescueWritten(report)]
            } catch {
                log?.record("no emergency copy could be written: " + EventLog.words.store(error))
                return [.rescueFailed(error)]
            }
        case .suspend:
            // What the keys before ^Z wrote goes to the disk now, not when the program resumes.
            flusher.wakeIfOwed()
            terminal?.suspend()
            return []
        case .quit:
            return []
        }
    }

    private func load(_ id: String, intent: LoadIntent) -> AppAction {
        do throws(StoreError) {
            let replay = try store.dialogueWithJournal(id)
            var readOnly: ReadOnlyReason?
            if let line = replay.newerLine {
                readOnly = .protectedFile(
                    StoreProblem(
                        file: StoreLayout.journalFile(id), place: .init(line: line),
                        kind: .journalFromNewerVersion(line: line)))
            }
            return .dialogueLoaded(replay.dialogue, readOnly: readOnly, intent: intent)
        } catch {
            log?.record("could not open dialogue \(id): " + EventLog.words.store(error, reading: true))
            return .loadFailed(error)
        }
    }

    private func submitSearch(_ query: String, _ ignoreDiacritics: Bool) {
        searches.submit(
            .init(
                snapshot: store.searchSnapshot(), query: query, ignoreDiacritics: ignoreDiacritics,
                names: store.schools))
    }

    /// Reads the school years the first screen did not need, then search's word lists, elsewhere.
    public func startReadingHistory() {
        guard history == nil, let request = store.remainingHistory() else { return }
        history = HistoryReading(
            request, layout: store.layout, known: store.dialogues, mayWriteCaches: store.mayWriteCaches,
            problemsBefore: store.problems.count)
    }

    /// Whether earlier school years, the word lists, a search or a sync are still being worked on.
    public var backgroundPending: Bool { history != nil || searches.busy || reports.busy || sharing?.busy == true }

    /// Takes in what other threads finished: the history, word lists, searches, a report, a sync's
    /// steps.
    public func pollBackground() -> [AppAction] {
        pollHistory() + searches.take().map { AppAction.searchResults($0.0, $0.1) } + reports.take() + pollSharing()
    }

    /// Releases the store's lock.
    public func close() { store.close() }

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
            if added > 0 { log?.record("\(added) files of earlier school years could not be read") }
            actions = [.historyLoaded(data, newProblems: added)]
        }
        if let terms = reading.searchTerms {
            store.adopt(terms)
            history = nil
            FreedMemory.giveBack()
            if let (query, ignoreDiacritics) = deferredSearch {
                deferredSearch = nil
                submitSearch(query, ignoreDiacritics)
            }
        }
        return actions
    }

    /// Whether changes wait for the disk (the loop then retries them about twice a second).
    public var hasUnsynced: Bool { journals.hasPending }

    /// Entries waiting for the disk, in all journals.
    public var pendingJournalEntries: Int { journals.pendingCount }

    /// Called about twice a second while changes wait for the disk: retries them, and reports a
    /// flush to disk that failed.
    public func sync() -> [AppAction] {
        journals.retry()
        var actions = journals.report()
        if let failed = flusher.takeErrors().first {
            log?.record("journal not flushed to disk: " + EventLog.words.file(failed))
            actions.append(.syncFailed(failed))
        }
        return actions
    }

    /// What became of changes that were still waiting when the program ended.
    public enum Ending: Equatable, Sendable {
        case rescued(RescueReport)
        /// Nowhere to write them: here they are, as JSON, for the terminal.
        case lost(StoreError, String)
    }

    /// On quitting (or when the terminal goes away): everything journaled goes into the dialogue
    /// files; changes that still cannot be written go to an emergency copy.
    @discardableResult
    public func finish() -> Ending? {
        journals.retry()
        var ending: Ending?
        if journals.pendingCount > 0 {
            do throws(StoreError) {
                let report = try journals.writeRescueCopies(of: store, to: rescue)
                log?.record(
                    """
                    on quitting, emergency copy of \(report.count) changes written to \
                    \(report.paths.joined(separator: ", "))
                    """
                )
                ending = .rescued(report)
            } catch {
                log?.record("on quitting, no emergency copy could be written: " + EventLog.words.store(error))
                ending = .lost(error, journals.pendingAsJSON())
            }
        }
        journals.foldAll(in: store) { [log] id, error in
            log?.record("journal of \(id) not folded: " + EventLog.words.store(error))
        }
        journals.closeAll()
        flusher.stop()
        return ending
    }
}
