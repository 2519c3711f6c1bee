import AppCore
import TUIKit
import TillitDomain

/// The quality report on screen, scrollable: what `tillit report` writes to a file.
enum ReportView {
    static func draw(_ r: ReportState, _ state: AppState, _ canvas: inout Canvas) {
        let inner = OverlayBox.draw(OverlayGeometry.reportBox(in: state.size), title: state.t(.contextReport), &canvas)
        guard inner.height > 0 else { return }
        if r.loading {
            let text = state.t(.reportPreparing, ["year": r.year?.text ?? ""])
            for (row, line) in Wrap.lines(text, width: inner.width - 2).prefix(inner.height).enumerated() {
                canvas.line(line, x: inner.x + 1, y: inner.y + row, width: inner.width - 2, role: .dim)
            }
            return
        }
        let all = ReportPage.lines(r.blocks, width: ReportPage.width(state.size))
        let first = r.scroll.first(count: all.count, visible: inner.height)
        for (row, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.line(line.text, x: inner.x + 1, y: inner.y + row, width: inner.width - 2, role: line.role)
        }
    }
}
