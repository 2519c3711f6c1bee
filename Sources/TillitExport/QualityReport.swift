import Foundation
import TillitDomain

/// The material for the yearly quality report: for the organisation and for each education area,
/// the strengths and the development needs grouped by tag across schools ("7 of 12 schools name
/// läsförståelse") with short quotes naming school and dialogue; actions by status and the overdue
/// ones; the schools with no dialogue this school year.
public struct QualityReport: Sendable {
    public struct Input: Sendable {
        public var year: SchoolYear
        public var organisation: String
        public var areas: [Area]
        public var schools: [School]
        public var dialogues: [Dialogue]
        public var today: LocalDate
        public var language: Language

        public init(
            year: SchoolYear, organisation: String, areas: [Area], schools: [School], dialogues: [Dialogue],
            today: LocalDate, language: Language
        ) {
            self.year = year
            self.organisation = organisation
            self.areas = areas
            self.schools = schools
            self.dialogues = dialogues
            self.today = today
            self.language = language
        }
    }

    public let title: String
    public let blocks: [DocumentBlock]

    /// `redact`: personal data is masked in everything the report quotes (before quotes are cut
    /// short, so that no half of a number is left).
    public init(_ raw: Input, onlyArea: String? = nil, redact: Bool = false) {
        let t = Localizer(raw.language)
        var input = raw
        if redact {
            let labels = ExportModel.redactionLabels(t)
            input.dialogues = raw.dialogues.map { DialogueExporter.redacted($0, labels: labels) }
        }
        title = t(.reportTitle, ["year": input.year.text])
        var blocks: [DocumentBlock] = [.heading(1, title)]
        let held = input.dialogues.filter {
            $0.schoolYear == input.year && $0.status != .planned && $0.level == .school
        }
        let active = input.schools.filter { !$0.archived }
        var scopes: [(String, [School])] = []
        if onlyArea == nil { scopes.append((t(.reportScopeAll, ["organisation": input.organisation]), active)) }
        for area in input.areas where onlyArea == nil || area.id == onlyArea {
            let schools = active.filter { $0.areaID == area.id }
            if !schools.isEmpty { scopes.append((area.name + (area.head.map { " (\($0))" } ?? ""), schools)) }
        }
        for (name, schools) in scopes {
            let ids = Set(schools.map(\.id))
            let dialogues = held.filter { $0.schoolID.map(ids.contains) ?? false }
            blocks.append(.heading(2, name))
            blocks.append(
                .paragraph(
                    t(
                        .reportDialogues,
                        [
                            "dialogues": t(.countDialoguesHeld, ["count": String(dialogues.count)]),
                            "schools": String(Set(dialogues.compactMap(\.schoolID)).count),
                            "total": String(schools.count),
                        ])))
            blocks.append(.heading(3, t(.reportStrengths)))
            blocks += Self.themes(dialogues, schools: schools, t: t, keep: Self.isStrength)
            blocks.append(.heading(3, t(.reportNeeds)))
            blocks += Self.themes(dialogues, schools: schools, t: t, keep: Self.isNeed)
            // Actions: created in the year's dialogues, by status; overdue ones named.
            let actions = dialogues.flatMap { d in d.actions.map { (d, $0) } }
            blocks.append(.heading(3, t(.reportActions)))
            blocks.append(
                .table(
                    [t(.fieldStatus), t(.columnActions)],
                    ActionStatus.allCases.map { s in
                        [t.actionStatus(s), String(actions.filter { $0.1.status == s }.count)]
                    }))
            let overdue = actions.filter { $0.1.isOverdue(on: input.today) }
            blocks.append(.paragraph(t(.reportOverdue) + ":"))
            if overdue.isEmpty {
                blocks.append(.paragraph(t(.reportNoOverdue)))
            } else {
                blocks.append(
                    .bullets(
                        overdue.map { d, a in
                            let school = input.schools.first { $0.id == d.schoolID }?.name ?? ""
                            return "\(a.text) (\(school), \(a.owner ?? "–"), \(a.due?.iso ?? ""))"
                        }))
            }
            let without = schools.filter { s in !dialogues.contains { $0.schoolID == s.id } }.map(\.name)
                .sorted(by: SwedishOrder.less)
            blocks.append(.heading(3, t(.reportWithout)))
            blocks.append(without.isEmpty ? .paragraph(t(.reportEveryone)) : .bullets(without))
        }
        // Nothing from the data can steer a terminal or break a document.
        self.blocks = blocks.map { $0.mappingTexts(ControlCharacters.escaped) }
    }

    /// Personal data in what the report says, as it would leave the program.
    public var personalData: [PersonalData.Finding] {
        blocks.flatMap(\.texts).flatMap { PersonalData.find(in: $0) }
    }

    /// A note the report counts as a strength, or as a development need.
    static func isStrength(_ n: Note) -> Bool { n.section == .strengths || n.kind == .strength }
    static func isNeed(_ n: Note) -> Bool { n.section == .needs || n.kind == .challenge }

    /// What the report uses of a dialogue: its tagged strengths and needs (they make the themes)
    /// and its actions; the other notes are left out. Reading a year through this keeps memory low.
    public static func material(_ d: Dialogue) -> Dialogue {
        var m = d
        m.notes = d.notes.filter { !$0.tags.isEmpty && (isStrength($0) || isNeed($0)) }
        m.participants = []
        return m
    }

    /// Notes picked by `keep`, grouped by tag: how many schools name each, and up to three quotes.
    static func themes(_ dialogues: [Dialogue], schools: [School], t: Localizer, keep: (Note) -> Bool)
        -> [DocumentBlock]
    {
        var bySchool: [String: Set<String>] = [:]
        var quotes: [String: [String]] = [:]
        let names = Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for d in dialogues.sorted(by: { $0.date > $1.date }) {
            let school = d.schoolID.flatMap { names[$0] } ?? ""
            for note in d.notes where !note.tags.isEmpty && keep(note) {
                for tag in note.tags {
                    bySchool[tag, default: []].insert(school)
                    // Only the first three quotes of a theme are shown: only they are put into words.
                    guard (quotes[tag]?.count ?? 0) < 3 else { continue }
                    var text = String(note.text.map { $0.isNewline ? " " : $0 })
                    if text.count > 140 { text = String(text.prefix(139)) + "…" }
                    quotes[tag, default: []].append(
                        t(.reportQuote, ["text": text, "school": school, "date": d.date.iso]))
                }
            }
        }
        guard !bySchool.isEmpty else { return [.paragraph(t(.reportNoThemes))] }
        var out: [DocumentBlock] = []
        for (tag, names) in bySchool.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            out.append(
                .paragraph(t(.reportTheme, ["count": String(names.count), "total": String(schools.count), "tag": tag])))
            out.append(.quotes((quotes[tag] ?? []).map { DocumentBlock.Quote($0, source: "") }))
        }
        return out
    }

    public func render(_ format: ExportFormat, language: Language) -> Data {
        switch format {
        case .html: return Data(BlockRenderer.html(blocks, title: title, language: language.rawValue).utf8)
        case .docx: return DocxExporter.blocks(blocks, language: language == .sv ? "sv-SE" : "en-GB")
        default: return Data(BlockRenderer.markdown(blocks).utf8)
        }
    }
}
