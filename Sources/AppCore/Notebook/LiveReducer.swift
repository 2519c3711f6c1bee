import TUIKit
import TillitDomain

/// Running a dialogue live: sections (strengths first), notes and follow-ups, the question bank,
/// actions and the clock. Changes go through `DialogueLifecycle.change`; the editor is
/// `EditorReducer`'s.
public enum LiveReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        guard let open = state.notebook.open else { return nil }
        let notes = open.sectionNotes
        let index = notes.firstIndex { $0.note.id == open.selectedNoteID }
        switch command {
        case .up:
            if let index, index > 0 {
                state.notebook.open?.selectedNoteID = notes[index - 1].note.id
            } else {
                state.notebook.open?.selectedNoteID = notes.last?.note.id
            }
        case .down:
            if let index, index + 1 < notes.count {
                state.notebook.open?.selectedNoteID = notes[index + 1].note.id
            } else if index == nil {
                state.notebook.open?.selectedNoteID = notes.first?.note.id
            }
        case .first: state.notebook.open?.selectedNoteID = notes.first?.note.id
        case .last: state.notebook.open?.selectedNoteID = notes.last?.note.id
        case .nextSection, .previousSection:
            let all = SectionKind.allCases
            let i = all.firstIndex(of: open.section)!
            let target = command == .nextSection ? min(all.count - 1, i + 1) : max(0, i - 1)
            guard all[target] != open.section else { return [] }
            // Strengths first: leaving them with none recorded asks, gently.
            if open.section == .strengths, command == .nextSection,
                !open.dialogue.notes.contains(where: { $0.section == .strengths })
            {
                state.overlay = .confirm(
                    Confirmation(question: state.t(.nudgeStrengths), action: .leaveStrengths(all[target])))
                return []
            }
            return DialogueLifecycle.enter(all[target], &state)
        case .add:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            // A kept draft for this section opens again; else a new note.
            if let draft = open.dialogue.draft, draft.section == open.section, draft.parentID == nil,
                draft.editingID == nil
            {
                state.notebook.open?.editor = NoteEditorState(draft: draft)
            } else {
                state.notebook.open?.editor = NoteEditorState(draft: NoteDraft(section: open.section))
            }
        case .followUp:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let selected = open.selectedNoteID else {
                state.status = StatusMessage(state.t(.noNoteSelected))
                return []
            }
            if let draft = open.dialogue.draft, draft.parentID == selected {
                state.notebook.open?.editor = NoteEditorState(draft: draft)
            } else {
                let kind: NoteKind =
                    notes.first { $0.note.id == selected }?.note.kind == .question ? .answer : .question
                state.notebook.open?.editor = NoteEditorState(
                    draft: NoteDraft(section: open.section, kind: kind, parentID: selected))
            }
        case .edit:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let note = notes.first(where: { $0.note.id == open.selectedNoteID })?.note else {
                state.status = StatusMessage(state.t(.noNoteSelected))
                return []
            }
            var text = note.text
            if !note.tags.isEmpty { text += " " + note.tags.map { "#" + $0 }.joined(separator: " ") }
            state.notebook.open?.editor = NoteEditorState(
                draft: NoteDraft(
                    section: note.section, kind: note.kind, text: text, parentID: note.parentID, editingID: note.id,
                    speaker: note.speaker, isInternal: note.internalOnly))
        case .remove:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let index else {
                state.status = StatusMessage(state.t(.noNoteSelected))
                return []
            }
            let note = notes[index].note
            let children = open.dialogue.children(of: note.id).map(\.id)
            state.notebook.open?.lastDeleted = DeletedNote(note: note, childIDs: children)
            let next = index + 1 < notes.count ? notes[index + 1].note.id : (index > 0 ? notes[index - 1].note.id : nil)
            let effects = DialogueLifecycle.change(.noteDeleted(note.id), &state)
            state.notebook.open?.selectedNoteID = next == note.id ? nil : next
            state.status = StatusMessage(state.t(.noteDeletedMessage))
            return effects
        case .undoDelete:
            guard let deleted = open.lastDeleted else { return [] }
            state.notebook.open?.lastDeleted = nil
            var effects = DialogueLifecycle.change(.noteSaved(deleted.note), &state)
            // Follow-ups that moved up when it was deleted go back under it.
            for id in deleted.childIDs {
                guard var child = state.notebook.open?.dialogue.notes.first(where: { $0.id == id }) else { continue }
                child.parentID = deleted.note.id
                effects += DialogueLifecycle.change(.noteSaved(child), &state)
            }
            state.notebook.open?.selectedNoteID = deleted.note.id
            state.status = StatusMessage(state.t(.noteRestored))
            return effects
        case .prompts:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            let suggested = suggestions(state)
            let asked = state.data.prompts.asked(in: open.dialogue)
            let rest = state.data.prompts.all(for: open.section).filter { p in
                !asked.contains(p.id) && !suggested.contains(where: { $0.id == p.id })
            }
            guard !(suggested + rest).isEmpty else {
                state.status = StatusMessage(state.t(.allAsked))
                return []
            }
            state.overlay = .prompts(PromptPicker(prompts: suggested + rest, suggested: suggested.count))
        case .newAction:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            let owner = open.dialogue.participants.first { $0.role == .principal }?.name ?? ""
            state.overlay = .form(
                FormState(
                    purpose: .addAction,
                    fields: [
                        FormField(.actionText), FormField(.owner, text: owner), FormField(.due), FormField(.tags),
                    ]))
        case .reviewActions:
            if let previous = state.notebook.previous { return StartReducer.resumeReview(previous, &state) }
            return [.loadPreviousForReview(open.dialogue.id)]
        case .pauseClock:
            let clock = open.dialogue.clock ?? DialogueClock(section: open.section)
            let next = clock.isRunning ? clock.paused(now: state.now) : clock.resumed(now: state.now)
            state.status = StatusMessage(state.t(clock.isRunning ? .clockPaused : .clockResumed))
            return DialogueLifecycle.change(.clockChanged(next), &state)
        case .closeDialogue:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(
                FormState(purpose: .closeDialogue, fields: [FormField(.purpose), FormField(.takeForward)]))
        case .back:
            // The clock stops while the dialogue is not on screen (P starts it again).
            return DialogueLifecycle.leave(&state)
        case .export, .compare:
            return NotebookReducer.openDialogueCommand(command, &state)
        default:
            return nil
        }
        return []
    }

    /// The follow-up questions for the section and the selected note, none asked before.
    public static func suggestions(_ state: AppState) -> [Prompt] {
        guard let open = state.notebook.open else { return [] }
        return SuggestionMemo.current(open, state.data.prompts)
    }

    /// Saves an action from the form (the way forward).
    static func saveAction(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        let t = state.t
        let text = form.value(.actionText)
        guard !text.isEmpty else { return FormReducer.reject(form, .actionText, t(.emptyName), &state) }
        var due: LocalDate?
        if !form.value(.due).isEmpty {
            // A date, or a week like every other date field (due by its Friday).
            guard let when = WhenParser.parse(form.value(.due), schoolYear: open.dialogue.schoolYear) else {
                return FormReducer.reject(form, .due, t(.badWhen, ["value": form.value(.due)]), &state)
            }
            due = when.dueDay
        }
        let tags = form.value(.tags).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        let owner = form.value(.owner)
        let action = ActionItem(
            id: env.makeID(), text: text, owner: owner.isEmpty ? nil : owner, due: due, tags: tags,
            createdIn: open.dialogue.id)
        state.overlay = nil
        state.status = StatusMessage(t(.actionSavedMessage))
        return DialogueLifecycle.change(.actionSaved(action), &state)
    }
}
