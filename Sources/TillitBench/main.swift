import AppCore
import AppRuntime
import AppUI
import Foundation
import TUIKit
import TestSupport
import TillitDomain
import TillitExport
import TillitStore

// tillit-bench: generates a synthetic store and measures how fast Tillit opens, types, moves,
// searches, journals, exports and reports at that size. Run it in release:
//   swift run -c release tillit-bench [--small] [--years N] [--open-only] [--runs N] [--store DIR] [--json FILE]
enum Bench {
    @MainActor
    static func run() throws {
        // As the program does from its start (its memory is what is measured).
        FreedMemory.mapLargeBlocks()
        let args = CommandLine.arguments
        func option(_ name: String) -> String? {
            args.firstIndex(of: name).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
        }
        let small = args.contains("--small")
        let runs = Int(option("--runs") ?? "") ?? 20
        let base = small ? SyntheticStore.small : SyntheticStore.full
        // `--years N`: the same store with a longer (or shorter) history, ending in the same year.
        let years = Int(option("--years") ?? "") ?? base.years
        let spec = SyntheticStore(
            schools: base.schools, areas: base.areas, years: years, dialoguesPerYear: base.dialoguesPerYear,
            notesPerDialogue: base.notesPerDialogue, seed: base.seed)
        let openOnly = args.contains("--open-only")
        let root =
            option("--store")
            ?? (NSTemporaryDirectory() + "tillit-bench-\(small ? "small" : "full")"
                + (years == base.years ? "" : "-\(years)y"))
        let jsonPath = option("--json") ?? "bench-results.json"
        let today = LocalDate(year: 2025, month: 11, day: 23)!

        if !FileManager.default.fileExists(atPath: root + "/manifest.json") {
            print("Generating \(small ? "the small" : "the full") store in \(root) (seed \(spec.seed))…")
            let seconds = try Clock.ms { _ = try spec.write(to: root, firstYear: 2026 - years) } / 1000
            print(String(format: "  done in %.1f s", seconds))
        }
        try SyntheticStore.ensureFigures(root, today: today)
        // Opened for writing as the program does, a store from an earlier version gets its index built.
        let seconds =
            try Clock.ms {
                try Store.open(at: root, mode: .write(command: "tillit-bench"), scope: .firstScreen(today: today))
                    .close()
            } / 1000
        if seconds > 1 { print(String(format: "Built the index in %.1f s", seconds)) }
        let (dialogueCount, noteCount): (Int, Int) = {
            let s = try! Store.open(at: root, mode: .read)
            return (s.dialogues.count, s.dialogues.reduce(0) { $0 + $1.noteCount })
        }()
        print("Store: \(years) school years, \(dialogueCount) dialogues, \(noteCount) notes\n")
        var results: [Stats] = []
        // The targets are for files in the page cache: read every file once first.
        let warm = Clock.ms { Clock.readAll(root) }
        print(String(format: "Read every file once (page cache): %.1f s", warm / 1000))

        // 1. Opening to the first complete frame (120×40): the current school year and the overview.
        results.append(
            try Clock.measure("open store → first frame", runs: max(3, runs / 2), target: "≤ 200 ms") {
                let store = try Store.open(at: root, mode: .read, scope: .firstScreen(today: today))
                let size = Size(width: 120, height: 40)
                _ = AppView.render(AppState(language: .sv, today: today, size: size, data: StoreSnapshot.data(store)))
            })
        // …and the earlier school years, read on another thread once that frame is up.
        results.append(
            try Clock.measure("  earlier years, behind the frame", runs: max(3, runs / 4), target: "–") {
                let store = try Store.open(at: root, mode: .read, scope: .firstScreen(today: today))
                if let rest = store.remainingHistory() { store.adopt(rest.read()) }
                precondition(store.isComplete && store.dialogues.count == dialogueCount)
            })
        // …and after them, on the same thread, the word lists of search (already on disk here).
        results.append(
            try Clock.measure("  word lists, behind the frame", runs: 2, target: "–") {
                let store = try Store.open(at: root, mode: .read)
                _ = Store.prepareSearchTerms(store.layout, dialogues: store.dialogues, write: false)
            })
        // Commands that list everything open the whole index.
        results.append(
            try Clock.measure("open store, every year (commands)", runs: max(3, runs / 4), target: "–") {
                _ = try Store.open(at: root, mode: .read)
            })
        // What every save hands the screen: the data of the whole store, with its groupings.
        do {
            let complete = try Store.open(at: root, mode: .read)
            results.append(
                Clock.measure("screen data after a save (all years)", runs: max(3, runs / 2), target: "–") {
                    _ = StoreSnapshot.data(complete)
                })
        }
        if openOnly {
            report(results, dialogueCount: dialogueCount, noteCount: noteCount, jsonPath: jsonPath)
            return
        }

        // The program as it runs, on the real store with a fake terminal. (In a block of its own:
        // the store and the screen are let go before the sharing part opens the store again, as
        // no user's process holds two.)
        do {
            let store = try Store.open(at: root, mode: .write(command: "tillit-bench"))
            let terminal = FakeTerminal(size: Size(width: 120, height: 40))
            let effects = EffectRunner(store: store, rescue: RescueFolder(candidates: [root + "-rescue"]))
            let runner = AppRunner(
                state: AppState(language: .sv, today: today, size: terminal.size, data: StoreSnapshot.data(store)),
                terminal: terminal, effects: effects,
                env: AppEnvironment(makeID: { UUID().uuidString.lowercased() }, today: today))
            runner.dispatch(.resized(terminal.size))
            runner.present()
            func key(_ k: Key) { runner.step([.key(KeyEvent(k))]) }
            func char(_ c: Character) { runner.step(c.unicodeScalars.map { .scalar($0) }) }

            // 2. Moving the selection in the school list.
            results.append(
                Clock.measure("school list: move selection", runs: runs * 10, target: "one frame") { char("j") })
            if args.contains("--profile-move") {
                // For perf: keep moving for a while.
                for _ in 0..<200 {
                    char("j")
                    char("k")
                }
            }

            // 3. Opening a dialogue from the notebook's list.
            char("g")
            key(.enter)
            results.append(
                Clock.measure("open a dialogue", runs: runs, target: "≤ 20 ms") {
                    key(.enter)
                    key(.escape)
                })
            if args.contains("--profile-open") {
                // For perf: keep opening for a while.
                for _ in 0..<300 {
                    key(.enter)
                    key(.escape)
                }
            }

            // 4. A keystroke in a live dialogue to the frame while saving: strengths, then results with figures.
            if let planned = store.dialogues.first(where: { $0.status == .planned }) {
                runner.open(dialogue: planned.id)
                char("s")
                for _ in 0..<8 where runner.state.overlay != nil { key(.enter) }
                let saveData = try StoreJSON.encode(try store.dialogue(store.dialogues.last!.id))
                let saving = Thread {
                    while !Thread.current.isCancelled {
                        try? DurableFile.replace(root + "/bench-save.json", with: saveData)
                    }
                }
                saving.start()
                let text = Array("Läsförståelsen har ökat i årskurs 4 och eleverna läser mer hemma. ")
                for section in ["strengths", "results with figures"] {
                    precondition(
                        runner.state.notebook.open?.section == (section == "strengths" ? .strengths : .results))
                    char("a")
                    var samples: [Double] = []
                    for i in 0..<(runs * 100) { samples.append(Clock.ms { char(text[i % text.count]) }) }
                    results.append(Stats("keystroke → frame (live, \(section))", samples, target: "p99 ≤ 4 ms"))
                    key(.enter)
                    char("]")
                }
                saving.cancel()
                for _ in 0..<2 { key(.escape) }
            }

            // 5. The journal write per keystroke.
            let journal = JournalWriter(path: root + "/journal/bench.jsonl")
            let draft = NoteDraft(section: .strengths, text: "Läsförståelsen har ökat i årskurs 4")
            results.append(
                try Clock.measure("journal write per keystroke", runs: runs * 100, target: "p99 ≤ 1 ms") {
                    try journal.append(.draftChanged(draft))
                })
            journal.close()
            unlink(root + "/journal/bench.jsonl")  // not a dialogue's: gone before the store is opened again

            // 6. Full-text search for a common and a rare word, with grep -rl as a yardstick.
            let naming = StoreSnapshot.data(store)
            // The first search builds the word lists (once per store; kept up to date on save).
            results.append(
                Clock.measure("search: first ever (builds word lists)", runs: 1, target: "once") {
                    _ = store.search("x", subject: { _ in "" })
                })
            for (label, word) in [("common", "läsförståelsen"), ("rare", "kvantfysiklabbet")] {
                var hits = 0
                results.append(
                    Clock.measure("search, \(label) word", runs: max(2, runs / 2), target: "≤ 100 ms") {
                        hits =
                            store.search(
                                word, limit: 300, subject: { naming.subject(of: DialogueSummary($0, fingerprint: nil)) }
                            ).hits.count
                    })
                results.append(
                    try Clock.measure("  grep -rl (yardstick), \(label)", runs: max(2, runs / 5), target: "–") {
                        let p = Process()
                        p.executableURL = URL(fileURLWithPath: "/bin/grep")
                        p.arguments = ["-rli", word, root + "/dialogues"]
                        p.standardOutput = FileHandle.nullDevice
                        try p.run()
                        p.waitUntilExit()
                    })
                print("  \(label) word “\(word)”: \(hits) notes")
            }

            // 6b. Typing in the search field: the frame comes at once, the answer when it is found.
            key(.escape)
            char("3")
            char("/")
            var typing: [Double] = []
            var answered: [Double] = []
            for round in 0..<max(2, runs / 2) {
                for c in "läsförståelsen" {
                    let start = DispatchTime.now().uptimeNanoseconds
                    char(c)
                    typing.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                    // A person types about every 100 ms; the answer is waited for before the next key.
                    while runner.workingInBackground {
                        if runner.takeBackgroundWork() { runner.present() }
                        usleep(200)
                    }
                    answered.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                }
                for _ in 0..<14 { key(.backspace) }
                while runner.workingInBackground {
                    runner.takeBackgroundWork()
                    usleep(200)
                }
                _ = round
            }
            results.append(Stats("keystroke in search field → frame", typing, target: "one frame"))
            results.append(Stats("  … → search answer on screen", answered, target: "≤ 100 ms"))
            key(.escape)

            // 7. Exporting one dialogue in each format.
            let one = try store.dialogue(store.dialogues.first { $0.status == .closed }!.id)
            let context = ExportModel.Context(
                subject: "Skolan", area: nil, organisation: "Benchmarks kommun", language: .sv, exportedOn: today)
            for format in ExportFormat.allCases {
                results.append(
                    try Clock.measure("export \(format.rawValue)", runs: runs, target: "–") {
                        _ = try DialogueExporter.export(one, context: context, format: format, redact: true)
                    })
            }

            // 8. The yearly report.
            let year = store.dialogues.first { $0.status == .closed }!.schoolYear
            results.append(
                Clock.measure("quality report \(year.text)", runs: max(2, runs / 10), target: "≤ 1 s") {
                    // As the program reads it: the year, the year before, earlier open actions.
                    let dialogues = store.readForReport(year: year)
                    _ = QualityReport(
                        .init(
                            year: year, organisation: "Benchmarks kommun", areas: store.schools.areas,
                            schools: store.schools.schools,
                            dialogues: dialogues, today: today, language: .sv)
                    ).render(.md, language: .sv)
                })
            store.close()
        }
        // 9. Sharing: a sync beside git by hand, a fresh clone, typing while syncs run.
        if !args.contains("--no-share") { results += try ShareBench.run(root, runs: runs, today: today) }
        report(results, dialogueCount: dialogueCount, noteCount: noteCount, jsonPath: jsonPath)
    }
}

do {
    try Bench.run()
} catch {
    // Said in a line, not as a crash (the usual one: a Tillit still has the store open).
    FileHandle.standardError.write(Data("tillit-bench: \(error)\n".utf8))
    exit(1)
}
