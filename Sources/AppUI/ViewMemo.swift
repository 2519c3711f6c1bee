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
        var rows: Rows?
    }

    /// A pane drawn row by row: `keys` says what each row of `area` shows (-1 for nothing). A
    /// frame whose other inputs (`inputs`, the selection left out) are those of the last one
    /// copies the last drawing and draws again only the rows whose key changed: a move in a list
    /// draws the two rows the selection left and came to.
    struct Rows: Sendable {
        var inputs: PaneInputs
        var area: Rect
        var keys: [Int]
    }

    struct Point: Sendable {
        var x: Int
        var y: Int
    }

    var drawings: [Pane: Drawing] = [:]
    /// A screen no longer shown, whose memory the next frame is drawn in.
    var spare: Screen?
    /// The status line as last drawn, and what from.
    var statusBar: (inputs: StatusBarView.Inputs, cells: [Cell], clusters: [UInt64: String])?

    /// Draws the status line, or copies it when what it is drawn from has not changed.
    mutating func statusBar(_ state: AppState, _ rect: Rect, _ canvas: inout Canvas) {
        let area = rect.intersection(canvas.screen.bounds)
        guard area.height == 1 else { return StatusBarView.draw(state, rect, &canvas) }
        let inputs = StatusBarView.Inputs(state, rect)
        let start = area.y * canvas.screen.width + area.x
        if let last = statusBar, last.inputs == inputs {
            canvas.screen.cells.replaceSubrange(start..<(start + area.width), with: last.cells)
            canvas.screen.clusters.merge(last.clusters) { a, _ in a }
            statusBarsCopied += 1
            return
        }
        StatusBarView.draw(state, rect, &canvas)
        statusBar = (inputs, Array(canvas.screen.cells[start..<(start + area.width)]), canvas.screen.clusters)
    }

    /// A live dialogue's section lines, and what they were made from.
    var liveLines: (inputs: LiveView.BodyInputs, lines: [LiveView.Line])?

    /// The section lines of the live dialogue in the notebook's `inner` rectangle, made again
    /// only when what they are made from changed; nil when no live dialogue is open.
    mutating func liveBody(_ state: AppState, _ inner: Rect) -> [LiveView.Line]? {
        guard let open = state.notebook.open, open.isLive else {
            liveLines = nil
            return nil
        }
        let inputs = LiveView.BodyInputs(state, open, width: inner.width - 2)
        if let kept = liveLines, kept.inputs == inputs {
            liveLinesKept += 1
            return kept.lines
        }
        let lines = LiveView.bodyLines(state, open, width: inner.width - 2)
        liveLines = (inputs, lines)
        return lines
    }
    /// How many frames took a live dialogue's section lines from the memo.
    public private(set) var liveLinesKept = 0

    /// Gives back a frame's screen once the terminal no longer needs it.
    public mutating func recycle(_ screen: Screen) { spare = screen }
    /// How many panes were copied rather than drawn, since the memo was made.
    public private(set) var reused = 0
    /// How many panes were copied with only some of their rows drawn again.
    public private(set) var rowsRedrawn = 0
    /// How many times the status line was copied rather than drawn.
    public private(set) var statusBarsCopied = 0

    public init() {}

    /// Draws `pane` into `rect` with `draw`, or copies its last drawing when its inputs are the
    /// same (drawing again only the rows whose keys changed, for a pane drawn by `rows`);
    /// returns the cursor the drawing placed.
    mutating func pane(
        _ pane: Pane, _ inputs: PaneInputs?, _ rect: Rect, _ canvas: inout Canvas, rows: Rows? = nil,
        drawRow: ((Int, inout Canvas) -> Void)? = nil, draw: (inout Canvas) -> (x: Int, y: Int)?
    ) -> (x: Int, y: Int)? {
        let area = rect.intersection(canvas.screen.bounds)
        guard let inputs, !area.isEmpty else {
            drawings[pane] = nil
            return draw(&canvas)
        }
        let last = drawings[pane]
        if let last, last.inputs == inputs {
            copy(last, area, &canvas)
            reused += 1
            return last.cursor.map { ($0.x, $0.y) }
        }
        let cursor: (x: Int, y: Int)?
        if let rows, let drawRow, let last, let before = last.rows, before.inputs == rows.inputs,
            before.area == rows.area, before.keys.count == rows.keys.count
        {
            copy(last, area, &canvas)
            for (i, key) in rows.keys.enumerated() where key != before.keys[i] {
                canvas.clear(Rect(x: rows.area.x, y: rows.area.y + i, width: rows.area.width, height: 1))
                canvas.within(rows.area) { drawRow(i, &$0) }
            }
            rowsRedrawn += 1
            cursor = last.cursor.map { ($0.x, $0.y) }
        } else {
            cursor = draw(&canvas)
        }
        let width = canvas.screen.width
        var cells: [Cell] = []
        cells.reserveCapacity(area.width * area.height)
        for y in area.y..<area.maxY { cells += canvas.screen.cells[(y * width + area.x)..<(y * width + area.maxX)] }
        drawings[pane] = Drawing(
            inputs: inputs, cells: cells, clusters: canvas.screen.clusters,
            cursor: cursor.map { Point(x: $0.x, y: $0.y) }, rows: rows)
        return cursor
    }

    /// The last drawing's cells into `area`.
    private func copy(_ last: Drawing, _ area: Rect, _ canvas: inout Canvas) {
        let width = canvas.screen.width
        for i in 0..<area.height {
            let start = (area.y + i) * width + area.x
            canvas.screen.cells.replaceSubrange(
                start..<(start + area.width), with: last.cells[(i * area.width)..<((i + 1) * area.width)])
        }
        canvas.screen.clusters.merge(last.clusters) { a, _ in a }
    }
}
