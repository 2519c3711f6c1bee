import ArgumentParser
import Foundation
import TillitDomain
import TillitExport
import TillitStore

/// `tillit wheel export --format ics [--year 2025/26] [-o FILE]`.
struct WheelExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the annual wheel and the dialogues as iCalendar (.ics) for calendar programs.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "ics (the only format).") var format: String = "ics"
    @Option(name: .long, help: "Only this school year, e.g. 2026/27 (default: every year).") var year: String?
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
        let start = store.wheel.schoolYearStartMonth
        let naming = DialogueNaming(store: store)
        var items: [ICalendarExporter.Item] = []
        for e in store.wheel.events where only.map({ $0.contains(e.when.firstDay, startMonth: start) }) ?? true {
            items.append(
                .init(
                    uid: "\(e.id)@tillit", summary: e.title, when: e.when, category: t.eventKind(e.kind),
                    description: e.schoolID.flatMap { store.school($0)?.name }))
        }
        for d in store.dialogues where only.map({ $0.contains(d.date, startMonth: start) }) ?? true {
            items.append(
                .init(
                    uid: "dialogue-\(d.id)@tillit",
                    summary: "\(t.eventKind(.dialogue).capitalizedFirst): \(naming.subject(d))", when: d.when,
                    category: t.eventKind(.dialogue), description: t.status(d.status)))
        }
        items.sort { ($0.when, $0.uid) < ($1.when, $1.uid) }
        let text = ICalendarExporter.render(
            items,
            calendarName: t(.wheelTitle, ["year": only?.text ?? ""])
                .trimmingCharacters(in: .whitespaces) + " · " + store.schools.organisation.name, stamp: Date())
        try ctx.writeOutput(Data(text.utf8), to: output, force: force)
    }
}
