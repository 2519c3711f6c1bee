import Foundation
import TUIKit
import TillitDomain
import TillitExport

/// Everything that can happen to the program. What the outside world reports comes as values
/// (typed errors, counts, paths); the reducer puts them into words for the status line.
public enum AppAction: Equatable, Sendable {
    case input(InputEvent)
    case resized(Size)
    /// A second passed (only while a live dialogue's clock runs).
    case tick(Date)
    /// Open a dialogue in the notebook (from `tillit open ID`, or after a crash).
    case openDialogueRequested(id: String, schoolID: String?, intent: LoadIntent)
    /// A dialogue read from the store, for what it was asked for; `readOnly` says why it may not
    /// be changed, if it may not (its journal holds changes from a newer Tillit).
    case dialogueLoaded(Dialogue, readOnly: ReadOnlyReason? = nil, intent: LoadIntent = .show)
    /// The quality report, ready to show.
    /// A school year's report, put together on another thread.
    case reportLoaded(SchoolYear, [DocumentBlock])
    /// The dialogue to compare with (nil: there is none).
    case comparisonLoaded(Dialogue?)
    /// The store's answer to a search.
    case searchResults(String, [NoteSearch.Hit])
    /// A school year's plan, to show and accept.
    case yearPlanReady(YearPlan)
    /// Ready to start: the school's previous dialogue, if there is one.
    case startPrepared(previous: Dialogue?)
    case reviewPrepared(previous: Dialogue?)
    /// A sync has ended: what it did, the store as it is now, conflicts left to resolve.
    /// The data is nil when the sync changed nothing in the store (the screen's stays).
    case syncFinished(SyncReport, StoreData?, conflicts: Int)
    /// Changes not yet shared, counted.
    case shareCounted(Int)
    /// Sync now (as `S`; when the screen opens, if the setting says so).
    case syncRequested
    /// The open dialogue as a merge left it.
    case dialogueReloaded(Dialogue)
    case loadFailed(StoreError)
    /// A save went through; the store's data as it is now (and a journal kept aside, if one was).
    case saved(StoreData, keptAside: String? = nil)
    /// A save failed; the store's data as it still is.
    case saveFailed(StoreError, StoreData)
    /// The earlier school years have been read (and so many files in them could not be).
    case historyLoaded(StoreData, newProblems: Int)
    /// Something to tell the user at once (a bad theme file, a read-only store).
    case notice(StatusMessage)
    /// Changes now waiting for the disk (nil: none wait any more).
    case unsaved(UnsavedChanges?)
    /// A journal could not be flushed to disk.
    case syncFailed(FileError)
    /// An emergency copy of the waiting changes was written.
    case rescueWritten(RescueReport)
    /// No emergency copy could be written anywhere.
    case rescueFailed(StoreError)
    /// An export was written to this path (as the user wrote it).
    case exported(String)
    case exportFailed(StoreError)
    /// The export's file is already there (it is never replaced): `suggestion` is a free name
    /// beside it (without the format's extension).
    case exportTargetExists(ExportRequest, suggestion: String)
}

/// What a dialogue is opened for: the intention travels with the effect and comes back with the
/// dialogue, so nothing waits in the state meanwhile.
public enum LoadIntent: Equatable, Sendable {
    /// Show it.
    case show
    /// Set it up and start it (`n` on a school).
    case start
    /// Show this note (opened from a search).
    case showNote(String)
    /// Open the editor on its draft again (after a crash).
    case resumeDraft
    /// Change the plan (`e` on a planned dialogue on the wheel).
    case editPlan
    /// Read again after a sync changed its file: only its content changes on the screen.
    case reload
}

/// Where an emergency copy went, and how many changes it holds.
public struct RescueReport: Equatable, Sendable {
    public var paths: [String]
    public var count: Int

    public init(paths: [String], count: Int) {
        self.paths = paths
        self.count = count
    }
}
