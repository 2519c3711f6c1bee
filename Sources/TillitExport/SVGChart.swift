import Foundation
import TillitDomain

/// Small charts as inline SVG (no outside assets): a sparkline of a measure's years and a bar
/// chart of its values across schools. Each carries its numbers as text too (a title read by
/// screen readers, labels on the bars), so that no chart says anything by colour alone.
public enum SVGChart {
    static func n(_ v: Double) -> String { String(format: "%.1f", v) }

    /// A line through the years' values; a year without a number breaks the line. A dot marks
    /// the last value; `worse` draws it as a downward triangle.
    public static func sparkline(_ values: [Double?], label: String, worse: Bool) -> String {
        let w = 80.0
        let h = 20.0
        let numbers = values.compactMap { $0 }
        guard let low = numbers.min(), let high = numbers.max(), values.count > 1 else { return "" }
        let span = high - low
        func point(_ i: Int, _ v: Double) -> (Double, Double) {
            let x = 3 + Double(i) * (w - 6) / Double(values.count - 1)
            let y = span == 0 ? h / 2 : 3 + (high - v) / span * (h - 6)
            return (x, y)
        }
        var out =
            "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(w))\" height=\"\(Int(h))\" "
            + "viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"\(HTMLExporter.esc(label))\">"
            + "<title>\(HTMLExporter.esc(label))</title>"
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                out +=
                    """
                    <polyline fill=\"none\" stroke=\"#335\" stroke-width=\"1.5\" \
                    points=\"\(run.joined(separator: " "))\"/>
                    """
            }
            run = []
        }
        for (i, v) in values.enumerated() {
            guard let v else {
                flush()
                continue
            }
            let (x, y) = point(i, v)
            run.append("\(n(x)),\(n(y))")
        }
        flush()
        if let i = values.lastIndex(where: { $0 != nil }), let v = values[i] {
            let (x, y) = point(i, v)
            out +=
                worse
                ? """
                <path d=\"M\(n(x - 3.5)),\(n(y - 3)) L\(n(x + 3.5)),\(n(y - 3)) L\(n(x)),\(n(y + 3)) Z\" \
                fill=\"#a33\"/>
                """
                : "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"2.5\" fill=\"#335\"/>"
        }
        return out + "</svg>"
    }

    /// One horizontal bar per item, longest for the highest value, with its name and value
    /// written beside it; `marked` items (that went the wrong way) get a ▼ in their label.
    public static func bars(_ items: [(name: String, value: Double, text: String, marked: Bool)], title: String)
        -> String
    {
        guard let high = items.map(\.value).max(), high > 0 else { return "" }
        let row = 18
        let labelWidth = 190
        let barWidth = 260
        let height = items.count * row + 4
        var out =
            "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 80)\" "
            + "height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLExporter.esc(title))\">"
            + "<title>\(HTMLExporter.esc(title))</title>"
        for (i, item) in items.enumerated() {
            let y = 2 + i * row
            let length = max(1, item.value / high * Double(barWidth))
            let name = (item.marked ? "▼ " : "") + item.name
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\" font-size=\"12\">"
            out += "\(HTMLExporter.esc(name))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(n(length))\" height=\"\(row - 5)\" "
            out += "fill=\"\(item.marked ? "#a33" : "#557")\"/>"
            out += "<text x=\"\(n(Double(labelWidth) + length + 4))\" y=\"\(y + 13)\" font-size=\"12\">"
            out += "\(HTMLExporter.esc(item.text))</text>"
        }
        return out + "</svg>"
    }
}
