import TUIKit
import TillitExport

/// The quality report on screen: what `tillit report` writes, wrapped to the box.
public enum ReportPage {
    /// The text's width inside the box (a column's margin on each side).
    public static func width(_ size: Size) -> Int { max(1, OverlayGeometry.reportBox(in: size).inset(1).width - 2) }
    public static func visibleRows(_ size: Size) -> Int { OverlayGeometry.reportBox(in: size).inset(1).height }

    public static func lines(_ blocks: [DocumentBlock], width: Int) -> [PageLine] {
        var out: [PageLine] = []
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                if !out.isEmpty { out.append(.blank) }
                out += Wrap.lines(text, width: width).map { PageLine($0, level <= 2 ? .section : .header) }
            case .paragraph(let text): out += Wrap.lines(text, width: width).map { PageLine($0, .overlay) }
            case .bullets(let items):
                for i in items {
                    out += Wrap.lines(i, width: width - 2).enumerated().map {
                        PageLine(($0.offset == 0 ? "• " : "  ") + $0.element, .overlay)
                    }
                }
            case .list(let items):
                for i in items {
                    let indent = String(repeating: "  ", count: i.level)
                    out += Wrap.lines(i.text, width: width - 2 - indent.count).enumerated().map {
                        PageLine(indent + ($0.offset == 0 ? "• " : "  ") + $0.element, .overlay)
                    }
                }
            case .quotes(let items):
                for q in items {
                    out += Wrap.lines(q.text, width: width - 4).map { PageLine("  │ " + $0, .overlay) }
                    out += Wrap.lines("— " + q.source, width: width - 4).map { PageLine("  │ " + $0, .dim) }
                }
            case .chart(let c): out += chart(c, width: width)
            case .table(let headers, let rows):
                // Every cell shows: a row wraps under itself rather than being cut at the edge.
                out += Wrap.lines(headers.joined(separator: "  ·  "), width: width).map { PageLine($0, .header) }
                for r in rows {
                    let cells = r.filter { !$0.isEmpty }.joined(separator: "  ·  ")
                    out += Wrap.lines(cells, width: width - 2).enumerated().map {
                        PageLine(($0.offset == 0 ? "" : "  ") + $0.element, .overlay)
                    }
                }
            }
        }
        return out
    }

    /// Bars drawn in eighths of a cell, each with its name and value written out (▼ marks one
    /// that went the wrong way): the shape and the numbers read without colour.
    static func chart(_ c: DocumentBlock.Chart, width: Int) -> [PageLine] {
        guard let high = c.bars.map(\.value).max(), high > 0 else { return [] }
        let nameWidth = min(22, c.bars.map { DisplayWidth.of($0.name) + 2 }.max() ?? 0)
        let textWidth = c.bars.map { DisplayWidth.of($0.text) }.max() ?? 0
        let room = max(4, width - nameWidth - textWidth - 3)
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var out = [PageLine(c.title, .header)]
        for b in c.bars {
            let name = DisplayWidth.truncate((b.marked ? "▼ " : "  ") + b.name, to: nameWidth)
            let units = Int((max(0, b.value) / high * Double(room * 8)).rounded())
            let bar = String(repeating: "█", count: units / 8) + eighths[units % 8]
            let pad = String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            let gap = String(repeating: " ", count: max(1, room - DisplayWidth.of(bar) + 1))
            out.append(PageLine(name + pad + " " + bar + gap + b.text, b.marked ? .warning : .overlay))
        }
        return out
    }
}
