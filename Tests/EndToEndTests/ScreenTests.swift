import Foundation
import TestSupport
import Testing

/// The real binary in a real terminal (tmux): what a person sees and does.
@Suite(.serialized) struct ScreenTests {
    let folder = TempFolder("e2e")
    var bin: String { TillitProcess.executable }

    /// A shell command that runs Tillit, then records how it ended and the terminal's mode.
    func command(_ args: String) -> String {
        "\(bin) \(args); echo \"EXIT:$?\"; stty -a > \(folder.sub("stty.txt")); sleep 30"
    }

    var environment: [String: String] {
        ["HOME": folder.path, "TMPDIR": folder.path, "TILLIT_HOME": folder.sub("store"), "LANG": "C.UTF-8"]
    }

    @Test func browseOpenHelpResizeAndQuit() throws {
        let tmux = try TmuxSession(
            width: 100, height: 30, command: command("--demo --lang sv"), environment: environment)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        #expect(tmux.format("#{alternate_on}") == "1")
        // To Nytorpsskolan, its dialogues, last year's dialogue.
        tmux.keys("j", "j", "j", "j", "Enter")
        #expect(tmux.waitFor("planerad"))
        tmux.keys("j", "Enter")
        #expect(tmux.waitFor("1. Styrkor och framgångsfaktorer"))
        #expect(tmux.waitFor("skrivskyddad"))
        tmux.keys("G")
        #expect(tmux.waitFor("Åtgärder"))
        tmux.keys("?")
        #expect(tmux.waitFor("Tangenter"))
        #expect(tmux.screen().contains("Anteckningar: öppen dialog"))
        tmux.keys("Escape")
        #expect(waitUntil { !tmux.screen().contains("Tangenter") })
        tmux.keys("1")
        #expect(tmux.waitFor("1 Årshjul 20"))
        // Too small, then back.
        tmux.resize(30, 10)
        #expect(tmux.waitFor("44×14"))
        tmux.resize(100, 30)
        #expect(tmux.waitFor("2 Skolor"))
        tmux.keys("q")
        #expect(tmux.waitFor("EXIT:0"))
        #expect(tmux.format("#{alternate_on}") == "0")
        #expect(waitUntil { FileManager.default.fileExists(atPath: folder.sub("stty.txt")) })
        let stty = (try? String(contentsOfFile: folder.sub("stty.txt"), encoding: .utf8)) ?? ""
        #expect(stty.contains(" icanon") && stty.contains(" echo "), "terminal not restored: \(stty)")
    }

    @Test func openStartsWithTheDialogueOpen() throws {
        let env = TillitProcess(home: folder.path, extra: ["TILLIT_HOME": folder.sub("store")])
        #expect(try env.run(["init", "--demo"]).status == 0)
        let tmux = try TmuxSession(
            width: 100, height: 30, command: command("open 2a7f4c19 --lang en"), environment: environment)
        #expect(tmux.waitFor("1. Strengths and success factors"))
        #expect(tmux.screen().contains("3 Notebook · Nytorpsskolan"))
        tmux.keys("q")
        #expect(tmux.waitFor("EXIT:0"))
    }

    @Test func suspendAndResume() throws {
        let prompt = "tillit-shell>"
        let tmux = try TmuxSession(
            width: 100, height: 30, command: "PS1='\(prompt)' bash --norc --noprofile -i",
            environment: environment)
        func prompts() -> Int { tmux.screen().components(separatedBy: prompt).count - 1 }
        #expect(tmux.waitFor(prompt))
        tmux.type("\(bin) --demo")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        tmux.keys("C-z")
        #expect(tmux.waitFor("Stopped"))
        #expect(tmux.format("#{alternate_on}") == "0")
        tmux.type("fg")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        #expect(tmux.screen().contains("2 Schools"))
        #expect(tmux.format("#{alternate_on}") == "1")
        let before = prompts()
        tmux.keys("q")
        #expect(waitUntil { tmux.format("#{alternate_on}") == "0" && prompts() > before })
    }

