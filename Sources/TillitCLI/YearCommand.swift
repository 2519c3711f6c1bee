import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit year plan 2027/28 [--dry-run]`: the coming school year's dialogues in one step.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: "The yearly cycle: plan a new school year's dialogues.",
        subcommands: [YearPlanCommand.self])
}

struct YearPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: """
            Plan every active school's dialogue (and the area and organisation dialogues) for a school year, \\
            in the weeks they had the year before, no facilitator twice on one day.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The school year to plan, e.g. 2027/28.") var year: String
    @Flag(name: .long, help: "Show the plan and save nothing.") var dryRun = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        guard let target = SchoolYear(text: year) else { throw ctx.fail(t(.badSchoolYear, ["value": year])) }
        let store = dryRun ? try ctx.open(.read) : try ctx.openForWriting("tillit year plan")
        defer { store.close() }
        let plan = YearPlanning.plan(target, store: store, today: ctx.today)
        let naming = DialogueNaming(store: store)
        if plan.entries.isEmpty {
            print(t(.yearPlanNothing, ["year": target.text]))
            return
        }
        for e in plan.entries {
            let summary = DialogueSummary(e.dialogue, fingerprint: nil)
            print(
                t(
                    .yearPlanLine,
                    [
                        "when": t.when(e.dialogue.when), "subject": naming.subject(summary),
                        "facilitators": e.dialogue.facilitators.joined(separator: ", "),
                    ]))
        }
        if dryRun {
            print(t(.yearPlanDryRun))
            return
        }
        for e in plan.entries {
            do { try store.saveDialogue(e.dialogue) } catch { throw ctx.fail(error) }
        }
        print(t(.yearPlanDone, ["count": String(plan.entries.count), "year": target.text]))
    }
}
