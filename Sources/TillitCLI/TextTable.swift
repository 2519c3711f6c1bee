import TUIKit
import TillitDomain

/// Aligned columns for the terminal, measured in display cells so å, ä, ö and wide text line up.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                out += i == cells.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i]) + "  "
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        var lines = [line(header), line(widths.map { String(repeating: "─", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
