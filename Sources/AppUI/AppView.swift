import AppCore
import TUIKit
import TillitDomain

/// The whole screen for a state: panes (or tabs), overlays, the status line.
public enum AppView {
    public static func render(_ state: AppState) -> Frame {
        var canvas = Canvas(size: state.size)
        var cursor: (x: Int, y: Int)?
        let layout = AppLayout.compute(state.size, focus: state.focus, zoomed: state.zoomed)
        if layout.mode == .tooSmall {
            TooSmallView.draw(state, &canvas)
            return Frame(screen: canvas.screen)
        }
        if let tabs = layout.tabBar { TabBarView.draw(state, tabs, &canvas) }
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == state.focus && state.overlay == nil
            canvas.box(
                rect, role: focused ? .borderFocused : .border, title: PaneTitle.text(pane, state),
                titleRole: focused ? .titleFocused : .title)
            let inner = rect.inset(1)
            canvas.within(inner) { c in
                switch pane {
                case .wheel: WheelView.draw(state, inner, focused: focused, &c)
                case .schools: if let p = SchoolsView.draw(state, inner, focused: focused, &c), focused { cursor = p }
                case .notebook: if let p = NotebookView.draw(state, inner, focused: focused, &c), focused { cursor = p }
                }
            }
        }
        StatusBarView.draw(state, layout.statusBar, &canvas)
        switch state.overlay {
        case .help(let scroll): HelpView.draw(scroll, state, &canvas)
        case .prompts(let picker): PromptPickerView.draw(picker, state, &canvas)
        case .search(let search): cursor = SearchView.draw(search, state, &canvas)
        case .browse(let browse): cursor = BrowseView.draw(browse, state, &canvas)
        case .compare(let compare): CompareView.draw(compare, state, &canvas)
        case .report(let report): ReportView.draw(report, state, &canvas)
        case .confirm(let c): ConfirmView.draw(c, state, &canvas)
        case .form(let f): cursor = FormView.draw(f, state, &canvas)
        case .unsavedQuit(let u): UnsavedQuitView.draw(u, state, &canvas)
        case .phases(let selected): PhasesView.draw(selected, state, &canvas)
        case .speakers(let picker): cursor = SpeakerPickerView.draw(picker, state, &canvas)
        case .yearPlan(let plan, let scroll): YearPlanView.draw(plan, scroll, state, &canvas)
        case nil: break
        }
        return Frame(screen: canvas.screen, cursor: cursor)
    }
}

/// Pane titles: the name, and what the pane shows.
enum PaneTitle {
    static func text(_ pane: Pane, _ state: AppState) -> String {
        let t = state.t
        switch pane {
        case .wheel: return "1 \(t(.paneWheel)) \(state.wheel.year.text)"
        case .schools:
            let count = SchoolRows.schools(data: state.data, state: state.schools).count
            return "2 \(t(.paneSchools)) (\(count))"
        case .notebook:
            // An open dialogue names what it is about (an area's dialogue is not the school's).
            if let open = state.notebook.open {
                let subject = state.data.subject(of: DialogueSummary(open.dialogue, fingerprint: nil))
                return "3 \(t(.paneNotebook)) · \(subject)"
            }
            if let school = state.selectedSchool { return "3 \(t(.paneNotebook)) · \(school.name)" }
            return "3 \(t(.paneNotebook))"
        }
    }
}
