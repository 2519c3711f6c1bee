import Foundation
import TillitDomain

/// A dialogue as its meeting notes, in the user's language: what every format writes, and the
/// screen's closed view shows, in one order. Strengths come first; last time's actions are
/// followed up under the results; the actions decided stand under the way forward; a note whose
/// kind is not its section's own says its kind. For the school (`.school`) internal notes and the
/// facilitator's reflection are left out; for the administration they are kept and marked.
/// Personal data is masked here when asked, so no format can leak it.
public struct ExportModel: Sendable {
    /// Who the notes are for.
    public enum Audience: Sendable, Equatable {
        /// The school: shared notes only.
        case school
        /// The facilitator and the administration: internal notes and the reflection too, marked.
        case administration
    }

    public struct Note: Sendable {
        public var id: String
        public var depth: Int
        public var kind: NoteKind
        /// The kind in words when it is not the section's own ("utmaning", "fråga"), else nil.
        public var kindLabel: String?
        public var text: String
        public var speaker: String?
        public var tags: [String]
        public var isInternal: Bool
        public var isQuestion: Bool { kind == .question }
    }

    /// One of last time's actions, as it was followed up.
    public struct Reviewed: Sendable {
        public var text: String
        public var status: String
        public var comment: String
        public var isOpen: Bool
        /// "Kommentar".
        public var commentWord: String
    }

    public struct Action: Sendable {
        public var text: String
        public var owner: String
        public var due: String
        public var status: String
        public var state: ActionStatus
        public var isOpen: Bool { state.isOpen }
        public var tags: [String]
        /// "2026-03-02 pågår: Modellen är införd i årskurs 4".
        public var followUps: [String]
    }

    public struct Section: Sendable {
        public var kind: SectionKind
        public var number: Int
        /// "2. Resultat och uppföljning".
        public var title: String
        public var notes: [Note]
        /// Under the results: last time's actions and their follow-up (empty elsewhere).
        public var reviewedTitle: String
        public var reviewed: [Reviewed]
        /// Under the way forward: the actions decided (empty elsewhere).
        public var actionsTitle: String
        public var actions: [Action]

        /// Whether the section holds nothing at all.
        public var isEmpty: Bool { notes.isEmpty && reviewed.isEmpty && actions.isEmpty }
    }

    public var title: String
    public var subject: String
    public var facts: [(String, String)]
    public var sections: [Section]
    public var actionHeaders: [String]
    public var reflectionTitle: String
    public var reflection: [(String, String)]
    /// The word that marks what is internal ("internt").
    public var internalLabel: String
    /// For the administration's version: said under the title and on every page.
    public var internalBanner: String?
    /// A document's running header line for the administration's version.
    public var internalHeader: String?
    /// What an empty section says.
    public var emptyText: String
    public var footer: String
    public var language: Language
    public var audience: Audience
    /// The dialogue's date and school year, for a document's running header.
    public var dateText: String
    /// The figures the dialogue looked at, under the results (nil: none).
    public var figures: FigureTable?

    /// What a dialogue is about and where it belongs, for the heading.
    public struct Context: Sendable {
        public var subject: String
        public var area: String?
        public var organisation: String
        public var language: Language
        public var exportedOn: LocalDate
        public var audience: Audience
        /// The school's address: where the dialogue is held when no other place is given.
        public var address: String?
        /// The figures the dialogue looked at (`FigureTrend.trends(for:)`), shown under the results.
        public var figures: [FigureTrend] = []

        public init(
            subject: String, area: String?, organisation: String, language: Language, exportedOn: LocalDate,
            audience: Audience = .school, address: String? = nil
        ) {
            self.address = address
            self.subject = subject
            self.area = area
            self.organisation = organisation
            self.language = language
            self.exportedOn = exportedOn
            self.audience = audience
        }
    }

    public static func redactionLabels(_ t: Localizer) -> [PersonalData.Kind: String] {
        [.personalNumber: t(.redactPersonalNumber), .email: t(.redactEmail), .phone: t(.redactPhone)]
    }

    /// The dialogue as the audience gets it: for the school, without internal notes (and the
    /// follow-ups under them) and without the facilitator's reflection.
    public static func shared(_ d: Dialogue, for audience: Audience) -> Dialogue {
        guard audience == .school else { return d }
        var out = d
        let hidden = d.notesHiddenFromSchool
        // Left as they are when none is hidden (a copy of every note of a year otherwise).
        if !hidden.isEmpty { out.notes.removeAll { hidden.contains($0.id) } }
        out.reflection = nil
        out.draft = nil
        return out
    }

