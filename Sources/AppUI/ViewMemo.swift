import AppCore
import TUIKit

/// The panes drawn in the last frame, each with what it was drawn from (`PaneInputs`): a frame
/// whose inputs for a pane are unchanged copies that pane's cells instead of drawing it again.
/// A letter typed in a note or a move in the school list leaves the wheel alone, so it costs
/// nothing. Kept by the run loop; `AppView.render(_:)` without a memo draws everything.
public struct ViewMemo: Sendable {
    struct Drawing: Sendable {
        var inputs: PaneInputs
        /// The cells of the pane's rectangle, row after row.
        var cells: [Cell]
        /// The long graphemes among them (see `Cell`).
        var clusters: [UInt64: String]
        var cursor: Point?
    }

    struct Point: Sendable {
        var x: Int
        var y: Int
    }

    var drawings: [Pane: Drawing] = [:]
    /// How many panes were copied rather than drawn, since the memo was made.
    public private(set) var reused = 0

    public init() {}

    /// Draws `pane` into `rect` with `draw`, or copies its last drawing when its inputs are the
    /// same; returns the cursor the drawing placed.
    mutating func pane(
        _ pane: Pane, _ inputs: PaneInputs?, _ rect: Rect, _ canvas: inout Canvas,
        draw: (inout Canvas) -> (x: Int, y: Int)?
    ) -> (x: Int, y: Int)? {
        let area = rect.intersection(canvas.screen.bounds)
        guard let inputs, !area.isEmpty else {
            drawings[pane] = nil
            return draw(&canvas)
        }
        let width = canvas.screen.width
        if let last = drawings[pane], last.inputs == inputs {
            for i in 0..<area.height {
                let start = (area.y + i) * width + area.x
                canvas.screen.cells.replaceSubrange(
                    start..<(start + area.width), with: last.cells[(i * area.width)..<((i + 1) * area.width)])
            }
            canvas.screen.clusters.merge(last.clusters) { a, _ in a }
            reused += 1
            return last.cursor.map { ($0.x, $0.y) }
        }
        let cursor = draw(&canvas)
        var cells: [Cell] = []
        cells.reserveCapacity(area.width * area.height)
        for y in area.y..<area.maxY { cells += canvas.screen.cells[(y * width + area.x)..<(y * width + area.maxX)] }
        drawings[pane] = Drawing(
            inputs: inputs, cells: cells, clusters: canvas.screen.clusters,
            cursor: cursor.map { Point(x: $0.x, y: $0.y) })
        return cursor
    }
}
