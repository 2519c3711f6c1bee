import AppCore
import AppRuntime
import AppUI
import Foundation
import TUIKit
import TestSupport
import TillitDomain
import TillitShare
import TillitStore

/// Sharing at full size: `tillit sync` of a one-dialogue change beside plain `git commit`, `git
/// pull` and `git push` of the same kind of change (the yardstick), a fresh clone to its first
/// frame, and keystrokes in a live dialogue while syncs run.
enum ShareBench {
    static func run(_ root: String, runs: Int, today: LocalDate) throws -> [Stats] {
        let work = root + "-share"
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let env = ProcessInfo.processInfo.environment.merging(
            [
                "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@x.se",
                "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@x.se",
            ]) { _, b in b }
        let t = Localizer(.sv)
        let tillit = ProcessInfo.processInfo.environment["TILLIT_BIN"] ?? ShareFiles.currentProgram()
        // The remote, the facilitator's store (a copy of the bench store, shared) and a plain clone.
        let remote = work + "/remote.git"
        try FileManager.default.createDirectory(atPath: remote, withIntermediateDirectories: true)
        Git(folder: remote, environment: env).run(["init", "--quiet", "--bare", "--initial-branch=main"])
        let a = work + "/a"
        try FileManager.default.copyItem(atPath: root, toPath: a)
        try? FileManager.default.removeItem(atPath: a + "/bench-save.json")
        let setup = ShareSetup(environment: env, driver: tillit, t: t)
        let author = ShareSetup.Author(name: "Bench", email: "bench@x.se")
        let seconds = Clock.ms { _ = setup.initialise(root: a, remote: remote, author: author) } / 1000
        print(String(format: "Shared the store through a bare repository in %.1f s", seconds))
        let plain = work + "/plain"
        Git(folder: work, environment: env).run(["clone", "--quiet", remote, plain])
        var results: [Stats] = []

        // A fresh clone to its first frame: cloned, the index built by `share clone`, then opened.
        // The command runs as a facilitator runs it, in a process of its own (in this one it would
        // be a second store beside the benchmark's, which no user's process ever holds); its own
        // peak memory is said beside the benchmark's.
        var n = 0
        var peak = 0.0
        let program = URL(fileURLWithPath: ShareFiles.currentProgram()).deletingLastPathComponent().path + "/tillit"
        results.append(
            Clock.measure("share clone (with its index)", runs: 2, target: "–") {
                n += 1
                let run = Clock.runMeasuringMemory(
                    [program, "--store", work + "/clone-\(n)", "share", "clone", remote, "--name", "Bench"],
                    environment: env)
                precondition(run.status == 0, "tillit share clone failed")
                peak = max(peak, run.peakMB)
            })
        print(String(format: "  share clone's own peak memory: %.0f MB", peak))
        results.append(
            try Clock.measure("  fresh clone → first frame", runs: 3, target: "≤ 200 ms") {
                let store = try Store.open(at: work + "/clone-1", mode: .read, scope: .firstScreen(today: today))
                _ = AppView.render(
                    AppState(
                        language: .sv, today: today, size: Size(width: 120, height: 40), data: StoreSnapshot.data(store)
                    ))
            })
        results.append(
            Clock.measure("  git clone (yardstick)", runs: 2, target: "–") {
                n += 1
                Git(folder: work, environment: env).run(["clone", "--quiet", remote, work + "/plain-\(n)"])
            })

        // One dialogue changed, shared: tillit sync (as the command does it: journals, commit,
        // fetch, merge, push, the index read again) beside git commit + pull + push by hand.
        let store = try Store.open(at: a, mode: .write(command: "bench"))
        let closed = store.dialogues.filter { $0.status == .closed }
        let id = closed[0].id
        // The yardstick changes another dialogue, so that the two never merge the same file.
        let otherID = closed[1].id
        store.close()
        var sync = ShareSync(root: a, driver: tillit, t: t, environment: env)
        sync.fallbackAuthor = ("Bench", "bench@x.se")
        var k = 0
        results.append(
            try Clock.measure("tillit sync, one dialogue changed", runs: max(3, runs / 4), target: "≤ 2 × git") {
                k += 1
                let s = try Store.open(at: a, mode: .write(command: "bench"))
                var d = try s.dialogue(id)
                d.notes.append(Note(id: "bench-\(k)", section: .needs, text: "Mätning \(k)", created: Date()))
                try s.saveDialogue(d)
                for pending in s.pendingJournals() { try s.foldJournal(pending) }
                let report = sync.run()
                precondition(report.problem == nil, "\(String(describing: report.problem))")
                s.reopened().close()
            })
        let file = plain + "/" + StoreLayout.dialogueFile(otherID)
        let git = Git(folder: plain, environment: env)
        results.append(
            try Clock.measure("  git commit + pull + push (yardstick)", runs: max(3, runs / 4), target: "–") {
                k += 1
                let text = try String(contentsOfFile: file, encoding: .utf8)
                try (text + " ").write(toFile: file, atomically: true, encoding: .utf8)
                git.run(["commit", "--quiet", "-am", "bench \(k)"])
                let pull = git.run(["pull", "--quiet", "--no-rebase", "--no-edit", "origin", "main"])
                let push = git.run(["push", "--quiet", "origin", "HEAD:main"])
                precondition(pull.ok && push.ok, pull.stderr + push.stderr)
            })
        return results + (try keystrokes(a, sync: sync, runs: runs, today: today))
    }

    /// Keystrokes in a live dialogue to the finished frame while syncs run (one after another).
    static func keystrokes(_ root: String, sync: ShareSync, runs: Int, today: LocalDate) throws -> [Stats] {
        let store = try Store.open(at: root, mode: .write(command: "tillit-bench"))
        let terminal = FakeTerminal(size: Size(width: 120, height: 40))
        let effects = EffectRunner(
            store: store, rescue: RescueFolder(candidates: [root + "-rescue"]), sharing: SharingRunner(sync: sync))
        var state = AppState(language: .sv, today: today, size: terminal.size, data: StoreSnapshot.data(store))
        state.sharing = SharingState(shared: true)
        let runner = AppRunner(
            state: state, terminal: terminal, effects: effects,
            env: AppEnvironment(makeID: { UUID().uuidString.lowercased() }, today: today))
        runner.dispatch(.resized(terminal.size))
        guard let planned = store.dialogues.first(where: { $0.status == .planned }) else { return [] }
        runner.open(dialogue: planned.id)
        runner.step([.scalar("s")])
        for _ in 0..<8 where runner.state.overlay != nil { runner.step([.key(KeyEvent(.enter))]) }
        runner.step([.scalar("a")])
        var samples: [Double] = []
        var syncs = 0
        let text = Array("Läsförståelsen har ökat i årskurs 4 och eleverna läser mer hemma. ")
        for i in 0..<(runs * 50) {
            if !runner.workingInBackground {
                runner.dispatch(.syncRequested)
                syncs += 1
            }
            let c = text[i % text.count]
            samples.append(Clock.ms { runner.step(c.unicodeScalars.map { .scalar($0) }) })
            if runner.takeBackgroundWork() { runner.present() }
            usleep(2_000)
        }
        while runner.workingInBackground {
            runner.takeBackgroundWork()
            usleep(1_000)
        }
        print("  \(syncs) syncs ran while typing")
        effects.close()
        return [Stats("keystroke → frame (live, syncing)", samples, target: "p99 ≤ 4 ms")]
    }
}
