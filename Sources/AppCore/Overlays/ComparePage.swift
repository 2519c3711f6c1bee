import TUIKit
import TillitDomain

/// This year's and last year's dialogue of a school side by side, section by section: the rows
/// the comparison box shows.
public enum ComparePage {
    public struct Row: Equatable, Sendable {
        public var left: PageLine
        public var right: PageLine
    }

    /// The width of each column, for a box whose inside is `width` wide (a rule between them).
    public static func columnWidth(_ width: Int) -> Int { (width - 3) / 2 }
    public static func inner(_ size: Size) -> Rect { OverlayGeometry.compareBox(in: size).inset(1) }

    public static func rows(_ c: CompareState, width: Int, t: Localizer) -> [Row] {
        let half = columnWidth(width)
        var rows: [Row] = []
        rows.append(
            Row(
                left: PageLine(t.longDate(c.current.date) + " · " + t.status(c.current.status), .header),
                right: PageLine(t.longDate(c.previous.date) + " · " + t.status(c.previous.status), .header)))
        for (i, section) in SectionKind.allCases.enumerated() {
            rows.append(Row(left: .blank, right: .blank))
            let heading = PageLine("\(i + 1). \(t.section(section))", .section)
            rows.append(Row(left: heading, right: heading))
            let left = column(c.current, section, width: half, t: t)
            let right = column(c.previous, section, width: half, t: t)
            for j in 0..<max(left.count, right.count) {
                rows.append(Row(left: j < left.count ? left[j] : .blank, right: j < right.count ? right[j] : .blank))
            }
        }
        return rows
    }

    static func column(_ d: Dialogue, _ section: SectionKind, width: Int, t: Localizer) -> [PageLine] {
        var out: [PageLine] = []
        let notes = d.threaded(in: section)
        if notes.isEmpty { out.append(PageLine("  " + t(.noNotes), .dim)) }
        for (note, depth) in notes {
            let indent = String(repeating: "  ", count: depth)
            let lines = Wrap.lines(note.text, width: max(6, width - 4 - depth * 2))
            for (i, line) in lines.enumerated() {
                let mark = i == 0 ? (depth == 0 ? "• " : "↳ ") : "  "
                out.append(PageLine("\(indent)\(mark)\(line)", DialogueLayout.noteRole(note.kind)))
            }
        }
        if section == .forward {
            for a in d.actions {
                for (i, line) in Wrap.lines(a.text, width: max(6, width - 4)).enumerated() {
                    out.append(PageLine((i == 0 ? "☐ " : "  ") + line, a.status.isOpen ? .actionOpen : .actionDone))
                }
            }
        }
        return out
    }
}
