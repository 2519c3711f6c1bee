import AppCore
import TUIKit

/// Shown instead of the panes when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(_ state: AppState, _ canvas: inout Canvas) {
        let min = AppLayout.minimum
        let text = state.t(
            .tooSmall,
            [
                "needed": "\(min.width)×\(min.height)",
                "actual": "\(state.size.width)×\(state.size.height)",
            ])
        let lines = Wrap.lines(text, width: max(1, state.size.width - 2))
        let top = max(0, (state.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (state.size.width - DisplayWidth.of(line)) / 2)
            canvas.text(line, x: x, y: top + i, role: .warning)
        }
    }
}
