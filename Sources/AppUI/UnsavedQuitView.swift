import AppCore
import TUIKit
import TillitDomain

/// Quitting while changes wait for the disk: what waits, and the three ways on (from the key
/// table, so the help and this box say the same).
enum UnsavedQuitView {
    static func draw(_ unsaved: UnsavedChanges, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let width = min(72, state.size.width - 4)
        let text = Wrap.lines(
            t(
                .unsavedQuestion,
                ["count": String(unsaved.count), "reason": unsaved.trouble.map(ErrorText(t).file) ?? ""]),
            width: width - 4)
        let choices = Keymaps.table(.unsavedQuit)
        let inner = OverlayBox.draw(
            width: width, height: text.count + choices.count + 3, title: t(.unsavedTitle),
            in: state.size, &canvas)
        for (i, line) in text.enumerated() where i < inner.height {
            canvas.text(line, x: inner.x + 1, y: inner.y + i, role: .overlay, maxWidth: inner.width - 2)
        }
        let keyWidth = choices.map { DisplayWidth.of($0.keys[0].description) }.max() ?? 3
        for (i, binding) in choices.enumerated() {
            let y = inner.y + text.count + 1 + i
            guard y < inner.maxY else { break }
            canvas.text(binding.keys[0].description, x: inner.x + 1, y: y, role: .helpKey)
            canvas.text(
                t(binding.help), x: inner.x + keyWidth + 3, y: y, role: .overlay, maxWidth: inner.width - keyWidth - 4)
        }
    }
}
