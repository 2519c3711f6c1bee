import TUIKit

/// Reading a long text in a box over the panes (the help, the report, a comparison): scrolling,
/// clamped to the rows the box shows, and closing.
enum ReadingReducer {
    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        if command == .back {
            state.overlay = nil
            return []
        }
        switch state.overlay {
        case .help(var scroll):
            let count = HelpPage.lines(state).count
            guard scroll.apply(command, count: count, visible: HelpPage.visibleRows(state, lines: count)) else {
                return nil
            }
            state.overlay = .help(scroll)
        case .report(var report):
            let count = ReportPage.lines(report.blocks, width: ReportPage.width(state.size)).count
            guard report.scroll.apply(command, count: count, visible: ReportPage.visibleRows(state.size)) else {
                return nil
            }
            state.overlay = .report(report)
        case .compare(var compare):
            let inner = ComparePage.inner(state.size)
            let count = ComparePage.rows(compare, state, width: inner.width).count
            guard compare.scroll.apply(command, count: count, visible: inner.height) else { return nil }
            state.overlay = .compare(compare)
        default:
            return nil
        }
        return []
    }
}

extension ScrollState {
    /// Applies a moving command; false when the command does not scroll.
    mutating func apply(_ command: Command, count: Int, visible: Int) -> Bool {
        switch command {
        case .up: scroll(by: -1, count: count, visible: visible)
        case .down: scroll(by: 1, count: count, visible: visible)
        case .pageUp: scroll(by: -ScrollState.page(visible), count: count, visible: visible)
        case .pageDown: scroll(by: ScrollState.page(visible), count: count, visible: visible)
        case .first: scroll(to: 0, count: count, visible: visible)
        case .last: scroll(to: count, count: count, visible: visible)
        default: return false
        }
        return true
    }
}
