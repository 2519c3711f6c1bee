import TillitDomain

/// Opening a dialogue from anywhere (a school's list, the wheel, a search, all dialogues, the
/// command line): its school is shown, its row selected, and the store asked for it with what it
/// is wanted for.
enum DialogueOpening {
    static func request(_ id: String, schoolID: String?, intent: LoadIntent, _ state: inout AppState) -> [AppEffect] {
        if let schoolID { WheelReducer.reveal(schoolID, &state) }
        state.notebook.selectedIndex = NotebookList.dialogues(state).firstIndex { $0.id == id } ?? 0
        state.notebook.open = nil
        state.focus = .notebook
        return [.loadDialogue(id, intent: intent)]
    }
}
