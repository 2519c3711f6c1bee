import TUIKit
import TillitDomain
import TillitExport

/// A dialogue laid out as lines for the notebook: header, sections in order (strengths first)
/// with nested follow-ups, then the actions. Pure: the reducer scrolls and searches the same lines
/// the view draws.
public enum DialogueLayout {
    /// One screen line: pieces of text with their roles, after an indent.
    public struct Line: Equatable, Sendable {
        public var indent: Int
        public var pieces: [(String, Role)]
        /// The note the line belongs to, if any.
        public var noteID: String?

        public init(indent: Int = 0, _ pieces: [(String, Role)], noteID: String? = nil) {
            self.indent = indent
            self.pieces = pieces
            self.noteID = noteID
        }

        public var text: String { pieces.map(\.0).joined() }

        public static func == (a: Line, b: Line) -> Bool {
            a.indent == b.indent && a.pieces.map(\.0) == b.pieces.map(\.0) && a.pieces.map(\.1) == b.pieces.map(\.1)
        }
    }

    public static func noteRole(_ kind: NoteKind) -> Role {
        switch kind {
        case .strength: return .noteStrength
        case .result: return .noteResult
        case .observation: return .noteObservation
        case .challenge: return .noteChallenge
        case .question: return .noteQuestion
        case .answer: return .noteAnswer
        case .decision: return .noteDecision
        }
    }

    static func wrapped(
        _ text: String, indent: Int, first: String, rest: String, width: Int, role: Role,
        firstRole: Role? = nil
    ) -> [Line] {
        let available = max(8, width - indent - DisplayWidth.of(first))
        return Wrap.lines(text, width: available).enumerated().map { i, piece in
            Line(indent: indent, [(i == 0 ? first : rest, i == 0 ? (firstRole ?? role) : role), (piece, role)])
        }
    }

    /// The open dialogue's lines at `width`, with its subject and where it is held.
    public static func lines(_ state: AppState, width: Int) -> [Line] {
        guard let d = state.notebook.open?.dialogue else { return [] }
        return lines(
            d, subject: state.data.subject(of: .init(d, fingerprint: nil)),
            place: d.location(school: d.schoolID.flatMap(state.data.school)),
            figures: state.notebook.open?.figures?.trends ?? [],
            width: width, t: state.t, today: state.today)
    }

    public static func lines(
        _ d: Dialogue, subject: String, place: String? = nil, figures: [FigureTrend] = [], width: Int, t: Localizer,
        today: LocalDate
    ) -> [Line] {
        var out: [Line] = []
        let when = t.at(
            d.plannedWeek.map(t.weekAndYear) ?? "\(t.longDate(d.date)) (\(t.week(d.date.isoWeek)))",
            d.startTime)
        out += wrapped("\(subject) · \(when)", indent: 0, first: "", rest: "", width: width, role: .title)
        var facts = "\(t(.labelSchoolYear)) \(d.schoolYear.text) · \(t.level(d.level)) · \(t.status(d.status))"
        if d.isReadOnly { facts += " · " + t(.readOnlyMark) }
        out += wrapped(facts, indent: 0, first: "", rest: "", width: width, role: d.isReadOnly ? .readOnly : .dim)
        if d.status == .planned { out.append(Line([(t(.plannedHint), .prompt)])) }
        // A merge's conflicts, until someone resolves them: where, and both values.
        if let conflicts = d.conflicts, !conflicts.isEmpty {
            out += wrapped(
                t(.conflictBanner, ["count": String(conflicts.count)]), indent: 0, first: "⚠ ", rest: "  ",
                width: width,
                role: .warning)
            for c in conflicts {
                let text = t(
                    .conflictLine,
                    ["place": t.conflictPlace(c, schools: nil, dialogue: d), "kept": c.kept, "other": c.other])
                out += wrapped(text, indent: 2, first: "", rest: "", width: width, role: .warning)
            }
        }
        if let place {
            out += wrapped(
                place, indent: 0, first: t(.labelPlace) + ": ", rest: "  ", width: width, role: .text, firstRole: .dim)
        }
        let facilitators = d.facilitators.isEmpty ? t(.noneGiven) : d.facilitators.joined(separator: ", ")
        out += wrapped(
            facilitators, indent: 0, first: t(.labelFacilitators) + ": ", rest: "  ", width: width, role: .text,
            firstRole: .dim)
        out += wrapped(
            d.participants.isEmpty ? t(.noneGiven) : t.participants(d.participants), indent: 0,
            first: t(.labelParticipants) + ": ", rest: "  ", width: width, role: .text, firstRole: .dim)
        // The body in the meeting notes' order (one home for it: `ExportModel`), everything shown.
        var context = ExportModel.Context(
            subject: subject, area: nil, organisation: "", language: t.language, exportedOn: today,
            audience: .administration)
        context.figures = figures
        let model = ExportModel(d, context: context, redact: false)
        for section in model.sections { out += lines(section, model, width: width, t: t) }
        if let r = d.reflection {
            out.append(Line([]))
            out.append(Line([(model.reflectionTitle, .section), (" (\(model.internalLabel))", .dim)]))
            out += wrapped(
                r.purposeReached, indent: 2, first: t(.fieldPurpose) + " ", rest: "  ", width: width, role: .text,
                firstRole: .dim)
            out += wrapped(
                r.takeForward, indent: 2, first: t(.fieldTakeForward) + " ", rest: "  ", width: width, role: .text,
                firstRole: .dim)
        }
        return out
    }

