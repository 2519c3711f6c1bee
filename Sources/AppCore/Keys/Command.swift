import TUIKit

/// What a key asks for. Keys reach the reducers only as commands, through the key tables: a key
/// that no table lists does nothing, and every command a table lists has a handler.
public enum Command: Hashable, Sendable {
    // Everywhere in the panes.
    case quit, interrupt, help, suspend, nextPane, previousPane
    case focus(Pane)
    case zoom, browse, report, sync
    // Moving.
    case up, down, left, right, first, last, pageUp, pageDown
    // Lists and panes.
    case open, back, filter, add, edit, remove, toggleArchived, plan, moveLater, moveEarlier, today, phases, planYear
    case figures
    case previousYear, nextYear
    // Dialogues.
    case start, nextSection, previousSection, followUp, undoDelete, prompts, newAction, pauseClock, reviewActions
    case closeDialogue, reopen, newDialogue, export, compare
    // Fields, the note editor and the boxes over the panes.
    case text(TextEdit)
    case accept, cancel, newLine, cycleKind, cycleSpeaker, undo, redo, nextField, previousField
    case toggleDiacritics, emergencyCopy, toggleInternal, acceptAlternative
}
