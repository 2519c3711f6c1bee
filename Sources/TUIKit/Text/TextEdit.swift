/// One editing step in a text field, as the key tables name it: one-line fields and the note
/// editor both apply these, so a key means the same in both.
public enum TextEdit: Hashable, Sendable {
    /// Typed text at the cursor.
    case insert(String)
    case left, right, wordLeft, wordRight, lineStart, lineEnd
    case deleteBackward, deleteForward
    /// Ctrl-W: the word before the cursor.
    case deleteWordBackward
    /// Ctrl-U: from the start of the line to the cursor.
    case deleteToLineStart
    /// Ctrl-K: from the cursor to the end of the line.
    case deleteToLineEnd
}
