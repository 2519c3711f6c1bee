import Foundation
import TillitDomain
import TillitExport
import TUIKit

/// Everything that can happen to the program.
public enum AppAction: Equatable, Sendable {
    case input(InputEvent)
    case resized(Size)
    /// A second passed (only while a live dialogue's clock runs).
    case tick(Date)
    /// Open a dialogue in the notebook (from `tillit open ID`).
    case openDialogueRequested(id: String, schoolID: String?)
    /// A dialogue read from the store; `readOnly` says why it may not be changed, if it may not
    /// (its journal holds changes from a newer Tillit).
    case dialogueLoaded(Dialogue, readOnly: String? = nil)
    /// The quality report, ready to show.
    case reportLoaded([DocumentBlock])
    /// The dialogue to compare with (nil: there is none).
    case comparisonLoaded(Dialogue?)
    /// The store's answer to a search.
    case searchResults(String, [NoteSearch.Hit])
    /// Ready to start: the school's previous dialogue, if there is one.
    case startPrepared(previous: Dialogue?)
    case loadFailed(String)
    /// A save went through; the store's data as it is now.
    case saved(StoreData, message: String?)
    /// A save failed; the store's data as it still is.
    case saveFailed(String, StoreData)
    /// The earlier school years have been read (with a warning if files in them are unreadable).
    case historyLoaded(StoreData, warning: String?)
    /// Something to tell the user at once (a bad theme file, a read-only store).
    case notice(StatusMessage)
    /// Changes now waiting for the disk (nil: none wait any more).
    case unsaved(UnsavedChanges?)
    /// An emergency copy of the waiting changes was written (the words say where).
    case rescueWritten(String)
    /// No emergency copy could be written anywhere.
    case rescueFailed(String)
    /// The export's file is already there (it is never replaced): `suggestion` is a free name
    /// beside it (without the format's extension).
    case exportTargetExists(format: String, path: String, redact: Bool, suggestion: String)
}
