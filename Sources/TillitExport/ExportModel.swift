import Foundation
import TillitDomain

/// A dialogue prepared for export, in the user's language: what every format writes, in order.
/// Personal data is masked here when asked, so no format can leak it.
public struct ExportModel: Sendable {
    public struct Note: Sendable {
        public var depth: Int
        public var kind: String
        public var text: String
        public var speaker: String?
        public var tags: [String]
        public var isQuestion: Bool
    }

    public struct Section: Sendable {
        public var title: String
        public var notes: [Note]
    }

    public struct Action: Sendable {
        public var text: String
        public var owner: String
        public var due: String
        public var status: String
        public var tags: [String]
    }

    public var title: String
    public var subject: String
    public var facts: [(String, String)]
    public var reviewedTitle: String
    public var reviewed: [String]
    public var sections: [Section]
    public var actionsTitle: String
    public var actionHeaders: [String]
    public var actions: [Action]
    public var reflectionTitle: String
    public var reflection: [(String, String)]
    public var footer: String
    public var language: Language

    /// What a dialogue is about and where it belongs, for the heading.
    public struct Context: Sendable {
        public var subject: String
        public var area: String?
        public var organisation: String
        public var language: Language
        public var exportedOn: LocalDate

        public init(subject: String, area: String?, organisation: String, language: Language, exportedOn: LocalDate) {
            self.subject = subject
            self.area = area
            self.organisation = organisation
            self.language = language
            self.exportedOn = exportedOn
        }
    }

    public static func redactionLabels(_ t: Localizer) -> [PersonalData.Kind: String] {
        [.personalNumber: t(.redactPersonalNumber), .email: t(.redactEmail), .phone: t(.redactPhone)]
    }

    public init(_ dialogue: Dialogue, context raw: Context, redact: Bool) {
        let t = Localizer(raw.language)
        let labels = Self.redactionLabels(t)
        // Every text is masked (when asked) and made safe for a terminal or a text file once,
        // here, so that no format can leak personal data or carry a control character.
        let safe = { (s: String) in ControlCharacters.escaped(redact ? PersonalData.redact(s, labels: labels) : s) }
        let d = dialogue.mappingTexts { safe($1) }
        var c = raw
        c.subject = safe(c.subject)
        c.area = c.area.map(safe)
        c.organisation = safe(c.organisation)
        func clean(_ s: String) -> String { s }
        language = c.language
        title = t(.exportTitle, ["subject": c.subject])
        subject = c.subject
        var facts: [(String, String)] = [
            (t(.labelDate), t.longDate(d.date)), (t(.labelSchoolYear), d.schoolYear.text),
            (t(.labelLevel), t.level(d.level)), (t(.labelStatus), t.status(d.status)),
        ]
        if let area = c.area { facts.append((t(.labelArea), area)) }
        facts.append((t(.labelOrganisation), c.organisation))
        facts.append(
            (
                t(.labelFacilitators),
                d.facilitators.isEmpty ? t(.noneGiven) : clean(d.facilitators.joined(separator: ", "))
            ))
        let people = d.participants.map { p -> String in
            let role = t.role(p.role)
            return role.isEmpty ? p.name : "\(p.name) (\(role))"
        }
        facts.append((t(.labelParticipants), people.isEmpty ? t(.noneGiven) : clean(people.joined(separator: ", "))))
        self.facts = facts
        reviewedTitle = t(.reviewedTitle)
        reviewed = (d.reviewedActions ?? []).map { r in
            clean("\(r.text) → \(t.actionStatus(r.status))" + (r.comment.isEmpty ? "" : ": \(r.comment)"))
        }
        sections = SectionKind.allCases.enumerated().map { i, s in
            Section(
                title: "\(i + 1). \(t.section(s))",
                notes: d.threaded(in: s).map { note, depth in
                    Note(
                        depth: depth, kind: t.noteKind(note.kind), text: clean(note.text),
                        speaker: note.speaker.map(clean),
                        tags: note.tags, isQuestion: note.kind == .question)
                })
        }
        actionsTitle = t(.labelActions)
        actionHeaders = t(.exportActionsTable).components(separatedBy: " | ")
        actions = d.actions.map { a in
            Action(
                text: clean(a.text), owner: clean(a.owner ?? ""), due: a.due?.iso ?? "",
                status: t.actionStatus(a.status),
                tags: a.tags)
        }
        reflectionTitle = t(.reflectionLabel)
        reflection =
            d.reflection.map {
                [(t(.fieldPurpose), clean($0.purposeReached)), (t(.fieldTakeForward), clean($0.takeForward))]
            } ?? []
        footer = t(.exportGenerated, ["date": c.exportedOn.iso])
    }
}
