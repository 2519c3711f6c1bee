import AppCore
import TUIKit
import TillitDomain

/// `?`: every key of the current context and the global ones, straight from the key tables.
enum HelpView {
    static func draw(_ scroll: ScrollState, _ state: AppState, _ canvas: inout Canvas) {
        let lines = HelpPage.lines(state)
        let inner = OverlayBox.draw(
            OverlayGeometry.helpBox(lines: lines.count, in: state.size), title: state.t(.helpTitle), &canvas)
        let keyWidth = HelpPage.keyWidth(state.size)
        let first = scroll.first(count: lines.count, visible: inner.height)
        for (i, line) in lines.dropFirst(first).prefix(max(0, inner.height)).enumerated() {
            let y = inner.y + i
            if line.isHeading {
                canvas.text(" " + line.keys, x: inner.x, y: y, role: .section)
            } else {
                canvas.text(
                    " " + line.keys, x: inner.x, y: y, role: line.isEnabled ? .helpKey : .dim, maxWidth: keyWidth)
                canvas.text(
                    line.text, x: inner.x + keyWidth + 2, y: y, role: line.isEnabled ? .overlay : .dim,
                    maxWidth: inner.width - keyWidth - 3)
            }
        }
    }
}
