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
    /// The themes of the year's school dialogues and of the year before's.
    let thisYearsThemes: ReportThemes
    let lastYearsThemes: ReportThemes
    /// Names by school id and by area id (a year's report names thousands of dialogues).
    private let schoolNames: [String: String]
    private let areaNames: [String: String]

    init(_ input: QualityReport.Input, _ options: QualityReport.Options) {
        t = Localizer(input.language)
        // The dialogues are kept as `all` says them, not twice.
        var kept = input
        kept.dialogues = []
        self.input = kept
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
        // Sorted as places (a report of many years reads thousands), then each made ready.
        let read = input.dialogues
        all = read.indices.filter { i in
            switch read[i].level {
            case .school: return read[i].schoolID.map(ids.contains) ?? false
            case .area: return !school && (read[i].areaID.map(areaIDs.contains) ?? false)
            case .organisation: return !school && oneArea == nil
            }
        }
        .sorted { (read[$0].date, read[$0].id) < (read[$1].date, read[$1].id) }
        .map { i in
            var d = options.includeInternal ? read[i] : ExportModel.shared(read[i], for: .school)
            if options.includeInternal { d.draft = nil }
            return options.redact ? DialogueExporter.redacted(d, labels: labels) : d
        }
        let all = self.all
        thisYear = all.filter { $0.schoolYear == input.year }
        lastYear = all.filter { $0.schoolYear == input.year.previous }
        thisYearsThemes = ReportThemes(thisYear)
        lastYearsThemes = ReportThemes(lastYear)
        schoolNames = Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        areaNames = Dictionary(input.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Dialogues with something said: held (closed) or under way (live) — planned ones have
    /// nothing yet.
    static func hasContent(_ d: Dialogue) -> Bool { d.status == .closed || d.status == .live }

    /// Whether a dialogue was held: closed. A started dialogue is under way, not held.
    static func held(_ d: Dialogue) -> Bool { d.status == .closed }

    func name(of d: Dialogue) -> String {
        switch d.level {
        case .school: return d.schoolID.flatMap { schoolNames[$0] } ?? d.schoolID ?? "?"
        case .area: return d.areaID.flatMap { areaNames[$0] } ?? d.areaID ?? "?"
        case .organisation: return input.organisation
        }
    }

    /// Where a quote comes from: "Nytorpsskolan, 2025-10-14".
    func source(_ d: Dialogue) -> String { t(.reportSource, ["subject": name(of: d), "date": d.date.iso]) }

    /// A note on one line as the meeting notes write it: its kind when that is not its section's
    /// own, its speaker, its text, internal marked, its tags.
    func quote(_ note: Note) -> String {
        let lead = note.lead(t)
        let body = OneLine.text(note.text)
        let mark = note.internalOnly ? " (\(t(.internalMark)))" : ""
        // Made in room taken once: a year's quotes are tens of megabytes, and appending would
        // leave many of them in twice the room they need.
        var text = ""
        text.reserveCapacity(
            lead.utf8.count + body.utf8.count + mark.utf8.count + note.tags.reduce(0) { $0 + $1.utf8.count + 2 })
        text += lead
        text += body
        text += mark
        for tag in note.tags {
            text += " #"
            text += tag
        }
        return text
    }
}
