import TUIKit
import TillitDomain
import TillitExport

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

    /// The rows, with the figures each dialogue looked at under the results (this year's
    /// against last year's).
    public static func rows(_ c: CompareState, _ state: AppState, width: Int) -> [Row] {
        rows(
            c, width: width, t: state.t, today: state.today,
            figures: (
                FigureTable(state.data.figureTrends(for: c.current), state.t),
                FigureTable(state.data.figureTrends(for: c.previous), state.t)
            ))
    }

    public static func rows(
        _ c: CompareState, width: Int, t: Localizer, today: LocalDate,
        figures: (FigureTable?, FigureTable?) = (nil, nil)
    ) -> [Row] {
        let half = columnWidth(width)
        var rows: [Row] = []
        rows.append(
            Row(
                left: PageLine(t.longDate(c.current.date) + " · " + t.status(c.current.status), .header),
                right: PageLine(t.longDate(c.previous.date) + " · " + t.status(c.previous.status), .header)))
        for (i, section) in SectionKind.allCases.enumerated() {
            rows.append(Row(left: .blank, right: .blank))
            // A long heading wraps in its column rather than being cut.
            for line in Wrap.lines("\(i + 1). \(t.section(section))", width: max(6, half)) {
                rows.append(Row(left: PageLine(line, .section), right: PageLine(line, .section)))
            }
            var left = column(c.current, section, width: half, t: t, today: today)
            var right = column(c.previous, section, width: half, t: t, today: today)
            if section == .results {
                left = figureLines(figures.0, width: half, t: t) + left
                right = figureLines(figures.1, width: half, t: t) + right
            }
            for j in 0..<max(left.count, right.count) {
                rows.append(Row(left: j < left.count ? left[j] : .blank, right: j < right.count ? right[j] : .blank))
            }
        }
        return rows
    }

    static func column(_ d: Dialogue, _ section: SectionKind, width: Int, t: Localizer, today: LocalDate) -> [PageLine]
    {
        var out: [PageLine] = []
        let notes = d.threaded(in: section)
        if notes.isEmpty { out.append(PageLine("  " + t(.noNotes), .dim)) }
        for (note, depth) in notes {
            let indent = String(repeating: "  ", count: depth)
            // As the meeting notes say it: kind when not the section's own, speaker, text, tags.
            var text = note.lead(t) + note.text
            if note.internalOnly { text += " (\(t(.internalMark)))" }
            let lines = Wrap.lines(text, width: max(6, width - 4 - depth * 2))
            for (i, line) in lines.enumerated() {
                let mark = i == 0 ? (depth == 0 ? "• " : "↳ ") : "  "
                out.append(PageLine("\(indent)\(mark)\(line)", DialogueLayout.noteRole(note.kind)))
            }
            if !note.tags.isEmpty {
                let tags = note.tags.map { "#" + $0 }.joined(separator: " ")
                out += Wrap.lines(tags, width: max(6, width - 4 - depth * 2)).map { PageLine(indent + "  " + $0, .dim) }
            }
        }
        if section == .forward { out += actions(d, width: width, t: t, today: today) }
        return out
    }

    /// A dialogue's figures in a column: each measure's value and its change from the year before.
    static func figureLines(_ f: FigureTable?, width: Int, t: Localizer) -> [PageLine] {
        guard let f else { return [] }
        var out = [PageLine("  " + f.title, .header)]
        for r in f.rows {
            let change = r.change.isEmpty ? "" : " (\(r.change))"
            let text = FigureTable.label(r) + ": " + r.current + change
            out += Wrap.lines(text, width: max(6, width - 2)).map { PageLine($0, r.worsened ? .warning : .text) }
        }
        return out + [.blank]
    }

    /// The actions with their real status, owner, date and follow-up comments.
    static func actions(_ d: Dialogue, width: Int, t: Localizer, today: LocalDate) -> [PageLine] {
        var out: [PageLine] = []
        for a in d.actions {
            let role: Role = a.status.isOpen ? .actionOpen : .actionDone
            for (i, line) in Wrap.lines(a.text, width: max(6, width - 4)).enumerated() {
                out.append(PageLine((i == 0 ? mark(a.status) : "  ") + line, role))
            }
            var details = [a.statusWords(t, on: today)]
            if let owner = a.owner { details.append(owner) }
            if let due = a.due { details.append("\(t(.labelDue)) \(due.iso)") }
            out += Wrap.lines(details.joined(separator: " · "), width: max(6, width - 4)).map {
                PageLine("  " + $0, .dim)
            }
            for f in a.followUps {
                let text = "\(f.date.iso) \(t.actionStatus(f.status))" + (f.comment.isEmpty ? "" : ": \(f.comment)")
                out += Wrap.lines(text, width: max(6, width - 6)).enumerated().map {
                    PageLine(($0.offset == 0 ? "  ↳ " : "    ") + $0.element, .dim)
                }
            }
        }
        return out
    }

    /// An action's status as a box: not started, in progress, done, dropped.
    static func mark(_ status: ActionStatus) -> String {
        switch status {
        case .notStarted: return "☐ "
        case .inProgress: return "◐ "
        case .done: return "☑ "
        case .dropped: return "☒ "
        }
    }
}
