import AppCore
import TUIKit
import TillitDomain

/// Search over every note: the query, then each hit with school, date, section and a snippet
/// with the match highlighted.
enum SearchView {
    static func draw(_ s: SearchState, _ state: AppState, _ canvas: inout Canvas) -> (x: Int, y: Int)? {
        let t = state.t
        let inner = OverlayBox.draw(
            width: 84, height: state.size.height - 4, title: t(.searchTitle), in: state.size, &canvas)
        guard inner.height > 2 else { return nil }
        canvas.text("/ ", x: inner.x, y: inner.y, role: .prompt)
        let (visible, column) = s.query.visible(width: inner.width - 3)
        canvas.line(visible, x: inner.x + 2, y: inner.y, width: inner.width - 3, role: .input)
        let mode = t(s.ignoreDiacritics ? .searchDiacriticsOn : .searchDiacriticsOff)
        // The hits shown answer `answered`; until the query typed since is answered, say so.
        let query = s.query.text.trimmingCharacters(in: .whitespaces)
        let count = query == s.answered ? t(.matchCount, ["count": String(s.hits.count)]) : t(.searching)
        canvas.line(
            query.isEmpty ? t(.searchPrompt, ["mode": mode]) : "\(mode) · " + count,
            x: inner.x, y: inner.y + 1, width: inner.width, role: .dim)
        let rows = max(0, (inner.height - 3) / 2)
        let first = ListWindow.first(selected: s.selected, count: s.hits.count, visible: rows)
        var y = inner.y + 3
        // Only the hits in view are looked at (a search can bring 500).
        for i in s.hits.indices.dropFirst(first) {
            guard y < inner.maxY else { break }
            let hit = s.hits[i]
            let selected = i == s.selected
            canvas.line(
                "\(hit.date.iso)  \(hit.subject) · \(hit.placeName(t))", x: inner.x, y: y,
                width: inner.width,
                role: selected ? .selection : .header)
            if y + 1 < inner.maxY {
                canvas.line(
                    "  " + hit.snippet, x: inner.x, y: y + 1, width: inner.width, role: selected ? .selection : .overlay
                )
                // The match, highlighted (measured in cells up to it).
                let chars = Array(hit.snippet)
                let before = chars.prefix(hit.matchStart).reduce(0) { $0 + DisplayWidth.of($1) }
                let width = chars.dropFirst(hit.matchStart).prefix(hit.matchLength).reduce(0) {
                    $0 + DisplayWidth.of($1)
                }
                canvas.restyle(
                    Rect(
                        x: inner.x + 2 + before, y: y + 1, width: min(width, max(0, inner.width - 2 - before)),
                        height: 1),
                    role: .match)
            }
            y += 2
        }
        return (inner.x + 2 + column, inner.y)
    }
}