    public init(_ dialogue: Dialogue, context raw: Context, redact: Bool) {
        let t = Localizer(raw.language)
        let labels = Self.redactionLabels(t)
        // Every text is masked (when asked) and made safe for a terminal or a text file once,
        // here, so that no format can leak personal data or carry a control character.
        let safe = { (s: String) in ControlCharacters.escaped(redact ? PersonalData.redact(s, labels: labels) : s) }
        let d = Self.shared(dialogue, for: raw.audience).mappingTexts { safe($1) }
        var c = raw
        c.subject = safe(c.subject)
        c.area = c.area.map(safe)
        c.organisation = safe(c.organisation)
        c.address = c.address.map(safe)
        language = c.language
        audience = c.audience
        title = t(c.audience == .administration ? .exportTitleInternal : .exportTitle, ["subject": c.subject])
        internalBanner = c.audience == .administration ? t(.exportInternalBanner) : nil
        internalHeader = c.audience == .administration ? t(.exportInternalHeader) : nil
        emptyText = t(.exportEmptySection)
        subject = c.subject
        dateText = "\(t.at(t.day(of: d), d.startTime)) · \(t(.labelSchoolYear)) \(d.schoolYear.text)"
        internalLabel = t(.internalMark)
        facts = Self.facts(d, c, t)
        actionHeaders = t(.exportActionsTable).components(separatedBy: " | ")
        sections = SectionKind.allCases.enumerated().map { i, s in
            Self.section(s, number: i + 1, of: d, t, today: c.exportedOn)
        }
        reflectionTitle = t(.reflectionLabel)
        reflection =
            d.reflection.map {
                [(t(.fieldPurpose), $0.purposeReached), (t(.fieldTakeForward), $0.takeForward)]
            } ?? []
        footer = t(.exportGenerated, ["date": c.exportedOn.iso])
        figures = FigureTable(c.figures, t).map { table in
            var out = table
            out.rows = table.rows.map { row in
                var r = row
                r.measure = safe(row.measure)
                return r
            }
            return out
        }
    }

    static func facts(_ d: Dialogue, _ c: Context, _ t: Localizer) -> [(String, String)] {
        var facts: [(String, String)] = [
            (t(.labelDate), t.day(of: d)), (t(.labelSchoolYear), d.schoolYear.text),
            (t(.labelLevel), t.level(d.level)), (t(.labelStatus), t.status(d.status)),
        ]
        if let time = d.startTime { facts.insert((t(.labelTime), t.time(time)), at: 1) }
        if let place = d.location(address: c.address) {
            facts.insert((t(.labelPlace), place), at: d.startTime == nil ? 1 : 2)
        }
        if let area = c.area { facts.append((t(.labelArea), area)) }
        facts.append((t(.labelOrganisation), c.organisation))
        let facilitators = d.facilitators.joined(separator: ", ")
        facts.append((t(.labelFacilitators), facilitators.isEmpty ? t(.noneGiven) : facilitators))
        facts.append((t(.labelParticipants), d.participants.isEmpty ? t(.noneGiven) : t.participants(d.participants)))
        return facts
    }

    static func section(_ s: SectionKind, number: Int, of d: Dialogue, _ t: Localizer, today: LocalDate) -> Section {
        // A follow-up under an internal note is internal too.
        var hidden: Set<String> = []
        let notes = d.threaded(in: s).map { note, depth in
            let isInternal = note.internalOnly || note.parentID.map(hidden.contains) == true
            if isInternal { hidden.insert(note.id) }
            return Note(
                id: note.id, depth: depth, kind: note.kind,
                kindLabel: note.kindLabel(t), text: note.text,
                speaker: note.speaker, tags: note.tags, isInternal: isInternal)
        }
        let reviewed =
            s != .results
            ? []
            : (d.reviewedActions ?? []).map { r in
                Reviewed(
                    text: r.text, status: t.actionStatus(r.status), comment: r.comment, isOpen: r.status.isOpen,
                    commentWord: t(.fieldComment))
            }
        let actions =
            s != .forward
            ? []
            : d.actions.map { a in
                Action(
                    text: a.text, owner: a.owner ?? "", due: a.due?.iso ?? "", status: a.statusWords(t, on: today),
                    state: a.status, tags: a.tags,
                    followUps: a.followUps.map { f in
                        "\(f.date.iso) \(t.actionStatus(f.status))" + (f.comment.isEmpty ? "" : ": \(f.comment)")
                    })
            }
        return Section(
            kind: s, number: number, title: "\(number). \(t.section(s))", notes: notes,
            reviewedTitle: t(.reviewedTitle), reviewed: reviewed, actionsTitle: t(.labelActions), actions: actions)
    }
}

extension ExportModel.Reviewed {
    /// "Införa en läsmodell – pågår. Kommentar: Halvvägs."
    public var line: String { "\(text) – \(status)." + (comment.isEmpty ? "" : " \(commentWord): \(comment)") }
}

extension ExportModel.Note {
    /// What goes before the note's text: "Utmaning (Else-Marie Hallqvist): ", "Utmaning: ",
    /// "Else-Marie Hallqvist: ".
    public var lead: String { NoteLead.make(kind: kindLabel, speaker: speaker) }
}
