import TUIKit
import TillitDomain

/// The notebook: the selected school's dialogues, and the one that is open.
public struct NotebookPaneState: Equatable, Sendable {
    public var selectedIndex = 0
    public var open: OpenDialogue?
    /// The school's previous dialogue, while starting a new one.
    public var previous: Dialogue?

    public init() {}
}

/// A dialogue shown in full, and how far it is scrolled.
public struct OpenDialogue: Equatable, Sendable {
    public var dialogue: Dialogue
    public var scroll = ScrollState()
    public var find = LineEditor()
    public var finding = false
    /// The line of the match found last (the next one is looked for after it).
    public var foundLine: Int?
    /// In a live dialogue: the selected note of the current section.
    public var selectedNoteID: String?
    /// The note editor, while a note is being written.
    public var editor: NoteEditorState?
    /// The last deleted note, until `u` brings it back.
    public var lastDeleted: DeletedNote?
    /// Why this dialogue may not be changed although the store may (its journal holds changes
    /// from a newer Tillit).
    public var readOnlyReason: ReadOnlyReason?
    /// A dialogue begun with `n` that exists only here until its setup is accepted (Esc then
    /// leaves nothing behind).
    public var isNew = false
    /// Its figures, kept up to date by the reducer (`FigureMemo`).
    public var figures: FigureMemo?
    /// The follow-up questions suggested for the moment (`SuggestionMemo`).
    public var suggestions: SuggestionMemo?

    public init(dialogue: Dialogue) { self.dialogue = dialogue }

    public var isLive: Bool { dialogue.status == .live }
    public var section: SectionKind { dialogue.currentSection ?? .strengths }

    /// The current section's notes in reading order, with their depth.
    public var sectionNotes: [(note: Note, depth: Int)] { dialogue.threaded(in: section) }
}

/// The dialogue list of the notebook.
public enum NotebookList {
    /// The selected school's dialogues, newest first.
    public static func dialogues(_ state: AppState) -> SummaryView {
        guard let id = state.schools.selectedID else { return SummaryView(all: [], places: []) }
        return state.data.dialogues(of: id)
    }
}

/// A deleted note and the follow-ups that hung under it, so that undo puts everything back.
public struct DeletedNote: Equatable, Sendable {
    public var note: Note
    public var childIDs: [String]
}
