import ArgumentParser
import Foundation
import TillitDomain
import TillitExport
import TillitStore

/// `tillit wheel export --format ics [--year 2025/26] [-o FILE]`.
struct WheelExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export the annual wheel (events, phases) and the dialogues as iCalendar (.ics) for calendar programs.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "ics (the only format).") var format: String = "ics"
    @Option(
        name: .long,
        help: "Only this school year, e.g. 2026/27 (default: every year with dialogues, and this year and the next).")
    var year: String?
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
    @Flag(name: .long, help: "Replace the output file if it exists.") var force = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        guard format.lowercased() == "ics" else { throw ctx.fail(t(.badFormat, ["value": format, "formats": "ics"])) }
        var only: SchoolYear?
        if let year {
            guard let y = SchoolYear(text: year) else { throw ctx.fail(t(.badSchoolYear, ["value": year])) }
            only = y
        }
        let store = try ctx.open(.read)
        store.loadEverything()
        let summaries = store.dialogues.filter { d in only.map { $0 == d.schoolYear } ?? true }
        var dialogues = store.readDialogues(summaries.map(\.id))
        // One that cannot be read is still in the calendar, from its summary: on its day, unnamed people.
        let read = Set(dialogues.map(\.id))
        let unread = summaries.filter { !read.contains($0.id) }
        for s in unread {
            var d = Dialogue(
                id: s.id, level: s.level, schoolID: s.schoolID, areaID: s.areaID, date: s.date,
                schoolYear: s.schoolYear, status: s.status, plannedWeek: s.plannedWeek)
            d.startTime = s.startTime
            dialogues.append(d)
        }
        if !unread.isEmpty { ctx.warn(t(.icsUnread, ["count": String(unread.count)])) }
        let calendar = WheelCalendar(wheel: store.wheel, schools: store.schools, dialogues: dialogues, t: t)
        let items = calendar.items(in: only.map { [$0] } ?? calendar.years(today: ctx.today))
        let text = ICalendarExporter.render(
            items,
            calendarName: t(.wheelTitle, ["year": only?.text ?? ""])
                .trimmingCharacters(in: .whitespaces) + " · " + store.schools.organisation.name, stamp: Date())
        try ctx.writeOutput(Data(text.utf8), to: output, force: force)
    }
}
