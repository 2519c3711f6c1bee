import ArgumentParser
import Foundation
import TillitDomain
import TillitExport
import TillitStore

/// `tillit export ID --format md|html|txt|json|docx [-o FILE] [--redact] [--internal]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a dialogue's meeting notes (Markdown, HTML, text, JSON or DOCX), warning of personal data.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The dialogue's id or the unique start of it.") var id: String
    @Option(name: .long, help: "md, html, txt, json or docx (default md).") var format: String = "md"
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
    @Flag(name: .long, help: "Mask personal identity numbers, e-mail addresses and phone numbers.") var redact = false
    @Flag(name: .long, help: "Replace the output file if it exists.") var force = false
    @Flag(
        name: .long,
        help:
            "Include internal notes and the facilitator's reflection, marked (for the administration, not the school)."
    ) var `internal` = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        guard let fmt = ExportFormat(rawValue: format.lowercased()) else {
            throw ctx.fail(
                t(
                    .badFormat,
                    ["value": format, "formats": ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        // One dialogue: the current school year's index and its file, not every year's index.
        let store = try ctx.open(.read, scope: .firstScreen(today: ctx.today))
        let dialogue = try ctx.dialogue(id, in: store)
        let summary = DialogueSummary(dialogue, fingerprint: nil)
        var context = ExportModel.Context(
            subject: DialogueNaming(store: store).subject(summary),
            area: dialogue.areaID.flatMap { store.area($0)?.name },
            organisation: store.schools.organisation.name, language: t.language, exportedOn: ctx.today,
            audience: `internal` ? .administration : .school,
            address: dialogue.schoolID.flatMap { store.school($0)?.address })
        context.figures = store.figureTrends(for: dialogue)
        // Before anything leaves the program: personal data, where it stands.
        let found = DialogueExporter.personalData(in: dialogue, t: t, format: fmt, audience: context.audience)
        if !found.isEmpty {
            if redact {
                TerminalOutput.error(t(.exportRedacted, ["count": String(found.count)]) + "\n")
            } else {
                ctx.warn(t(.exportFound, ["count": String(found.count)]))
                for (place, f) in found {
                    TerminalOutput.error(
                        "  "
                            + t(
                                .exportFoundAt,
                                [
                                    "where": place, "kind": t.personalData(f.kind), "text": f.text,
                                ]) + "\n")
                }
            }
        }
        let data: Data
        do {
            data = try DialogueExporter.export(dialogue, context: context, format: fmt, redact: redact)
        } catch {
            throw ctx.fail(String(describing: error))
        }
        // Meeting notes can hold personal data: a file is private (0600) like the store.
        try ctx.writeOutput(data, to: output, force: force, binary: fmt == .docx)
    }
}
