import AppCore
import TUIKit
import TillitDomain

/// The school list grouped by education area: each school with its grades, principal, last
/// dialogue and open actions. Returns the cursor position while the filter is being typed.
enum SchoolsView {
    /// A row's text, the text at its right edge, and its style.
    static func words(_ line: SchoolRows.Line, _ rows: [SchoolRows.Row], _ state: AppState) -> (
        text: String, right: String, role: Role
    ) {
        let t = state.t
        switch line {
        case .blank:
            return ("", "", .text)
        case .area(let r):
            guard case .area(let area) = rows[r] else { return ("", "", .text) }
            return (area.name + (area.head.map { " · \($0)" } ?? ""), "", .header)
        case .name(let r):
            guard let s = rows[r].school else { return ("", "", .text) }
            return (" " + (s.archived ? "\(s.name) (\(t(.archivedMark)))" : s.name), s.grades?.text ?? "", .text)
        case .facts(let r):
            guard let s = rows[r].school else { return ("", "", .text) }
            var facts: [String] = []
            if let p = s.principal { facts.append(p) }
            let st = state.data.schoolStats[s.id]
            if let last = st?.lastDialogue {
                facts.append(t(.lastDialogueShort, ["date": last.iso]))
            } else {
                facts.append(t(.noDialogueYet))
            }
            if let open = st?.openActions, open > 0 { facts.append(t(.openActionsShort, ["count": String(open)])) }
            // Actions past their date come first, in the warning colour: a narrow pane cuts the end.
            if let overdue = st?.overdue(on: state.today), overdue > 0 {
                facts.insert(t(.overdueShort, ["count": String(overdue)]), at: 0)
                return ("   " + facts.joined(separator: " · "), "", .warning)
            }
            return ("   " + facts.joined(separator: " · "), "", .dim)
        }
    }

    /// What the pane shows: the rows' rectangle (under the filter, while there is one), the
    /// list's rows and the first one in view.
    struct Plan {
        var body: Rect
        var list: SchoolRows.List
        var first: Int
        var filtered: Bool
        var lines: [SchoolRows.Line] { list.lines }
    }

    static func plan(_ state: AppState, _ rect: Rect) -> Plan {
        let filtered = state.schools.filtering || !state.schools.filter.text.isEmpty
        let body = filtered ? rect.splitTop(1).1 : rect
        let list = SchoolRows.list(data: state.data, state: state.schools)
        let selectedLine = state.schools.selectedID.flatMap { list.nameLine[$0] } ?? 0
        // A school is two rows (its name, its facts): the second one is kept in the middle.
        let first = ListWindow.first(selected: selectedLine + 1, count: list.lines.count, visible: body.height)
        return Plan(body: body, list: list, first: first, filtered: filtered)
    }

    /// The pane drawn row by row (`ViewMemo.Rows`): what each row shows is its line and whether
    /// that line is selected. Nil when the list is empty (a message is shown instead).
    static func rows(_ plan: Plan, _ state: AppState, inputs: PaneInputs?) -> ViewMemo.Rows? {
        guard var inputs, !plan.lines.isEmpty else { return nil }
        inputs.schools?.selectedID = nil
        let keys = (0..<plan.body.height).map { i in
            let n = plan.first + i
            guard n < plan.lines.count else { return -1 }
            return n * 2 + (isSelected(plan.lines[n], plan.list, state) ? 1 : 0)
        }
        return ViewMemo.Rows(inputs: inputs, area: plan.body, keys: keys)
    }

    static func isSelected(_ line: SchoolRows.Line, _ list: SchoolRows.List, _ state: AppState) -> Bool {
        guard let r = line.schoolRow, let id = state.schools.selectedID else { return false }
        return list.rows[r].school?.id == id
    }

    static func draw(_ state: AppState, _ plan: Plan, focused: Bool, _ canvas: inout Canvas) -> (x: Int, y: Int)? {
        let t = state.t
        let body = plan.body
        var cursor: (x: Int, y: Int)?
        if plan.filtered {
            let top = Rect(x: body.x, y: body.y - 1, width: body.width, height: 1)
            let prompt = "/ "
            canvas.text(prompt, x: top.x, y: top.y, role: .prompt)
            let field = top.width - 2
            let (visible, column) = state.schools.filter.visible(width: field)
            canvas.line(visible, x: top.x + 2, y: top.y, width: field, role: state.schools.filtering ? .input : .dim)
            if state.schools.filtering { cursor = (top.x + 2 + column, top.y) }
        }
        if plan.lines.isEmpty {
            let text =
                state.data.schools.isEmpty
                ? t(.noSchoolsInStore)
                : t(.noMatchingSchools, ["query": state.schools.filter.text])
            for (i, l) in Wrap.lines(text, width: body.width).enumerated() where i < body.height {
                canvas.text(l, x: body.x, y: body.y + i, role: .dim)
            }
            return cursor
        }
        for i in 0..<body.height { drawRow(i, plan, state, focused: focused, &canvas) }
        return cursor
    }

    /// Row `i` of the list's rectangle (nothing below the list's end).
    static func drawRow(_ i: Int, _ plan: Plan, _ state: AppState, focused: Bool, _ canvas: inout Canvas) {
        let body = plan.body
        let n = plan.first + i
        guard n < plan.lines.count, i < body.height else { return }
        let line = plan.lines[n]
        let y = body.y + i
        let selected = isSelected(line, plan.list, state)
        let (text, right, lineRole) = words(line, plan.list.rows, state)
        let role: Role = selected ? (focused ? .selection : .selectionDim) : lineRole
        // A long name is cut before the grades, never over them.
        let w = right.isEmpty ? 0 : DisplayWidth.of(right) + 2
        canvas.line(text, x: body.x, y: y, width: body.width - w, role: role)
        if !right.isEmpty {
            canvas.line("", x: body.maxX - w, y: y, width: w, role: role)
            canvas.text(right, x: body.maxX - w + 1, y: y, role: selected ? role : .dim)
        }
    }
}
