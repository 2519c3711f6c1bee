import AppCore
import TillitDomain
import TillitStore
import TUIKit

/// The school list grouped by education area: each school with its grades, principal, last
/// dialogue and open actions. Returns the cursor position while the filter is being typed.
enum SchoolsView {
    struct Line {
        var text: String
        var right: String = ""
        var role: Role
        var schoolID: String?
    }

    static func lines(_ state: AppState, width: Int) -> [Line] {
        let t = state.t
        let stats = state.data.schoolStats
        var out: [Line] = []
        for row in SchoolList.rows(data: state.data, state: state.schools) {
            switch row {
            case .area(let area):
                if !out.isEmpty { out.append(Line(text: "", role: .text)) }
                out.append(Line(text: area.name + (area.head.map { " · \($0)" } ?? ""), role: .header))
            case .school(let s):
                let name = s.archived ? "\(s.name) (\(t(.archivedMark)))" : s.name
                out.append(Line(text: " " + name, right: s.grades?.text ?? "", role: .text, schoolID: s.id))
                var facts: [String] = []
                if let p = s.principal { facts.append(p) }
                let st = stats[s.id]
                if let last = st?.lastDialogue {
                    facts.append(t(.lastDialogueShort, ["date": last.iso]))
                } else {
                    facts.append(t(.noDialogueYet))
                }
                if let open = st?.openActions, open > 0 { facts.append(Plural.openActions(open, t)) }
                out.append(Line(text: "   " + facts.joined(separator: " · "), role: .dim, schoolID: s.id))
            }
        }
        return out
    }

    static func draw(_ state: AppState, _ rect: Rect, focused: Bool, _ canvas: inout Canvas) -> (x: Int, y: Int)? {
        let t = state.t
        var body = rect
        var cursor: (x: Int, y: Int)?
        if state.schools.filtering || !state.schools.filter.text.isEmpty {
            let (top, rest) = rect.splitTop(1)
            body = rest
            let prompt = "/ "
            canvas.text(prompt, x: top.x, y: top.y, role: .prompt)
            let field = top.width - 2
            let (visible, column) = state.schools.filter.visible(width: field)
            canvas.line(visible, x: top.x + 2, y: top.y, width: field, role: state.schools.filtering ? .input : .dim)
            if state.schools.filtering { cursor = (top.x + 2 + column, top.y) }
        }
        let lines = lines(state, width: body.width)
        if lines.isEmpty {
            let text = state.data.schools.isEmpty ? t(.noSchoolsInStore)
                : t(.noMatchingSchools, ["query": state.schools.filter.text])
            for (i, l) in Wrap.lines(text, width: body.width).enumerated() where i < body.height {
                canvas.text(l, x: body.x, y: body.y + i, role: .dim)
            }
            return cursor
        }
        let selectedLine = lines.firstIndex { $0.schoolID != nil && $0.schoolID == state.schools.selectedID } ?? 0
        let first = max(0, min(selectedLine - body.height / 2 + 1, lines.count - body.height))
        for (i, line) in lines.enumerated().dropFirst(first) {
            let y = body.y + i - first
            guard y < body.maxY else { break }
            let selected = line.schoolID != nil && line.schoolID == state.schools.selectedID
            let role: Role = selected ? (focused ? .selection : .selectionDim) : line.role
            canvas.line(line.text, x: body.x, y: y, width: body.width, role: role)
            if !line.right.isEmpty {
                let w = DisplayWidth.of(line.right)
                canvas.text(line.right, x: body.maxX - w - 1, y: y, role: selected ? role : .dim)
            }
        }
        return cursor
    }
}
