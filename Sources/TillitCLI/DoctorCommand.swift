import ArgumentParser
import TillitDomain
import TillitStore

/// `tillit doctor`: checks every file of the store and lists every problem.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the whole store and list every problem (exit status 1 if any).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.open(.read, quiet: true)
        let report = StoreDoctor.check(store)
        let text = ErrorText(ctx.t)
        if report.problems.isEmpty {
            print(ctx.t(.doctorOK, ["path": store.root, "files": String(report.filesChecked)]))
            return
        }
        print(ctx.t(.doctorProblems, ["count": String(report.problems.count), "path": store.root]))
        for p in report.problems { print("  " + text.problem(p)) }
        if let reason = store.readOnlyReason, reason != .openedForReading {
            print(ctx.t(.doctorReadOnly, ["reason": text.readOnly(reason)]))
        }
        print(ctx.t(.doctorHint))
        throw ExitCode(1)
    }
}
