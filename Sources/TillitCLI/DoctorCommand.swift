import ArgumentParser
import Foundation
import TillitDomain
import TillitShare
import TillitStore

/// `tillit doctor`: checks every file of the store and lists every problem.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the whole store and list every problem (exit status 1 if any).")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Decode every dialogue file, even those whose exact content was checked before.")
    var full = false

    func run() throws {
        let ctx = try CLIContext(global)
        // Every file is read below: opening reads the settings, not the history.
        let store = try ctx.open(.read, quiet: true, scope: .settings)
        let env = ProcessInfo.processInfo.environment
        var report = StoreDoctor.check(store, rescue: RescueFolder(environment: env), full: full)
        store.saveCheckedIfFree(report.checked, before: report.remembered, command: "tillit doctor")
        let shared = ShareDoctor.check(store.root, environment: env)
        report.problems += shared
        if !shared.isEmpty, !report.advice.contains(.share) { report.advice.append(.share) }
        let text = ErrorText(ctx.t)
        defer {
            // Where the program writes down what went wrong, for whoever helps.
            if let log = ctx.log { print(ctx.t(.doctorLog, ["path": log.path])) }
        }
        if report.problems.isEmpty {
            print(
                ctx.t(
                    .doctorOK,
                    ["path": store.root, "files": ctx.t(.countFilesChecked, ["count": String(report.filesChecked)])]))
            return
        }
        print(ctx.t(.doctorProblems, ["count": String(report.problems.count), "path": store.root]))
        for p in report.problems { print("  " + text.problem(p)) }
        if let reason = store.readOnlyReason, reason != .openedForReading {
            print(ctx.t(.doctorReadOnly, ["reason": text.readOnly(reason)]))
        }
        for advice in report.advice {
            switch advice {
            case .restore: print(ctx.t(.doctorHint))
            case .permissions: print(ctx.t(.doctorHintPermissions, ["path": store.root]))
            case .cache: print(ctx.t(.doctorHintCache))
            case .share: print(ctx.t(.doctorHintShare))
            }
        }
        throw ExitCode(1)
    }
}
