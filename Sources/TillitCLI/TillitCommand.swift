import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit`: opens the program on the store; `tillit --demo` on a fresh demo store.
public struct TillitCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tillit",
        abstract: "Tillit: run and record quality dialogues (kvalitetsdialoger) with schools.",
        subcommands: [InitCommand.self, SchoolCommand.self, DialogueCommand.self, WheelCommand.self,
                      DoctorCommand.self])

    @OptionGroup public var global: GlobalOptions

    @Flag(name: .long, help: "Open a fresh demo store in a temporary folder.")
    public var demo = false

    public init() {}

    public func run() throws {
        var options = global
        var isDemo = false
        if demo {
            let ctx = try CLIContext(global)
            options.store = try DemoFolder.create(ctx)
            isDemo = true
        }
        let ctx = try CLIContext(options)
        let store = try ctx.open(.read, quiet: true)
        print(Overview(store: store, t: ctx.t, today: ctx.today, isDemo: isDemo).render(), terminator: "")
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
