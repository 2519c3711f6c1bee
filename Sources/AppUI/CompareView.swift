import AppCore
import TUIKit
import TillitDomain

/// This year's and last year's dialogue of a school side by side, section by section, so the
/// facilitator sees at once what was said then and what is said now.
enum CompareView {
    static func draw(_ c: CompareState, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let subject = state.data.subject(of: DialogueSummary(c.current, fingerprint: nil))
        let title = t(.compareTitle, ["subject": subject, "left": c.current.date.iso, "right": c.previous.date.iso])
        let inner = OverlayBox.draw(OverlayGeometry.compareBox(in: state.size), title: title, &canvas)
        guard inner.width > 10, inner.height > 2 else { return }
        let half = ComparePage.columnWidth(inner.width)
        let rows = ComparePage.rows(c, state, width: inner.width)
        let first = c.scroll.first(count: rows.count, visible: inner.height)
        for (row, pair) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            canvas.line(pair.left.text, x: inner.x, y: y, width: half, role: pair.left.role)
            canvas.set(inner.x + half + 1, y, "│", role: .overlayBorder)
            canvas.line(
                pair.right.text, x: inner.x + half + 3, y: y, width: inner.width - half - 3, role: pair.right.role)
        }
    }
}
