import TUIKit
import TextEditor
import TillitDomain

/// Writing a note: the editor's commands, pastes, and journaling every change as it is typed.
enum EditorReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        guard var editor = state.notebook.open?.editor else { return nil }
        switch command {
        case .accept:
            return save(editor, &state, env)
        case .cancel:
            return keepDraft(editor, &state)
        case .cycleSpeaker:
            // Picked from a short list over the editor (the facilitators speak too).
            state.overlay = .speakers(SpeakerPicker())
            return []
        case .newLine, .cycleKind, .toggleInternal, .undo, .redo, .up, .down, .text: break
        default: return nil
        }
        // The state lets go of the editor while it changes, so that the note's text is changed
        // in place rather than copied whole for every key.
        state.notebook.open?.editor = nil
        let width = PaneGeometry.editorWidth(in: PaneGeometry.inner(.notebook, state))
        var metaChanged = false
        switch command {
        case .newLine:
            editor.buffer.newline()
        case .cycleKind:
            // After "#läs", Tab completes the tag from those used before; elsewhere it changes the kind.
            if let completion = TagCompletion.completion(editor.buffer, known: TagCompletion.knownTags(state)) {
                editor.buffer.insert(completion)
            } else {
                let kinds = NoteKind.allCases
                editor.draft.kind = kinds[(kinds.firstIndex(of: editor.draft.kind)! + 1) % kinds.count]
                metaChanged = true
            }
        case .toggleInternal:
            editor.draft.isInternal = editor.draft.isInternal == true ? nil : true
            metaChanged = true
        // An undo or a redo journals the whole draft, as a new kind does: rare keys, and a
        // replay never depends on how earlier edits were split into graphemes.
        case .undo:
            metaChanged = editor.buffer.canUndo
            editor.buffer.undo()
        case .redo:
            metaChanged = editor.buffer.canRedo
            editor.buffer.redo()
        case .up: editor.buffer.moveLine(-1, width: width)
        case .down: editor.buffer.moveLine(1, width: width)
        case .text(let edit): editor.buffer.apply(edit)
        default: break
        }
        if !editor.buffer.changes.isEmpty { warnOfPersonalData(editor, &state) }
        // Wrapped at the width it is shown at, the note is mended with each change, not wrapped whole.
        editor.buffer.wrap(width: width)
        // Every keystroke that changed the draft is journaled: a crash loses nothing typed.
        let effects = journalDraft(&editor, metaChanged: metaChanged, &state)
        state.notebook.open?.editor = editor
        return effects
    }

    /// A quiet word when the note seems to hold personal data about someone.
    static func warnOfPersonalData(_ editor: NoteEditorState, _ state: inout AppState) {
        guard state.status == nil || state.status?.kind == .warning else { return }
        // Made into text only when it can hold any (most notes have no long number and no `@`).
        let radius = 400
        let found =
            PersonalData.mayHoldAny(editor.buffer.charactersAroundCursor(radius: radius))
            ? Set(PersonalData.find(in: editor.buffer.textAroundCursor(radius: radius)).map(\.kind)) : []
        let kinds = PersonalData.Kind.allCases.filter(found.contains).map(state.t.personalData)
        state.status =
            found.isEmpty
            ? nil
            : StatusMessage(state.t(.personalDataWarning, ["kinds": kinds.joined(separator: ", ")]), kind: .warning)
    }

    /// How often the whole draft is journaled again while typing goes on (a replay then never
    /// has more than this many edits to apply).
    static let editsPerSnapshot = 2000

    /// Journals what the editor changed. A keystroke becomes a `DraftEdit` (what changed, where),
    /// so that it costs the journal the same at the start and at the end of a long note; the
    /// whole draft goes out for the editor's first change, a new kind or speaker, an undo or
    /// redo, and every `editsPerSnapshot` edits. While the editor is open its buffer is the
    /// draft: the dialogue's copy of it catches up when the editor closes (`Esc` or `Enter`).
    static func journalDraft(_ editor: inout NoteEditorState, metaChanged: Bool, _ state: inout AppState) -> [AppEffect]
    {
        let changes = editor.buffer.takeChanges()
        guard !changes.isEmpty || metaChanged, let id = state.notebook.open?.dialogue.id else { return [] }
        if metaChanged || !editor.journaled
            || editor.editsSinceSnapshot + changes.count >= editsPerSnapshot
        {
            editor.revision += 1
            editor.journaled = true
            editor.editsSinceSnapshot = 0
            return DialogueLifecycle.change(.draftChanged(editor.currentDraft), &state)
        }
        var effects: [AppEffect] = []
        for case .splice(let at, let removed, let inserted) in changes {
            let edit = DraftEdit(base: editor.revision, at: at, removed: removed, inserted: inserted)
            effects.append(.journal(id, .draftEdited(edit)))
            editor.revision += 1
        }
        editor.editsSinceSnapshot += changes.count
        return effects
    }

    /// Enter: the note is saved (an empty one is dropped with its draft).
    static func save(_ editor: NoteEditorState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        state.notebook.open?.editor = nil
        guard let dialogue = state.notebook.open?.dialogue,
            let note = NoteDraft.note(from: editor.currentDraft, id: env.makeID(), now: env.now(), in: dialogue)
        else {
            return DialogueLifecycle.change(.draftChanged(nil), &state)
        }
        var effects = DialogueLifecycle.change(.noteSaved(note), &state)
        effects += DialogueLifecycle.change(.draftChanged(nil), &state)
        state.notebook.open?.selectedNoteID = note.id
        state.status = StatusMessage(state.t(.noteSavedMessage))
        return effects
    }

    /// Esc: the editor closes and what was written stays as the section's draft.
    static func keepDraft(_ editor: NoteEditorState, _ state: inout AppState) -> [AppEffect] {
        state.notebook.open?.editor = nil
        let draft = editor.currentDraft
        if editor.buffer.isEmpty && draft.editingID == nil {
            return DialogueLifecycle.change(.draftChanged(nil), &state)
        }
        state.status = StatusMessage(state.t(.draftKept))
        return DialogueLifecycle.change(.draftChanged(draft), &state)
    }
}
