import TillitDomain

/// The question picker: Enter asks the question (a question note under the selected note) and
/// opens the editor for the answer under it.
enum PromptPickerReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        guard case .prompts(var picker) = state.overlay else { return nil }
        switch command {
        case .up: picker.selected = max(0, picker.selected - 1)
        case .down: picker.selected = min(picker.prompts.count - 1, picker.selected + 1)
        case .cancel:
            state.overlay = nil
            return []
        case .accept:
            guard let open = state.notebook.open, picker.prompts.indices.contains(picker.selected) else { return [] }
            state.overlay = nil
            let prompt = picker.prompts[picker.selected]
            let parent = open.dialogue.notes.first { $0.id == open.selectedNoteID && $0.section == open.section }?.id
            let question = Note(
                id: env.makeID(), section: open.section, kind: .question, text: prompt.text(state.language),
                created: env.now(), parentID: parent)
            let effects = DialogueLifecycle.change(.noteSaved(question), &state)
            state.notebook.open?.selectedNoteID = question.id
            let answer = NoteDraft(section: open.section, kind: .answer, parentID: question.id)
            state.notebook.open?.editor = NoteEditorState(draft: answer)
            return effects
        default:
            return nil
        }
        state.overlay = .prompts(picker)
        return []
    }
}
