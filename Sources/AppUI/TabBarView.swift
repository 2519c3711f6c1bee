import AppCore
import TUIKit

/// In narrow terminals: one tab per pane, the focused one marked.
enum TabBarView {
    static func draw(_ state: AppState, _ rect: Rect, _ canvas: inout Canvas) {
        canvas.fill(rect, role: .tab)
        let t = state.t
        let names = [(Pane.wheel, t(.paneWheel)), (.schools, t(.paneSchools)), (.notebook, t(.paneNotebook))]
        var x = rect.x + 1
        for (pane, name) in names {
            let label = " \(pane.rawValue + 1) \(name) "
            x += canvas.text(label, x: x, y: rect.y, role: pane == state.focus ? .tabActive : .tab) + 1
        }
    }
}
