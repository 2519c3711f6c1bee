import AppRuntime
import ArgumentParser
import Foundation
import TillitDomain
import TillitShare
import TillitStore

/// `tillit sync [--status] [--json]`: shares local changes and takes in the others'.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share your changes and take in the other facilitators' (commit, fetch, merge, push).")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Only say what is not yet shared and whether the remote has news.") var status = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext(global)
        let share = ShareContext(ctx)
        if status {
            let store = try ctx.open(.read, quiet: true)
            guard ShareSync.isShared(store.root) else { throw ctx.fail(ErrorText(ctx.t).share(.notShared)) }
            let s = share.sync(root: store.root).status()
            try printStatus(s, ctx: ctx, root: store.root)
            return
        }
        let store = try ctx.openForWriting("tillit sync")
        guard ShareSync.isShared(store.root) else { throw ctx.fail(ErrorText(ctx.t).share(.notShared)) }
        try share.foldJournals(store)
        let report = share.sync(root: store.root).run()
        // Read again with the lock still held: the index is brought up to date for what came in.
        // Nothing came in: the store as read (and as the journals were folded into it) is the store.
        var conflicts = store.conflictCount
        if !report.received.isEmpty || !report.keptAside.isEmpty {
            let after = store.reopened()
            after.loadEverything()
            conflicts = after.conflictCount
            after.close()
        } else {
            store.close()
        }
        try share.report(report, root: store.root, json: json, conflicts: conflicts)
    }

    func printStatus(_ s: ShareStatus, ctx: CLIContext, root: String) throws {
        let t = ctx.t
        if json {
            try ctx.printJSON(s)
        } else {
            print(t(.syncStatusRemote, ["remote": s.remote]))
            if s.notShared.isEmpty {
                print(t(.syncStatusAllShared))
            } else {
                print(t(.syncStatusNotShared, ["count": String(s.notShared.count)]))
                for line in ShareContext.lines(s.notShared, ChangeWords(root: root, t: t)) { print("  " + line) }
            }
            switch s.remoteHasNews {
            case true?: print(t(.syncStatusNews))
            case false?: print(t(.syncStatusNoNews))
            case nil: break
            }
        }
        if let problem = s.problem { throw ctx.fail(ErrorText(t).share(problem)) }
    }
}
