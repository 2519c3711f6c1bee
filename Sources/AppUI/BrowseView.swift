import AppCore
import TUIKit
import TillitDomain

/// Every dialogue, one line each: date, school year, subject, area, status, notes, open actions.
enum BrowseView {
    static func draw(_ b: BrowseState, _ state: AppState, _ canvas: inout Canvas) -> (x: Int, y: Int)? {
        let t = state.t
        let list = BrowseReducer.dialogues(state, filter: b.filter.text)
        let inner = OverlayBox.draw(
            OverlayGeometry.browseBox(in: state.size),
            title: t(.browseTitle, ["count": String(list.count)]), &canvas)
        guard inner.height > 2 else { return nil }
        canvas.text("/ ", x: inner.x, y: inner.y, role: .prompt)
        let (visible, column) = b.filter.visible(width: inner.width - 3)
        canvas.line(visible, x: inner.x + 2, y: inner.y, width: inner.width - 3, role: .input)
        canvas.line(t(.browseHint), x: inner.x, y: inner.y + 1, width: inner.width, role: .dim)
        let rows = OverlayGeometry.browseRows(in: state.size)
        let first = ListWindow.first(selected: b.selected, count: list.count, visible: rows)
        for (row, d) in list.dropFirst(first).prefix(max(0, rows)).enumerated() {
            let i = first + row
            let areaWidth = max(0, min(26, inner.width - 66))
            var line =
                "\(d.date.iso)  \(d.schoolYear.text)  "
                + DisplayWidth.pad(DisplayWidth.truncate(state.data.subject(of: d), to: 20), to: 20)
            if areaWidth > 4 {
                line +=
                    "  "
                    + DisplayWidth.pad(
                        DisplayWidth.truncate(state.data.area(d.areaID)?.name ?? "", to: areaWidth), to: areaWidth)
            }
            line += "  " + DisplayWidth.pad(t.status(d.status), to: 10) + "  " + String(d.noteCount)
            if d.openActionCount > 0 { line += "  · " + t(.openActionsShort, ["count": String(d.openActionCount)]) }
            canvas.line(
                line, x: inner.x, y: inner.y + 3 + row, width: inner.width,
                role: i == b.selected ? .selection : .overlay)
        }
        // Earlier school years still being read: say so under what is there.
        let shown = min(max(0, rows), max(0, list.count - first))
        if state.data.historyPending, shown < rows {
            canvas.line(t(.historyLoading), x: inner.x, y: inner.y + 3 + shown, width: inner.width, role: .dim)
        }
        return (inner.x + 2 + column, inner.y)
    }
}
