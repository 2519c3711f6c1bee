import Foundation
import TillitDomain
import TillitExport
import TillitStore
import TUIKit

/// Everything that can happen to the program.
public enum AppAction: Equatable, Sendable {
    case input(InputEvent)
    case resized(Size)
    /// A second passed (only while a live dialogue's clock runs).
    case tick(Date)
    /// Open a dialogue in the notebook (from `tillit open ID`).
    case openDialogueRequested(id: String, schoolID: String?)
    case dialogueLoaded(Dialogue)
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
}
