import TUIKit
import TillitDomain

/// From a key to a reducer: the key tables give the command (or nothing), the context gives the
/// reducer that owns it. No reducer looks at keys.
enum KeyDispatch {
    static func key(_ key: KeyEvent, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let command = Keymaps.command(for: key, in: state) else { return [] }
        return run(command, in: state.keyContext, &state, env) ?? []
    }

    /// Runs a command in a context; nil when the context has no handler for it (a test checks
    /// that every command a table lists has one).
    static func run(
        _ command: Command, in context: KeyContext, _ state: inout AppState,
        _ env: AppEnvironment
    ) -> [AppEffect]? {
        // The help describes any context, the fields too (F1 there: ? types itself).
        if command == .help, [.editor, .textInput, .find].contains(context) {
            return GlobalReducer.command(.help, &state, env)
        }
        switch context {
        case .global: return GlobalReducer.command(command, &state, env)
        case .wheel, .schools, .notebookList, .notebookDialogue, .notebookLive:
            if let effects = GlobalReducer.command(command, &state, env) { return effects }
            switch context {
            case .wheel: return WheelReducer.command(command, &state, env)
            case .schools: return SchoolsReducer.command(command, &state, env)
            case .notebookList: return NotebookReducer.listCommand(command, &state, env)
            case .notebookDialogue: return NotebookReducer.dialogueCommand(command, &state)
            default: return LiveReducer.command(command, &state, env)
            }
        case .editor: return EditorReducer.command(command, &state, env)
        case .textInput: return SchoolsReducer.filterCommand(command, &state)
        case .find: return NotebookReducer.findCommand(command, &state)
        case .form: return FormReducer.command(command, &state, env)
        case .search: return SearchReducer.command(command, &state)
        case .browse: return BrowseReducer.command(command, &state)
        case .prompts: return PromptPickerReducer.command(command, &state, env)
        case .help, .report, .compare: return ReadingReducer.command(command, &state)
        case .confirm: return ConfirmReducer.command(command, &state, env)
        case .unsavedQuit: return UnsavedQuitReducer.command(command, &state)
        case .phases: return PhasesReducer.command(command, &state)
        case .speakers: return SpeakerPickerReducer.command(command, &state)
        case .yearPlan: return YearPlanReducer.command(command, &state)
        }
    }
}
