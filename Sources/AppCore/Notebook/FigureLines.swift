import TUIKit
import TillitDomain
import TillitExport

extension FigureTable {
    /// The table as lines of text within `width`: the narrow headers; columns are left out from
    /// the right (organisation, area, change) when the width is too small, and names shortened.
    public func textLines(width: Int) -> [(text: String, worsened: Bool)] {
        let cells: [[String]] =
            [shortHeaders.enumerated().map { $0 == 0 ? "  " + $1 : $1 }]
            + rows.map { [Self.label($0), $0.sparkline, $0.current, $0.change, $0.area, $0.organisation] }
        var widths = (0..<6).map { c in cells.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        var columns = 6
        let gap = 2
        func total() -> Int { widths.prefix(columns).reduce(0, +) + gap * (columns - 1) }
        // The name gets what the numbers leave, down to 14 cells; then columns go.
        let minimumName = 14
        while columns > 3, total() - widths[0] + minimumName > width { columns -= 1 }
        widths[0] = max(4, min(widths[0], width - (total() - widths[0])))
        return cells.enumerated().map { i, row in
            var line = ""
            for c in 0..<columns {
                let cell = DisplayWidth.truncate(row[c], to: widths[c])
                let pad = String(repeating: " ", count: max(0, widths[c] - DisplayWidth.of(cell)))
                // Numbers stand right-aligned under their header.
                line += c >= 2 ? pad + cell : cell + pad
                if c < columns - 1 { line += String(repeating: " ", count: gap) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return (line, i > 0 && rows[i - 1].worsened)
        }
    }
}
