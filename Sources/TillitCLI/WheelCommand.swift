import ArgumentParser
import TUIKit
import TillitDomain
import TillitStore

/// `tillit wheel ...`: the annual wheel.
struct WheelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wheel", abstract: "The annual wheel (årshjul): show, add, edit and remove events.",
        subcommands: [
            WheelShow.self, WheelAdd.self, WheelEdit.self, WheelRemove.self, WheelPhaseCommand.self, WheelExport.self,
        ])
}

/// `tillit wheel show [--year] [--json]`.
struct WheelShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a school year's phases, events and dialogues.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The school year, e.g. 2025/26 (default: the current one).")
    var year: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    struct Output: Encodable {
        struct Item: Encodable {
            var when: WheelWhen
            var kind: WheelEventKind
            var title: String
            var eventID: String?
            var dialogueID: String?
            var schoolID: String?
            var status: DialogueStatus?
        }
        var schoolYear: SchoolYear
        var schoolYearStartMonth: Int
        var phases: [WheelPhase]
        var items: [Item]
    }

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.open(.read)
        let startMonth = store.wheel.schoolYearStartMonth
        var schoolYear = SchoolYear(containing: ctx.today, startMonth: startMonth)
        if let year {
            guard let y = SchoolYear(text: year) else { throw ctx.fail(ctx.t(.badSchoolYear, ["value": year])) }
            schoolYear = y
        }
        let items = WheelItem.items(wheel: store.wheel, dialogues: store.dialogues, in: schoolYear)
        let naming = DialogueNaming(store: store)
        if json {
            try ctx.printJSON(
                Output(
                    schoolYear: schoolYear, schoolYearStartMonth: startMonth, phases: store.wheel.phases,
                    items: items.map { i in
                        Output.Item(
                            when: i.when, kind: i.kind, title: i.event?.title ?? i.dialogue.map(naming.subject) ?? "",
                            eventID: i.event?.id, dialogueID: i.event?.dialogueID ?? i.dialogue?.id,
                            schoolID: i.event?.schoolID ?? i.dialogue?.schoolID, status: i.dialogue?.status)
                    }))
            return
        }
        let t = ctx.t
        print(t(.wheelTitle, ["year": schoolYear.text]))
        print("")
        print(t(.wheelPhases))
        for phase in store.wheel.phases {
            print(
                "  "
                    + DisplayWidth.pad(
                        t(
                            .wheelMonths,
                            [
                                "from": t.text("month.\(phase.startMonth)"),
                                "to": t.text("month.\(phase.endMonth)"),
                            ]), to: 22) + phase.name)
        }
        print("")
        print(t(.wheelEvents))
        let lines = WheelListing(store: store, t: t).items(in: schoolYear)
        if lines.isEmpty { print("  " + t(.wheelNoEvents)) }
        var month = 0
        for line in lines {
            let m = line.when.firstDay.month
            if m != month {
                month = m
                print("  " + t.text("month.\(m)").capitalizedFirst)
            }
            print(
                "    " + DisplayWidth.pad(t.when(line.when), to: 20) + " "
                    + DisplayWidth.pad(t.eventKind(line.kind), to: 18) + " "
                    + DisplayWidth.pad(line.title, to: 46) + " " + line.id)
        }
    }
}
