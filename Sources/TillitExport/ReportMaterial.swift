import Foundation
import TillitDomain

/// The report's dialogues sorted out once: the year's and the year before's by level, the scope
/// (one area, one school), names, and what counts as held. Every part of the report reads this.
struct ReportMaterial {
    let t: Localizer
    let input: QualityReport.Input
    let options: QualityReport.Options
    let onlyArea: Area?
    let onlySchool: School?
    /// The schools the report covers (not archived), in Swedish order.
    let schools: [School]
    /// The areas the report covers.
    let areas: [Area]
    /// The year's dialogues in scope, all levels, every status (internal notes out unless asked).
    let thisYear: [Dialogue]
    /// The year before's, the same way.
    let lastYear: [Dialogue]
    /// Every dialogue read, in scope (for actions whatever their year).
    let all: [Dialogue]

    init(_ input: QualityReport.Input, _ options: QualityReport.Options) {
        t = Localizer(input.language)
        self.input = input
        self.options = options
        let list = SchoolList(
            organisation: Organisation(name: input.organisation), areas: input.areas, schools: input.schools)
        let oneSchool = options.school.flatMap { try? list.findSchool($0) }
        // An area by its id or its name (the command line resolves a name before).
        let oneArea =
            options.area.flatMap { a in list.area(a) ?? input.areas.named(a) }
            ?? oneSchool.flatMap { list.area($0.areaID) }
        onlySchool = oneSchool
        onlyArea = oneArea
        var schools = SwedishOrder.sorted(input.schools.filter { !$0.archived }, by: \.name)
        if let oneSchool { schools = schools.filter { $0.id == oneSchool.id } }
        if let oneArea { schools = schools.filter { $0.areaID == oneArea.id } }
        self.schools = schools
        let areas = input.areas.filter { a in oneArea.map { $0.id == a.id } ?? true }
        self.areas = areas
        let ids = Set(schools.map(\.id))
        let areaIDs = Set(areas.map(\.id))
        let labels = ExportModel.redactionLabels(t)
        let school = options.school != nil
        all = input.dialogues.filter { d in
            switch d.level {
            case .school: return d.schoolID.map(ids.contains) ?? false
            case .area: return !school && (d.areaID.map(areaIDs.contains) ?? false)
            case .organisation: return !school && oneArea == nil
            }
        }.map { d in
            var d = options.includeInternal ? d : ExportModel.shared(d, for: .school)
            if options.includeInternal { d.draft = nil }
            return options.redact ? DialogueExporter.redacted(d, labels: labels) : d
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let all = self.all
        thisYear = all.filter { $0.schoolYear == input.year }
        lastYear = all.filter { $0.schoolYear == input.year.previous }
    }

    /// Dialogues with something said: held (closed) or under way (live) — planned ones have
    /// nothing yet.
    static func hasContent(_ d: Dialogue) -> Bool { d.status == .closed || d.status == .live }

    /// Whether a dialogue was held: closed. A started dialogue is under way, not held.
    static func held(_ d: Dialogue) -> Bool { d.status == .closed }

    func schoolDialogues(_ dialogues: [Dialogue]) -> [Dialogue] {
        dialogues.filter { $0.level == .school && Self.hasContent($0) }
    }

    func name(of d: Dialogue) -> String {
        switch d.level {
        case .school: return schools.first { $0.id == d.schoolID }?.name ?? d.schoolID ?? "?"
        case .area: return input.areas.first { $0.id == d.areaID }?.name ?? d.areaID ?? "?"
        case .organisation: return input.organisation
        }
    }

    /// Where a quote comes from: "Nytorpsskolan, 2025-10-14".
    func source(_ d: Dialogue) -> String { t(.reportSource, ["subject": name(of: d), "date": d.date.iso]) }

    /// A note on one line as the meeting notes write it: its kind when that is not its section's
    /// own, its speaker, its text, internal marked, its tags.
    func quote(_ note: Note) -> String {
        var text = note.lead(t) + String(note.text.map { $0.isNewline ? " " : $0 })
        if note.internalOnly { text += " (\(t(.internalMark)))" }
        if !note.tags.isEmpty { text += " " + note.tags.map { "#" + $0 }.joined(separator: " ") }
        return text
    }

    /// Schools naming each tag in a section, by canonical tag: the first spelling and the schools.
    func themes(_ section: SectionKind, in dialogues: [Dialogue]) -> [(tag: String, schools: Set<String>)] {
        var spelling: [String: String] = [:]
        var bySchool: [String: Set<String>] = [:]
        // Each spelling made canonical once (a year of dialogues writes the same tags many times).
        var canonical: [String: String] = [:]
        for d in schoolDialogues(dialogues) {
            guard let school = d.schoolID else { continue }
            for note in d.notes where note.section == section {
                for raw in note.tags {
                    let key = canonical[raw] ?? Tag.canonical(raw)
                    canonical[raw] = key
                    guard !key.isEmpty else { continue }
                    if spelling[key] == nil { spelling[key] = raw }
                    bySchool[key, default: []].insert(school)
                }
            }
        }
        return bySchool.map { (spelling[$0.key]!, $0.value) }
            .sorted { ($0.schools.count, $1.tag) > ($1.schools.count, $0.tag) }
    }
}
