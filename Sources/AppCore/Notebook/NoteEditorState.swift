import TextEditor
import TillitDomain

/// The note editor over the live notebook: the text being written and what it will become.
public struct NoteEditorState: Equatable, Sendable {
    public var buffer: EditorBuffer
    public var draft: NoteDraft

    public init(draft: NoteDraft) {
        self.draft = draft
        buffer = EditorBuffer(draft.text)
    }

    /// The draft as it stands, text included (what the journal keeps).
    public var currentDraft: NoteDraft {
        var d = draft
        d.text = buffer.text
        return d
    }
}