    /// The figures a dialogue looks at, as a small table (the shape of each measure's years, this
    /// year's value, the change, the area and the organisation).
    public static func figureLines(_ f: FigureTable, width: Int, indent: Int = 2) -> [Line] {
        var out = [Line(indent: indent, [(f.title, .header)])]
        for (i, row) in f.textLines(width: width - indent).enumerated() {
            out.append(Line(indent: indent, [(row.text, i == 0 ? .dim : row.worsened ? .warning : .text)]))
        }
        if let note = f.note {
            out += wrapped(note, indent: indent, first: "", rest: "", width: width, role: .dim)
        }
        return out + [Line([])]
    }

    static func lines(_ section: ExportModel.Section, _ model: ExportModel, width: Int, t: Localizer) -> [Line] {
        var out = [Line([]), Line([(section.title, .section)])]
        if section.kind == .results, let f = model.figures { out += figureLines(f, width: width) }
        if section.isEmpty { out.append(Line(indent: 2, [(t(.noNotes), .dim)])) }
        for note in section.notes {
            let indent = 2 + note.depth * 3
            var text = note.lead + note.text
            if note.isInternal { text += " (\(model.internalLabel))" }
            out += wrapped(
                text, indent: indent, first: note.depth == 0 ? "• " : "↳ ", rest: "  ", width: width,
                role: noteRole(note.kind), firstRole: .dim
            ).map {
                var l = $0
                l.noteID = note.id
                return l
            }
            if !note.tags.isEmpty {
                out += wrapped(
                    note.tags.map { "#" + $0 }.joined(separator: " "), indent: indent + 2, first: "", rest: "",
                    width: width, role: .dim)
            }
        }
        if !section.reviewed.isEmpty {
            out.append(Line(indent: 2, [(section.reviewedTitle, .header)]))
            for r in section.reviewed {
                out += wrapped(
                    r.line, indent: 2, first: "↺ ", rest: "  ", width: width, role: r.isOpen ? .actionOpen : .actionDone
                )
            }
        }
        if !section.actions.isEmpty {
            out.append(Line(indent: 2, [(section.actionsTitle, .header)]))
            for a in section.actions {
                let mark = ComparePage.mark(a.state)
                out += wrapped(
                    a.text, indent: 2, first: mark, rest: "  ", width: width,
                    role: a.isOpen ? .actionOpen : .actionDone)
                let details = [a.status, a.owner, a.due.isEmpty ? "" : "\(t(.labelDue)) \(a.due)"].filter {
                    !$0.isEmpty
                }
                out += wrapped(
                    details.joined(separator: " · "), indent: 4, first: "", rest: "", width: width, role: .dim)
                for f in a.followUps { out += wrapped(f, indent: 4, first: "↳ ", rest: "  ", width: width, role: .dim) }
            }
        }
        return out
    }
}
