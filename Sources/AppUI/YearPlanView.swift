import AppCore
import TUIKit
import TillitDomain

/// A new school year's plan: one line per dialogue, what accepting it does.
enum YearPlanView {
    static func draw(_ plan: YearPlan, _ scroll: ScrollState, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let lines = YearPlanReducer.lines(plan, state)
        let hint = Wrap.lines(t(.yearPlanHint), width: 68)
        let inner = OverlayBox.draw(
            width: 74, height: min(state.size.height - 2, lines.count + hint.count + 3),
            title: t(.yearPlanTitle, ["year": plan.year.text]), in: state.size, &canvas)
        guard inner.height > 0 else { return }
        let rows = max(0, inner.height - hint.count - 1)
        let first = scroll.first(count: lines.count, visible: rows)
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            canvas.line(line, x: inner.x + 1, y: inner.y + i, width: inner.width - 2, role: .overlay)
        }
        for (i, line) in hint.enumerated() {
            canvas.line(line, x: inner.x + 1, y: inner.maxY - hint.count + i, width: inner.width - 2, role: .dim)
        }
    }
}
