import AppCore
import TUIKit
import TillitDomain

/// The whole screen for a state: panes (or tabs), overlays, the status line.
public enum AppView {
    /// Draws every pane afresh.
    public static func render(_ state: AppState) -> Frame {
        var memo = ViewMemo()
        return render(state, memo: &memo)
    }

    /// Draws the frame, copying from `memo` the panes whose inputs have not changed since it
    /// last drew them (the same cells as drawing them afresh).
    public static func render(_ state: AppState, memo: inout ViewMemo) -> Frame {
        var canvas = Canvas(size: state.size, reusing: memo.spare.take())
        var cursor: (x: Int, y: Int)?
        let layout = AppLayout.compute(state.size, focus: state.focus, zoomed: state.zoomed)
        if layout.mode == .tooSmall {
            TooSmallView.draw(state, &canvas)
            canvas.screen.dropUnusedClusters()
            return Frame(screen: canvas.screen)
        }
        if let tabs = layout.tabBar { TabBarView.draw(state, tabs, &canvas) }
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == state.focus && state.overlay == nil
            let inputs = PaneInputs.of(pane, state, rect: rect, focused: focused)
            // The school list is drawn by rows: a move draws again the rows it changed.
            let plan = pane == .schools ? SchoolsView.plan(state, rect.inset(1)) : nil
            let rows = plan.flatMap { SchoolsView.rows($0, state, inputs: inputs) }
            // A live dialogue's section lines, kept while what they are made from is unchanged.
            let liveBody = pane == .notebook ? memo.liveBody(state, rect.inset(1)) : nil
            let placed = memo.pane(
                pane, inputs, rect, &canvas, rows: rows,
                drawRow: plan.map { plan in { SchoolsView.drawRow($0, plan, state, focused: focused, &$1) } }
            ) { canvas in
                drawPane(pane, state, rect, focused: focused, plan: plan, liveBody: liveBody, &canvas)
            }
            if let placed { cursor = placed }
        }
        memo.statusBar(state, layout.statusBar, &canvas)
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
        canvas.screen.dropUnusedClusters()
        return Frame(screen: canvas.screen, cursor: cursor)
    }

    /// One pane: its box and title, and what it shows; the cursor when it is focused and has one.
    static func drawPane(
        _ pane: Pane, _ state: AppState, _ rect: Rect, focused: Bool, plan: SchoolsView.Plan? = nil,
        liveBody: [LiveView.Line]? = nil, _ canvas: inout Canvas
    ) -> (x: Int, y: Int)? {
        canvas.box(
            rect, role: focused ? .borderFocused : .border, title: PaneTitle.text(pane, state),
            titleRole: focused ? .titleFocused : .title)
        let inner = rect.inset(1)
        var cursor: (x: Int, y: Int)?
        canvas.within(inner) { c in
            switch pane {
            case .wheel: WheelView.draw(state, inner, focused: focused, &c)
            case .schools:
                cursor = SchoolsView.draw(state, plan ?? SchoolsView.plan(state, inner), focused: focused, &c)
            case .notebook: cursor = NotebookView.draw(state, inner, focused: focused, liveBody: liveBody, &c)
            }
        }
        return focused ? cursor : nil
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
