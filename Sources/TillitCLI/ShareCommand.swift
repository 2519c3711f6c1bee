import AppRuntime
import ArgumentParser
import Foundation
import TillitDomain
import TillitShare
import TillitStore

/// `tillit share ...`: making a store shared through git, and what a merge could not settle.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share", abstract: "Share the store through git with other facilitators.",
        subcommands: [ShareInit.self, ShareClone.self, ShareConflicts.self, ShareResolve.self, ShareMergeFile.self])
}

/// Git's settings and ours, for the git program.
struct ShareContext {
    let ctx: CLIContext
    let config: ConfigFile
    let environment: [String: String]

    init(_ ctx: CLIContext) {
        self.ctx = ctx
        environment = ProcessInfo.processInfo.environment
        config = ConfigFile.load(folder: ConfigFile.folder(environment: environment), t: ctx.t)
    }

    func sync(root: String) -> ShareSync {
        var sync = ShareSync(root: root, driver: ShareFiles.currentProgram(), t: ctx.t, environment: environment)
        sync.fallbackAuthor = config.author
        return sync
    }

    /// Folds every journal (what a crashed screen left) so that it is shared too.
    func foldJournals(_ store: Store) throws {
        for id in store.pendingJournals() {
            do { try store.foldJournal(id) } catch { throw ctx.fail(error) }
        }
    }

    /// Prints what a sync did, in words; fails (exit 1) when something stopped it.
    /// Says what a sync or a share did; `conflicts`, the merge conflicts waiting, when the caller
    /// has the store read already (else it is read here).
    func report(_ r: SyncReport, root: String, json: Bool, conflicts known: Int? = nil) throws {
        let t = ctx.t
        let conflicts =
            known
            ?? {
                let after = try? Store.open(at: root, mode: .read)
                after?.loadEverything()
                return after?.mergeConflicts().count ?? 0
            }()
        if json {
            struct Out: Encodable {
                var report: SyncReport
                var conflicts: Int
            }
            try ctx.printJSON(Out(report: r, conflicts: conflicts))
        } else {
            let words = ChangeWords(root: root, t: t)
            if !r.recovered.isEmpty { ctx.note(t(.syncRecovered, ["what": r.recovered.joined(separator: ", ")])) }
            if !r.sent.isEmpty {
                print(t(.syncSent, ["count": String(r.sent.count)]))
                for line in Self.lines(r.sent, words) { print("  " + line) }
            }
            if !r.received.isEmpty {
                print(t(.syncReceived, ["count": String(r.received.count)]))
                for line in Self.lines(r.received, words) { print("  " + line) }
            }
            for path in r.keptAside { ctx.warn(t(.syncKeptAside, ["path": path])) }
            if conflicts > 0 { ctx.warn(t(.syncConflicts, ["count": String(conflicts)])) }
            if r.problem == nil, r.sent.isEmpty, r.received.isEmpty { print(t(.syncNothing)) }
        }
        if let problem = r.problem {
            ctx.log?.record("tillit sync: \(problem)")
            throw ctx.fail(ErrorText(t).share(problem))
        }
    }
}

extension ShareContext {
    /// Changed files in words, each said once, dialogues first, at most twenty (and how many more).
    static func lines(_ paths: [String], _ words: ChangeWords) -> [String] {
        var out: [String] = []
        for path in paths.sorted(by: {
            ($0.hasPrefix("dialogues/") ? 0 : 1, $0) < ($1.hasPrefix("dialogues/") ? 0 : 1, $1)
        }) {
            let line = words.line(.init(status: "M", path: path))
            if !out.contains(line) { out.append(line) }
        }
        return out.count > 20 ? Array(out.prefix(19)) + [words.t(.syncMore, ["count": String(out.count - 19)])] : out
    }
}

/// `tillit share init REMOTE [--name] [--email]`.
struct ShareInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Share this store through a git remote (a bare repository, ssh://… or https://…).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The remote: a path to a bare repository, ssh://… or https://…") var remote: String
    @Option(name: .long, help: "Your name, for the history of who changed what.") var name: String?
    @Option(name: .long, help: "Your e-mail address, for the same.") var email: String?

    func run() throws {
        let ctx = try CLIContext(global)
        let share = ShareContext(ctx)
        let store = try ctx.openForWriting("tillit share init")
        try share.foldJournals(store)
        let setup = ShareSetup(environment: share.environment, driver: ShareFiles.currentProgram(), t: ctx.t)
        let report = setup.initialise(
            root: store.root, remote: StoreLocation.remote(remote, share.environment),
            author: .init(name: name ?? share.config.name, email: email ?? share.config.email))
        store.close()
        switch report.problem {
        case .noGit?, .alreadyShared?, .remoteNotEmpty?, .git?:
            throw ctx.fail(ErrorText(ctx.t).share(report.problem!))
        default:
            // Shared here even when the remote could not be reached: the first sync sends it.
            print(ctx.t(.shareInitDone, ["remote": remote]))
        }
        try share.report(report, root: store.root, json: false)
    }
}

