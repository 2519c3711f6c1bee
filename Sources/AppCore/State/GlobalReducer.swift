import TUIKit
import TillitDomain

/// The commands that mean the same in every pane: quitting, help, moving between panes, the
/// boxes that cover them all, planning and starting a dialogue.
enum GlobalReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        switch command {
        case .quit:
            // Changes still waiting for the disk are never dropped: ask first.
            if let unsaved = state.unsaved, unsaved.count > 0 {
                state.overlay = .unsavedQuit(unsaved)
                return []
            }
            return quit(&state)
        case .sync:
            return SyncReducer.start(&state)
        case .interrupt:
            state.status = StatusMessage(state.t(.quitHint))
        case .help:
            state.overlay = .help(ScrollState())
        case .suspend:
            return [.suspend]
        case .nextPane:
            state.focus = state.focus.next
        case .previousPane:
            state.focus = state.focus.previous
        case .focus(let pane):
            state.focus = pane
        case .browse:
            state.overlay = .browse(BrowseState())
        case .report:
            state.overlay = .report(ReportState(preparing: state.wheel.year))
            return [.loadReport(state.wheel.year, today: state.today, language: state.language)]
        case .zoom:
            state.zoomed.toggle()
            let t = state.t
            let name =
                state.focus == .wheel ? t(.paneWheel) : state.focus == .schools ? t(.paneSchools) : t(.paneNotebook)
            if state.zoomed { state.status = StatusMessage(t(.zoomOn, ["pane": name])) }
            NotebookReducer.clampScroll(&state)
        case .newDialogue:
            return StartReducer.newDialogue(&state, env)
        case .plan:
            // The same everywhere: the form starts from the selected school and, on the wheel, the month.
            if refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(PlanForm.make(state))
        default:
            return nil
        }
        return []
    }

    /// Leaves the program: the meeting clock pauses, the runner folds every journal.
    static func quit(_ state: inout AppState) -> [AppEffect] {
        let effects = DialogueLifecycle.pauseClock(&state)
        state.overlay = nil
        state.running = false
        return effects + [.quit]
    }

    /// Refuses a change when the store can only be read, saying why.
    static func refuseIfReadOnly(_ state: inout AppState) -> Bool {
        guard let reason = state.data.readOnlyReason ?? state.notebook.open?.readOnlyReason else { return false }
        state.status = StatusMessage(
            state.t(.readOnlyRefused, ["reason": ErrorText(state.t).readOnly(reason)]), kind: .error)
        return true
    }
}
