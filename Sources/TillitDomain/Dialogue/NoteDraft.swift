/// A note being written, kept when the editor closes unfinished and restored after a crash.
public struct NoteDraft: Hashable, Sendable, Codable {
    public var section: SectionKind
    public var kind: NoteKind
    public var text: String
    /// The note this one follows up, if any.
    public var parentID: String?
    /// The note being changed, when the draft edits an existing note.
    public var editingID: String?

    public init(section: SectionKind, kind: NoteKind? = nil, text: String = "", parentID: String? = nil,
                editingID: String? = nil) {
        self.section = section
        self.kind = kind ?? section.defaultNoteKind
        self.text = text
        self.parentID = parentID
        self.editingID = editingID
    }
}