/// `tillit share clone REMOTE [--store DIR] [--name] [--email]`.
struct ShareClone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone", abstract: "Make your own store from a shared one.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The remote the store is shared through.") var remote: String
    @Option(name: .long, help: "Your name, for the history of who changed what.") var name: String?
    @Option(name: .long, help: "Your e-mail address, for the same.") var email: String?

    func run() throws {
        let ctx = try CLIContext(global)
        let share = ShareContext(ctx)
        let setup = ShareSetup(environment: share.environment, driver: ShareFiles.currentProgram(), t: ctx.t)
        if let problem = setup.clone(
            remote: StoreLocation.remote(remote, share.environment), into: ctx.storePath,
            author: .init(name: name ?? share.config.name, email: email ?? share.config.email))
        {
            throw ctx.fail(ErrorText(ctx.t).share(problem))
        }
        // The index built now, so that the first screen opens at once.
        let store = try ctx.open(.write(command: "tillit share clone"))
        store.loadEverything()
        store.close()
        print(ctx.t(.shareCloned, ["path": ctx.storePath, "count": String(store.dialogues.count)]))
    }
}

/// `tillit share conflicts [--json]`.
struct ShareConflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "What merges could not settle alone, with both values.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.open(.read)
        let conflicts = store.mergeConflicts()
        if json {
            try ctx.printJSON(conflicts.map { ConflictRow($0, store: store, t: ctx.t) })
            return
        }
        if conflicts.isEmpty {
            print(ctx.t(.conflictsNone))
            return
        }
        for c in conflicts {
            let row = ConflictRow(c, store: store, t: ctx.t)
            print("\(row.id)  \(row.file)  \(row.place)")
            print("  " + ctx.t(.conflictKept, ["value": row.kept]))
            print("  " + ctx.t(.conflictOther, ["value": row.other]))
        }
        print(ctx.t(.conflictsHowTo))
    }
}

struct ConflictRow: Encodable {
    var id: String
    var file: String
    var dialogue: String?
    var place: String
    var kept: String
    var other: String

    init(_ c: StoreConflict, store: Store, t: Localizer) {
        id = c.conflict.id
        file = c.file
        dialogue = c.dialogueID
        let d = c.dialogueID.flatMap { try? store.dialogue($0, checkFields: false) }
        var location = t.conflictPlace(c.conflict, schools: store.schools, dialogue: d)
        if let d {
            location =
                store.schools.subject(of: DialogueSummary(d, fingerprint: nil)) + " " + d.date.iso + ": " + location
        }
        place = location
        kept = c.conflict.kept
        other = c.conflict.other
    }
}

/// `tillit share resolve ID [--take-other]`.
struct ShareResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Resolve a merge conflict: keep the value kept, or take the other.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The conflict's id (see tillit share conflicts).") var id: String
    @Flag(name: .long, help: "Take the other computer's value instead of the one kept.") var takeOther = false

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.openForWriting("tillit share resolve")
        let resolved: StoreConflict
        do { resolved = try store.resolveConflict(id, takeOther: takeOther) } catch { throw ctx.fail(error) }
        print(ctx.t(takeOther ? .conflictTookOther : .conflictResolved, ["id": resolved.conflict.id]))
    }
}

/// `tillit share merge-file BASE OURS THEIRS PATH`: git's merge driver for the store's files.
struct ShareMergeFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-file", abstract: "Git's merge driver for the store's files (run by git).",
        shouldDisplay: false)

    @Argument var base: String
    @Argument var ours: String
    @Argument var theirs: String
    @Argument var path: String

    func run() throws {
        let root = FileManager.default.currentDirectoryPath
        let outcome = MergeDriver.run(base: base, ours: ours, theirs: theirs, path: path, root: root)
        if let kept = outcome.keptAside {
            TerminalOutput.error("tillit: \(path) could not be merged; the other version is kept as \(kept)\n")
        }
    }
}
