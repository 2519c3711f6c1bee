import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit wheel phase ...`: the phases of the quality work over the school year.
struct WheelPhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase", abstract: "List, add, change and remove the wheel's phases.",
        subcommands: [PhaseList.self, PhaseAdd.self, PhaseEdit.self, PhaseRemove.self])

    /// A month as a number (1–12) or by its name in either language ("sep", "september").
    static func month(_ text: String, _ ctx: CLIContext) throws -> Int {
        if let n = Int(text), (1...12).contains(n) { return n }
        let q = text.lowercased()
        for language in Language.allCases {
            let t = Localizer(language)
            if let m = (1...12).first(where: { t.monthName($0).lowercased().hasPrefix(q) && q.count >= 3 }) { return m }
        }
        throw ctx.fail(Refusal.badMonth(text))
    }

    static func describe(_ p: WheelPhase, _ t: Localizer) -> [String: String] {
        ["name": p.name, "from": t.monthName(p.startMonth), "to": t.monthName(p.endMonth)]
    }
}

/// `tillit wheel phase list [--json]`.
struct PhaseList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The phases, in order.")
    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.open(.read)
        if json {
            try ctx.printJSON(store.wheel.phases)
            return
        }
        let t = ctx.t
        var table = TextTable([t(.columnPhase), t(.columnMonths), t(.columnColour), t(.columnID)])
        for (i, p) in store.wheel.phases.enumerated() {
            table.add([
                p.name, "\(t.monthName(p.startMonth))–\(t.monthName(p.endMonth))",
                t(.phaseColour, ["colour": String(store.wheel.colour(ofPhaseAt: i))]), p.id,
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// `tillit wheel phase add --name N --from MONTH --to MONTH [--colour 1-5]`.
struct PhaseAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a phase.")
    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "The phase's name.") var name: String
    @Option(name: .long, help: "Its first month (1–12 or a name).") var from: String
    @Option(name: .long, help: "Its last month (it may run past December).") var to: String
    @Option(name: .long, help: "One of the theme's five phase colours, 1–5.") var colour: Int?

    func run() throws {
        let ctx = try CLIContext(global)
        let start = try WheelPhaseCommand.month(from, ctx)
        let end = try WheelPhaseCommand.month(to, ctx)
        let store = try ctx.openForWriting("tillit wheel phase add")
        var wheel = store.wheel
        let phase: WheelPhase
        do { phase = try wheel.addPhase(name: name, from: start, to: end, colour: colour) } catch {
            throw ctx.fail(error)
        }
        do { try store.saveWheel(wheel) } catch { throw ctx.fail(error) }
        print(ctx.t(.phaseAdded, values: WheelPhaseCommand.describe(phase, ctx.t)))
    }
}

/// `tillit wheel phase edit ID|NAME [--name] [--from] [--to] [--colour]`.
struct PhaseEdit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a phase.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The phase's id or name.") var phase: String
    @Option(name: .long, help: "A new name.") var name: String?
    @Option(name: .long, help: "Its first month.") var from: String?
    @Option(name: .long, help: "Its last month.") var to: String?
    @Option(name: .long, help: "One of the theme's five phase colours, 1–5.") var colour: Int?

    func run() throws {
        let ctx = try CLIContext(global)
        let start = try from.map { try WheelPhaseCommand.month($0, ctx) }
        let end = try to.map { try WheelPhaseCommand.month($0, ctx) }
        let store = try ctx.openForWriting("tillit wheel phase edit")
        var wheel = store.wheel
        let edited: WheelPhase
        do {
            edited = try wheel.editPhase(phase, name: name, from: start, to: end, colour: colour.map { .some($0) })
        } catch {
            throw ctx.fail(error)
        }
        do { try store.saveWheel(wheel) } catch { throw ctx.fail(error) }
        print(ctx.t(.phaseUpdated, values: WheelPhaseCommand.describe(edited, ctx.t)))
    }
}

/// `tillit wheel phase remove ID|NAME`.
struct PhaseRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a phase.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The phase's id or name.") var phase: String

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.openForWriting("tillit wheel phase remove")
        var wheel = store.wheel
        let removed: WheelPhase
        do { removed = try wheel.removePhase(phase) } catch { throw ctx.fail(error) }
        do { try store.saveWheel(wheel) } catch { throw ctx.fail(error) }
        print(ctx.t(.phaseRemoved, ["name": removed.name]))
    }
}
