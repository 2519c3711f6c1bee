/// What a key asks for, before the focused pane decides what it means there.
public enum Command: Hashable, Sendable {
    case quit, help, suspend, nextPane, previousPane, focus(Pane), zoom, browse, report
    case up, down, left, right, first, last, pageUp, pageDown
    case open, back, filter, add, edit, remove, toggleArchived, plan, moveLater, moveEarlier, today
    case previousYear, nextYear
    case start, nextSection, previousSection, followUp, undoDelete, prompts, newAction, pauseClock, closeDialogue, reopen, newDialogue, export, compare
}
