import AppCore
import TillitDomain
import TillitExport
import TUIKit

/// The quality report on screen, scrollable: what `tillit report` writes to a file.
enum ReportView {
    static func lines(_ blocks: [DocumentBlock], width: Int) -> [(String, Role)] {
        var out: [(String, Role)] = []
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                if !out.isEmpty { out.append(("", .overlay)) }
                out += Wrap.lines(text, width: width).map { ($0, level <= 2 ? Role.section : .header) }
            case .paragraph(let text): out += Wrap.lines(text, width: width).map { ($0, .overlay) }
            case .bullets(let items):
                for i in items { out += Wrap.lines(i, width: width - 2).enumerated().map { (($0.offset == 0 ? "• " : "  ") + $0.element, .overlay) } }
            case .quotes(let items):
                for q in items { out += Wrap.lines(q, width: width - 4).map { ("  │ " + $0, .dim) } }
            case .table(let headers, let rows):
                out.append((headers.joined(separator: "  ·  "), .header))
                for r in rows { out.append((r.joined(separator: "  ·  "), .overlay)) }
            }
        }
        return out
    }

    static func draw(_ r: ReportState, _ state: AppState, _ canvas: inout Canvas) {
        let inner = OverlayBox.draw(width: min(100, state.size.width - 2), height: state.size.height - 2,
                                    title: state.t(.contextReport), in: state.size, &canvas)
        guard inner.height > 0 else { return }
        let all = lines(r.blocks, width: inner.width - 2)
        let first = min(r.scroll, max(0, all.count - inner.height))
        for (row, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.line(line.0, x: inner.x + 1, y: inner.y + row, width: inner.width - 2, role: line.1)
        }
    }
}
