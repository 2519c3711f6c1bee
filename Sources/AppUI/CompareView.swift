import AppCore
import TillitDomain
import TUIKit

/// This year's and last year's dialogue of a school side by side, section by section, so the
/// facilitator sees at once what was said then and what is said now.
enum CompareView {
    static func column(_ d: Dialogue, _ section: SectionKind, width: Int, t: Localizer) -> [(String, Role)] {
        var out: [(String, Role)] = []
        let notes = d.threaded(in: section)
        if notes.isEmpty { out.append(("  " + t(.noNotes), .dim)) }
        for (note, depth) in notes {
            let indent = String(repeating: "  ", count: depth)
            let lines = Wrap.lines(note.text, width: max(6, width - 4 - depth * 2))
            for (i, line) in lines.enumerated() {
                out.append(("\(indent)\(i == 0 ? (depth == 0 ? "• " : "↳ ") : "  ")\(line)", DialogueLayout.noteRole(note.kind)))
            }
        }
        if section == .forward {
            for a in d.actions {
                for (i, line) in Wrap.lines(a.text, width: max(6, width - 4)).enumerated() {
                    out.append(((i == 0 ? "☐ " : "  ") + line, a.status.isOpen ? .actionOpen : .actionDone))
                }
            }
        }
        return out
    }

    static func draw(_ c: CompareState, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let subject = state.data.subject(of: DialogueSummary(c.current, fingerprint: nil))
        let title = t(.compareTitle, ["subject": subject, "left": c.current.date.iso, "right": c.previous.date.iso])
        let inner = OverlayBox.draw(width: state.size.width - 2, height: state.size.height - 2, title: title, in: state.size, &canvas)
        guard inner.width > 10, inner.height > 2 else { return }
        let half = (inner.width - 3) / 2
        var rows: [((String, Role), (String, Role))] = []
        rows.append(((t.longDate(c.current.date) + " · " + t.status(c.current.status), .header),
                     (t.longDate(c.previous.date) + " · " + t.status(c.previous.status), .header)))
        for (i, section) in SectionKind.allCases.enumerated() {
            rows.append((("", .overlay), ("", .overlay)))
            let heading = ("\(i + 1) \(t.section(section))", Role.section)
            rows.append((heading, heading))
            let left = column(c.current, section, width: half, t: t)
            let right = column(c.previous, section, width: half, t: t)
            for j in 0..<max(left.count, right.count) {
                rows.append((j < left.count ? left[j] : ("", .overlay), j < right.count ? right[j] : ("", .overlay)))
            }
        }
        let first = min(c.scroll, max(0, rows.count - inner.height))
        for (row, pair) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            canvas.line(pair.0.0, x: inner.x, y: y, width: half, role: pair.0.1)
            canvas.set(inner.x + half + 1, y, "│", role: .overlayBorder)
            canvas.line(pair.1.0, x: inner.x + half + 3, y: y, width: inner.width - half - 3, role: pair.1.1)
        }
    }
}
