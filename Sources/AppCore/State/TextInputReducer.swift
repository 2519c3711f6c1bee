import TUIKit

/// Typing in the school filter, the dialogue-list filter or the find field of a dialogue.
enum TextInputReducer {
    static func key(_ key: KeyEvent, _ state: inout AppState) -> [AppEffect] {
        switch state.focus {
        case .schools:
            switch key.key {
            case .enter:
                state.schools.filtering = false
            case .escape:
                state.schools.filtering = false
                state.schools.filter = LineEditor()
            case .up:
                SchoolsReducer.move(-1, &state)
            case .down:
                SchoolsReducer.move(1, &state)
            default:
                state.schools.filter.handle(key)
            }
            SchoolsReducer.keepSelectionVisible(&state)
        case .notebook where state.notebook.open != nil:
            switch key.key {
            case .enter:
                NotebookReducer.findNext(&state)
            case .escape:
                state.notebook.open?.finding = false
            default:
                if state.notebook.open?.find.handle(key) == true { NotebookReducer.findFromTop(&state) }
            }
        case .notebook:
            switch key.key {
            case .enter:
                state.notebook.filtering = false
            case .escape:
                state.notebook.filtering = false
                state.notebook.filter = LineEditor()
            case .up:
                state.notebook.selectedIndex = max(0, state.notebook.selectedIndex - 1)
            case .down:
                state.notebook.selectedIndex = min(max(0, NotebookList.dialogues(state).count - 1), state.notebook.selectedIndex + 1)
            default:
                if state.notebook.filter.handle(key) { state.notebook.selectedIndex = 0 }
            }
        case .wheel:
            break
        }
        return []
    }
}
