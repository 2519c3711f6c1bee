import AppCore
import TUIKit
import TillitDomain

/// Everything a pane's drawing reads from the state, for the panes whose drawing is kept between
/// frames (`ViewMemo`): equal inputs, equal cells. The notebook is drawn every frame.
struct PaneInputs: Equatable {
    var pane: Pane
    var rect: Rect
    var focused: Bool
    var language: Language
    var today: LocalDate
    var data: UInt64
    var wheel: WheelPaneState?
    var schools: SchoolsPaneState?

    /// The inputs of `pane`, or nil when it is drawn every frame.
    static func of(_ pane: Pane, _ state: AppState, rect: Rect, focused: Bool) -> PaneInputs? {
        var inputs = PaneInputs(
            pane: pane, rect: rect, focused: focused, language: state.language, today: state.today,
            data: state.data.stamp.value ?? 0)
        switch pane {
        case .wheel: inputs.wheel = state.wheel
        case .schools: inputs.schools = state.schools
        case .notebook: return nil
        }
        return inputs
    }
}
