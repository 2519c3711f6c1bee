import AppCore
import TUIKit
import TillitDomain

/// The wheel's phases: months, name, each in its colour, the selected one marked.
enum PhasesView {
    /// The theme's five phase colours.
    static let roles: [Role] = [.wheelPhase1, .wheelPhase2, .wheelPhase3, .wheelPhase4, .wheelPhase5]

    static func draw(_ selected: Int, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let phases = state.data.wheel.phases
        let inner = OverlayBox.draw(
            width: 64, height: max(phases.count, 1) + 4, title: t(.phasesTitle), in: state.size, &canvas)
        guard inner.height > 0 else { return }
        if phases.isEmpty {
            canvas.line(t(.phasesEmpty), x: inner.x + 1, y: inner.y, width: inner.width - 2, role: .dim)
        }
        let first = ListWindow.first(selected: selected, count: phases.count, visible: max(1, inner.height - 1))
        for (row, (i, p)) in phases.enumerated().dropFirst(first).prefix(max(0, inner.height - 1)).enumerated() {
            let y = inner.y + row
            let colour = state.data.wheel.colour(ofPhaseAt: i) - 1
            canvas.text("██", x: inner.x + 1, y: y, role: Self.roles[colour])
            let months = "\(t.monthShort(p.startMonth))–\(t.monthShort(p.endMonth))"
            let text = "\(months.padding(toLength: 9, withPad: " ", startingAt: 0)) \(p.name)"
            canvas.line(text, x: inner.x + 4, y: y, width: inner.width - 5, role: i == selected ? .selection : .overlay)
        }
    }
}