    @Test func closingTheTerminalEndsTheProgramWithinASecond() throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: "exec \(bin) --demo", environment: environment)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        let pid = Int32(tmux.format("#{pane_pid}")) ?? 0
        #expect(pid > 0)
        tmux.close()
        #expect(waitUntil(timeout: 1.5) { processEnded(pid) }, "still running after SIGHUP")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: command("--demo"), environment: environment)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        let shell = tmux.format("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        let pid = Int32(children.split(separator: " ").first ?? "") ?? 0
        #expect(pid > 0)
        kill(pid, SIGTERM)
        #expect(tmux.waitFor("EXIT:0", timeout: 2))
        #expect(tmux.format("#{alternate_on}") == "0")
    }

    @Test func anUnknownTermIsExplainedNotACrash() throws {
        // tmux sets TERM for its panes, so the command sets it after.
        let tmux = try TmuxSession(
            width: 100, height: 30, command: "TERM=no-such-terminal " + command("--demo"),
            environment: environment)
        #expect(tmux.waitFor("EXIT:2"))
        #expect(tmux.screen().contains("no-such-terminal"))
        #expect(tmux.screen().contains("TERM=xterm-256color"))
    }

    @Test func aTerminalThatCannotMoveItsCursorIsExplained() throws {
        let tmux = try TmuxSession(
            width: 100, height: 30, command: "TERM=dumb " + command("--demo"), environment: environment)
        #expect(tmux.waitFor("EXIT:2"))
        #expect(tmux.screen().contains("dumb"))
        #expect(tmux.screen().contains("TERM=xterm-256color"))
    }

    /// vt100's terminfo asks for delays (`$<5>`): they are never printed.
    @Test func anOldTerminalsDelaysAreNotPrinted() throws {
        let tmux = try TmuxSession(
            width: 100, height: 30, command: "TERM=vt100 exec \(bin) --demo --lang sv",
            environment: environment)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        #expect(!tmux.screen().contains("$<"))
        tmux.keys("j", "j", "Enter")
        #expect(tmux.waitFor("3 Anteckningar"))
        #expect(!tmux.screen().contains("$<"))
    }

    /// A Word file is not text for a terminal.
    @Test func aDocxIsNotWrittenToTheTerminal() throws {
        let cli = TillitProcess(home: folder.path, extra: ["TILLIT_HOME": folder.sub("store")])
        #expect(try cli.run(["init", "--demo"]).status == 0)
        let tmux = try TmuxSession(
            width: 100, height: 30, command: command("export 2a7f --format docx"), environment: environment)
        #expect(tmux.waitFor("EXIT:1"))
        #expect(tmux.screen().contains("-o"))
        #expect(!tmux.screen().contains("PK"))
    }

    @Test func idleUsesNoCPU() throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: "exec \(bin) --demo", environment: environment)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        let pid = tmux.format("#{pane_pid}")
        func cpuTicks() -> Int {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
            return fields.count > 13 ? (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0) : -1
        }
        // The earlier school years and the word lists are read on a thread of their own
        // ("tillit-history") after the first screen; idleness starts once it has ended.
        func historyThreadRuns() -> Bool {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            return tasks.contains { task in
                (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/comm", encoding: .utf8))?.hasPrefix(
                    "tillit-history") == true
            }
        }
        #expect(waitUntil { !historyThreadRuns() })
        let before = cpuTicks()
        // Measuring idleness takes a stretch of idle time; nothing to poll for.
        Thread.sleep(forTimeInterval: 1.0)
        let after = cpuTicks()
        #expect(before >= 0 && after - before <= 1, "used \(after - before) ticks while idle")
    }

    @Test func aPasteIsTextNotCommands() throws {
        let tmux = try TmuxSession(
            width: 100, height: 30, command: command("--demo --lang sv"), environment: environment)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        tmux.keys("/")
        tmux.paste("lövg\nq")
        #expect(tmux.waitFor("lövg q"))
        #expect(!tmux.screen().contains("EXIT:"))
        tmux.keys("Escape")
        #expect(waitUntil { !tmux.screen().contains("lövg q") })
        tmux.keys("q")
        #expect(tmux.waitFor("EXIT:0"))
    }
}

