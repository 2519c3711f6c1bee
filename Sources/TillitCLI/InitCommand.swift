import ArgumentParser
import TillitDomain
import TillitStore

/// `tillit init [--demo]`: creates a store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a store (empty, or with the demo data).")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("demo"), help: "Fill the new store with the demo data.")
    var demoFlag = false

    /// `--demo` is also the root command's flag, and the parser gives it to the root.
    @ParentCommand var root: TillitCommand

    var demo: Bool { demoFlag || root.demo }

    @Option(name: .long, help: "The organisation's name (for an empty store).")
    var organisation: String?

    func run() throws {
        let ctx = try CLIContext(global)
        let content =
            demo
            ? DemoStore.content(today: ctx.today)
            : StoreContent(
                schools: SchoolList(organisation: Organisation(name: organisation ?? ctx.t(.initOrganisationDefault))),
                wheel: Wheel())
        do {
            try Store.create(at: ctx.storePath, content: content)
        } catch {
            throw ctx.fail(error)
        }
        print(ctx.t(demo ? .initCreatedDemo : .initCreated, ["path": ctx.storePath]))
    }
}
