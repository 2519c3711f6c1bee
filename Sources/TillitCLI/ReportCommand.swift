import ArgumentParser
import Foundation
import TillitDomain
import TillitExport
import TillitStore

/// `tillit report [--year 2025/26] [--area NAME] [--school NAME] --format md|html|docx [-o FILE]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: """
            The quality report's material: every part of the dialogues across schools, areas and the \
            administration, themes with last year's figure, actions whatever their year.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "The school year, e.g. 2025/26 (default: the current one).") var year: String?
    @Option(name: .long, help: "Only this education area (name or id).") var area: String?
    @Option(name: .long, help: "Only this school (name or id).") var school: String?
    @Option(name: .long, help: "md, html or docx (default md).") var format: String = "md"
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
    @Flag(name: .long, help: "Replace the output file if it exists.") var force = false
    @Flag(name: .long, help: "Mask personal identity numbers, e-mail addresses and phone numbers.") var redact = false
    @Flag(name: .long, help: "Include internal notes, marked (for the administration only).") var `internal` = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        guard let fmt = ExportFormat(rawValue: format.lowercased()), [.md, .html, .docx].contains(fmt) else {
            throw ctx.fail(t(.badFormat, ["value": format, "formats": "md, html, docx"]))
        }
        // Before the work: an output file that is there already (without --force) is said at once.
        try ctx.checkOutput(output, force: force, binary: fmt == .docx)
        let store = try ctx.open(.read)
        var schoolYear = SchoolYear(containing: ctx.today, startMonth: store.wheel.schoolYearStartMonth)
        if let year {
            guard let y = SchoolYear(text: year) else { throw ctx.fail(t(.badSchoolYear, ["value": year])) }
            schoolYear = y
        }
        var options = QualityReport.Options(includeInternal: `internal`, redact: redact)
        if let area {
            guard
                let a = store.schools.areas.named(area)
                    ?? store.schools.areas.first(where: { $0.name.lowercased().contains(area.lowercased()) })
            else {
                throw ctx.fail(t(.badArea, ["value": area]))
            }
            options.area = a.id
        }
        if let school { options.school = try ctx.school(school, in: store).id }
        let report = makeReport(store, schoolYear, options, ctx)
        let data = report.render(fmt, language: t.language)
        try ctx.writeOutput(data, to: output, force: force, binary: fmt == .docx)
    }

    /// The report, and what it quotes of personal data said (masked or not). The dialogues it was
    /// made from are let go on return, before the report is written out.
    private func makeReport(
        _ store: Store, _ schoolYear: SchoolYear, _ options: QualityReport.Options, _ ctx: CLIContext
    ) -> QualityReport {
        let t = ctx.t
        let dialogues = store.readForReport(year: schoolYear)
        var input = QualityReport.Input(
            year: schoolYear, organisation: store.schools.organisation.name, areas: store.schools.areas,
            schools: store.schools.schools, dialogues: dialogues, today: ctx.today, language: t.language)
        input.figures = store.figures
        let report = QualityReport(input, options: options)
        // Before anything leaves the program: personal data in what the report quotes.
        if redact {
            var unmasked = options
            unmasked.redact = false
            let masked = QualityReport(input, options: unmasked).personalData.count
            if masked > 0 { ctx.note(t(.exportRedacted, ["count": String(masked)])) }
        } else if case let found = report.personalData, !found.isEmpty {
            ctx.warn(t(.reportFound, ["count": String(found.count)]))
            for f in found {
                let found = t(
                    .exportFoundAt, ["where": t(.reportTitleShort), "kind": t.personalData(f.kind), "text": f.text])
                ctx.note("  " + found)
            }
        }
        return report
    }
}