/// Nothing typed is lost: a real process killed with SIGKILL in the middle of a note.
@Suite(.serialized) struct RecoveryTests {
    let folder = TempFolder("recovery")
    var bin: String { TillitProcess.executable }

    @Test func killedInTheMiddleOfANoteEveryCharacterComesBack() throws {
        let cli = TillitProcess(home: folder.path, extra: ["TILLIT_HOME": folder.sub("store")])
        #expect(try cli.run(["init", "--demo"]).status == 0)
        let env = ["HOME": folder.path, "TILLIT_HOME": folder.sub("store"), "LANG": "C.UTF-8"]
        let tmux = try TmuxSession(width: 110, height: 32, command: "exec \(bin) --lang sv", environment: env)
        // Nytorpsskolan's planned dialogue: open it, start it, write a note, begin the next.
        tmux.startNytorpsDialogue()
        tmux.keys("a")
        #expect(tmux.waitFor("Ny anteckning"))
        tmux.type("Rektorn leder analysarbetet #ledarskap")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Sparad."))
        tmux.keys("a")
        let unfinished = "Läsförståelsen i åk 4 har ökat, så när som på 学校 🙂"
        tmux.type(unfinished)
        #expect(tmux.waitFor("så när som på"))
        let pid = Int32(tmux.format("#{pane_pid}")) ?? 0
        #expect(pid > 0)
        kill(pid, SIGKILL)
        #expect(waitUntil { processEnded(pid) })

        // Before any restart, the command line already sees the journal.
        let shown = try cli.run(["dialogue", "show", "7c2e9b41", "--json"])
        let d = try #require(try JSONSerialization.jsonObject(with: shown.stdoutData) as? [String: Any])
        #expect(d["status"] as? String == "live")
        let notes = try #require(d["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["Rektorn leder analysarbetet"])
        #expect(notes.first?["tags"] as? [String] == ["ledarskap"])
        #expect((d["draft"] as? [String: Any])?["text"] as? String == unfinished)

        // A restart says so and opens the note where it was.
        let again = try TmuxSession(width: 110, height: 32, command: "exec \(bin) --lang sv", environment: env)
        #expect(again.waitFor("även anteckningen som skrevs"))
        #expect(again.waitFor("som skrevs. Klockan är pausad."))
        #expect(again.waitFor("Läsförståelsen i åk 4"))
        // The meeting clock stopped where Tillit did: the time it was down is not counted.
        let during = try cli.run(["dialogue", "show", "7c2e9b41", "--json"])
        let clock = try #require(
            (try JSONSerialization.jsonObject(with: during.stdoutData) as? [String: Any])?["clock"] as? [String: Any])
        #expect(clock["runningSince"] == nil)
        again.keys("Enter")
        #expect(again.waitFor("Sparad."))
        again.keys("Escape")
        #expect(again.waitFor("pågår"))
        again.keys("q")
        #expect(
            waitUntil { processEnded(Int32(again.format("#{pane_pid}")) ?? 0) || again.format("#{pane_dead}") == "1" })
        let final = try cli.run(["dialogue", "show", "7c2e9b41", "--json"])
        let f = try #require(try JSONSerialization.jsonObject(with: final.stdoutData) as? [String: Any])
        #expect(
            (f["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
                == ["Rektorn leder analysarbetet", unfinished])
        #expect(f["draft"] == nil)
    }
}

/// A whole dialogue, from a school to closed, driven as a facilitator would.
@Suite(.serialized) struct FullDialogueTests {
    let folder = TempFolder("full")
    var bin: String { TillitProcess.executable }

