import AppRuntime
import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit`: opens the program on the store; `tillit --demo` on a fresh demo store.
public struct TillitCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tillit",
        abstract: "Tillit: run and record quality dialogues (kvalitetsdialoger) with schools.",
        subcommands: [
            InitCommand.self, OpenCommand.self, SchoolCommand.self, DialogueCommand.self, WheelCommand.self,
            ExportCommand.self, SearchCommand.self, ReportCommand.self, TagCommand.self, ActionCommand.self,
            YearCommand.self, FiguresCommand.self, ShareCommand.self, SyncCommand.self,
            DoctorCommand.self,
        ])

    @OptionGroup public var global: GlobalOptions

    @Flag(name: .long, help: "Open a fresh demo store in a temporary folder.")
    public var demo = false

    @Option(name: .long, help: "Theme: default, light, high-contrast, monochrome, or a theme file's path.")
    public var theme: String?

    public init() {}

    /// Runs the command line. `tillit help NAME` for a command that does not exist is an error
    /// (the argument parser would print the general help and succeed).
    public static func runMain() {
        FreedMemory.mapLargeBlocks()
        let args = Array(CommandLine.arguments.dropFirst())
        if args.first == "help", args.count > 1 {
            var command: ParsableCommand.Type = TillitCommand.self
            for name in args.dropFirst() where !name.hasPrefix("-") {
                guard let next = command.configuration.subcommands.first(where: { $0._commandName == name }) else {
                    let env = ProcessInfo.processInfo.environment
                    let t = Localizer(Language.resolve(flag: nil, environment: env))
                    CLIContext.printError(t(.helpUnknownCommand, ["name": name]), t)
                    Foundation.exit(2)
                }
                command = next
            }
        }
        main()
    }

    public func run() throws {
        var options = global
        var isDemo = false
        if demo {
            let ctx = try CLIContext(global)
            options.store = try DemoFolder.create(ctx)
            isDemo = true
        }
        let ctx = try CLIContext(options)
        try ScreenLauncher(ctx: ctx, themeChoice: theme, isDemo: isDemo).run()
    }
}

/// `tillit open ID`: starts the program with that dialogue open.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the program with a dialogue open (an id or a unique start of one).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The dialogue's id or the unique start of it.") var id: String
    @Option(name: .long, help: "Theme: a name or a theme file's path.") var theme: String?
    /// `--theme` is also the root command's option, and the parser may give it to the root.
    @ParentCommand var root: TillitCommand

    func run() throws {
        try ScreenLauncher(ctx: try CLIContext(global), themeChoice: theme ?? root.theme, isDemo: false).run(
            openDialogue: id)
    }
}

/// A new demo store in a fresh temporary folder (0700).
enum DemoFolder {
    static func create(_ ctx: CLIContext) throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/tillit-demo-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ctx.fail(ctx.t(.demoFailed, ["path": base])) }
        let path = String(cString: made)
        do {
            try Store.create(at: path, content: DemoStore.content(today: ctx.today))
        } catch {
            throw ctx.fail(error)
        }
        return path
    }
}
