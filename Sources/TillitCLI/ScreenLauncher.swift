import AppCore
import AppRuntime
import ArgumentParser
import CursesBackend
import Foundation
import TUIKit
import TillitDomain
import TillitShare
import TillitStore

/// Starts the full-screen program on a store: takes the write lock if it can (else opens
/// read-only and says why), starts ncurses, runs until the user quits, restores the terminal.
struct ScreenLauncher {
    let ctx: CLIContext
    let themeChoice: String?
    let isDemo: Bool

    func run(openDialogue: String? = nil) throws {
        let env = ProcessInfo.processInfo.environment
        let t = ctx.t
        // Not a terminal (a pipe, a script): print the overview instead of drawing a screen.
        guard isatty(0) == 1, isatty(1) == 1 else {
            let store = try ctx.open(.read, quiet: true)
            if let openDialogue {
                let id: String
                do { id = try store.resolveDialogue(openDialogue) } catch { throw ctx.fail(error) }
                print(DialogueText(store: store, t: t, today: ctx.today).render(try store.dialogue(id)), terminator: "")
            } else {
                print(Overview(store: store, t: t, today: ctx.today, isDemo: isDemo).render(), terminator: "")
            }
            return
        }
        var readOnly: ReadOnlyReason?
        let store: Store
        do {
            // Only what the first screen shows is read now; the rest follows once it is up.
            store = try Store.open(
                at: ctx.storePath, mode: .write(command: "tillit"),
                scope: openDialogue == nil ? .firstScreen(today: ctx.today) : .everything)
        } catch .inUse(let holder) {
            store = try ctx.open(
                .read, quiet: true, scope: openDialogue == nil ? .firstScreen(today: ctx.today) : .everything)
            readOnly = .inUse(holder)
        } catch {
            throw ctx.fail(error)
        }
        var effectsToClose: EffectRunner?
        defer { effectsToClose?.close() ?? store.close() }
        var openID: String?
        if let openDialogue {
            do { openID = try store.resolveDialogue(openDialogue) } catch { throw ctx.fail(error) }
        }
        // After a crash: fold every journal that still holds changes into its dialogue, say so,
        // and open the live dialogue again (with the note that was being written); then fold in
        // emergency copies of changes that never reached the store.
        let log = EventLog.standard(environment: env)
        let (recoveredNotice, reopen) = Recovering(store: store, t: t, rescue: RescueFolder(environment: env), log: log)
            .run()
        // A dialogue to reopen from an earlier school year: read the whole history first.
        if let reopen, !store.dialogues.contains(where: { $0.id == reopen }) { store.loadEverything() }
        let configFolder = ConfigFile.folder(environment: env)
        let config = ConfigFile.load(folder: configFolder, t: t)
        var notices = config.problems.map { StatusMessage($0, kind: .warning) }
        let (theme, themeNotice) = ThemeLoader.load(themeChoice ?? config.theme, configFolder: configFolder, t: t)
        if let themeNotice { notices.append(themeNotice) }
        if !store.problems.isEmpty {
            notices.append(StatusMessage(t(.overviewProblems, ["count": String(store.problems.count)]), kind: .warning))
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(
                term: env["TERM"], theme: theme, monochrome: Theme.builtin("monochrome")!,
                noColor: !(env["NO_COLOR"] ?? "").isEmpty)
        } catch {
            switch error {
            case .noTerm: throw ctx.fail(t(.termMissing), code: 2)
            case .unknownTerm(let term): throw ctx.fail(t(.termUnknown, ["term": term]), code: 2)
            case .cannotDraw(let term): throw ctx.fail(t(.termCannotDraw, ["term": term]), code: 2)
            case .noTerminfo: throw ctx.fail(t(.termNoTerminfo), code: 2)
            case .failed(let term): throw ctx.fail(t(.termStartFailed, ["term": term]), code: 2)
            }
        }
        defer { terminal.stop() }
        var state = AppState(
            language: t.language, today: ctx.today, size: terminal.size,
            data: StoreSnapshot.data(store, readOnly: readOnly))
        if let note = recoveredNotice ?? notices.first { state.status = note }
        // A shared store syncs in the background when asked (S), or on opening and closing.
        let sharing =
            readOnly == nil && store.isWritable
            ? SharingRunner.forStore(store.root, t: t, environment: env, fallbackAuthor: config.author) : nil
        state.sharing = SharingState(shared: sharing != nil)
        let effects = EffectRunner(
            store: store, readOnly: readOnly, rescue: RescueFolder(environment: env), log: log, sharing: sharing)
        effectsToClose = effects
        let runner = AppRunner(
            state: state, terminal: terminal, effects: effects,
            env: AppEnvironment(makeID: { UUID().uuidString.lowercased() }, today: { LocalDate(Date()) }))
        if let openID {
            runner.open(dialogue: openID)
        } else if let reopen {
            runner.open(dialogue: reopen, intent: .resumeDraft)
        }
        if sharing != nil {
            effects.countNotShared()
            if config.syncAutomatically { runner.dispatch(.syncRequested) }
        }
        runner.run()
        terminal.stop()
        // Closing: everything is in its file by now; shared before the lock goes.
        if sharing != nil, config.syncAutomatically, runner.ending == nil {
            var sync = ShareSync(root: store.root, driver: ShareFiles.currentProgram(), t: t, environment: env)
            sync.fallbackAuthor = config.author
            TerminalOutput.error(t(.syncRunning) + "\n")
            let report = sync.run()
            if let problem = report.problem {
                TerminalOutput.error(ErrorText(t).share(problem) + "\n")
            } else {
                TerminalOutput.error(
                    t(
                        .syncDone,
                        [
                            "sent": t(.syncSentCount, ["count": String(report.sent.count)]),
                            "received": t(.syncReceivedCount, ["count": String(report.received.count)]),
                        ]) + "\n")
            }
        }
        switch runner.ending {
        case .rescued(let report)?:
            TerminalOutput.error(
                t(.rescueWritten, ["count": String(report.count), "path": report.paths.joined(separator: ", ")]) + "\n")
        case .lost(let error, let json)?:
            TerminalOutput.error(t(.rescueFailed, ["reason": ErrorText(t).store(error)]) + "\n" + json)
        case nil:
            break
        }
    }
}