    @Test func fromASchoolToAClosedDialogue() throws {
        let cli = TillitProcess(home: folder.path, extra: ["TILLIT_HOME": folder.sub("store")])
        #expect(try cli.run(["init", "--demo"]).status == 0)
        let env = ["HOME": folder.path, "TILLIT_HOME": folder.sub("store"), "LANG": "C.UTF-8"]
        let tmux = try TmuxSession(
            width: 120, height: 40,
            command: "\(bin) --lang sv; echo \"EXIT:$?\"; sleep 30", environment: env)
        #expect(tmux.waitFor("Utbildningsområde Nordost"))
        tmux.keys("j")  // Hagenskolan
        #expect(tmux.waitFor("3 Anteckningar · Hagenskolan"))
        tmux.keys("n")
        #expect(tmux.waitFor("Starta dialogen"))
        tmux.keys("Enter")
        #expect(tmux.waitFor("Dialogen pågår"))
        // Strengths first, then a follow-up question from the bank and its answer.
        tmux.keys("a")
        tmux.type("Lärarna planerar tillsammans i arbetslagen #kollegialt-lärande")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Sparad."))
        tmux.keys("p")
        #expect(tmux.waitFor("Förslag just nu"))
        tmux.keys("Enter")
        #expect(tmux.waitFor("Följdanteckning till"))
        tmux.type("Gemensam planeringstid varje tisdag")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Sparad."))
        // Results, then on to the way forward with an action.
        tmux.keys("]")
        #expect(tmux.waitFor("Resultat och uppföljning"))
        tmux.keys("a")
        tmux.type("Fler elever når målen i matematik")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Sparad."))
        tmux.keys("]", "]", "]")
        #expect(tmux.waitFor("Framåt: åtgärder"))
        tmux.keys("A")
        #expect(tmux.waitFor("Ny åtgärd"))
        tmux.type("Sprida planeringsmodellen till F-3")
        tmux.keys("Tab")
        tmux.type("Sofia Nyberg")
        tmux.keys("Tab")
        tmux.type("2027-05-31")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Åtgärden sparad."))
        // Close: summary, own check.
        tmux.keys("C")
        #expect(tmux.waitFor("Summering"))
        tmux.type("Ja, ett öppet samtal")
        tmux.keys("Tab")
        tmux.type("Följ upp matematiken")
        tmux.keys("Enter")
        #expect(tmux.waitFor("avslutad och skrivskyddad"))
        tmux.keys("Escape")
        #expect(tmux.waitFor("↓ flytta"))  // back in the list of dialogues
        tmux.keys("q")
        #expect(tmux.waitFor("EXIT:0"))

        let list = try cli.run(["dialogue", "list", "--school", "hagenskolan", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: list.stdoutData) as? [[String: Any]])
        let id = try #require(rows.first?["id"] as? String)
        #expect(rows.first?["status"] as? String == "closed")
        let shown = try cli.run(["dialogue", "show", id, "--json"])
        let d = try #require(try JSONSerialization.jsonObject(with: shown.stdoutData) as? [String: Any])
        #expect(d["status"] as? String == "closed")
        let notes = try #require(d["notes"] as? [[String: Any]])
        #expect(notes.count == 4)
        let strength = try #require(notes.first { ($0["text"] as? String)?.hasPrefix("Lärarna planerar") == true })
        #expect(strength["tags"] as? [String] == ["kollegialt-lärande"])
        let question = try #require(notes.first { $0["kind"] as? String == "question" })
        #expect(question["parentID"] as? String == strength["id"] as? String)
        let answer = try #require(notes.first { $0["text"] as? String == "Gemensam planeringstid varje tisdag" })
        #expect(answer["parentID"] as? String == question["id"] as? String)
        #expect(answer["kind"] as? String == "answer")
        let actions = try #require(d["actions"] as? [[String: Any]])
        #expect(actions.first?["text"] as? String == "Sprida planeringsmodellen till F-3")
        #expect(actions.first?["owner"] as? String == "Sofia Nyberg")
        #expect(actions.first?["due"] as? String == "2027-05-31")
        let reflection = try #require(d["reflection"] as? [String: Any])
        #expect(reflection["takeForward"] as? String == "Följ upp matematiken")
        // The text view shows it strengths first, with the follow-up nested.
        let text = try cli.run(["dialogue", "show", id, "--lang", "sv"]).stdout
        #expect(text.contains("       - Fråga: "))
        #expect(text.range(of: "1. Styrkor")!.lowerBound < text.range(of: "2. Resultat")!.lowerBound)
    }
}
