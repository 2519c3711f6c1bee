import TextEditor
import TillitDomain

/// The note editor over the live notebook: the text being written and what it will become.
public struct NoteEditorState: Equatable, Sendable {
    public var buffer: EditorBuffer
    public var draft: NoteDraft
    /// The draft's revision as journaled so far (see `DraftEdit`).
    public var revision: Int
    /// Whether the journal holds this editor's draft in full yet (the first change sends it all).
    public var journaled = false
    /// Edits journaled since the draft was last sent in full.
    public var editsSinceSnapshot = 0

    public init(draft: NoteDraft) {
        self.draft = draft
        buffer = EditorBuffer(draft.text)
        revision = draft.revision ?? 0
    }

    /// The draft as it stands, text included (what the journal keeps).
    public var currentDraft: NoteDraft {
        var d = draft
        d.text = buffer.text
        d.revision = revision
        return d
    }
}
