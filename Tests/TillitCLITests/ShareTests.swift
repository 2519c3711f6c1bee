import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitStore

/// Many facilitators, one store: real git, a bare repository in a temporary folder as the remote,
/// and two or three stores as the facilitators' computers. Nothing typed may be missing anywhere.
@Suite struct ShareTests {
    init() {}

    let folder = TempFolder("share")
    var remote: String { folder.sub("remote.git") }
    func store(_ name: String) -> String { folder.sub(name) }
    func tillit(_ name: String) -> TillitProcess {
        TillitProcess(home: folder.path, extra: ["TILLIT_HOME": store(name), "TILLIT_LANG": "sv"])
    }

    static let planned = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"
    static let closed = "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"

    /// git itself, in a folder.
    @discardableResult
    func git(_ args: [String], in dir: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir] + args
        p.environment = [
            "HOME": folder.path, "PATH": "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C",
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A shared store (a) and a clone of it for each other name.
    func setUp(_ others: [String] = ["b"]) throws {
        try FileManager.default.createDirectory(atPath: remote, withIntermediateDirectories: true)
        try git(["init", "--quiet", "--bare", "--initial-branch=main"], in: remote)
        var out = try tillit("a").run(["init", "--demo"])
        #expect(out.status == 0, "\(out.stderr)")
        out = try tillit("a").run(["share", "init", remote, "--name", "Lena Bergström", "--email", "lena@example.se"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Datamappen delas nu med"), "\(out.stdout)")
        for name in others {
            out = try tillit(name).run([
                "share", "clone", remote, "--name", name.uppercased(), "--email", "\(name)@x.se",
            ])
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    /// Writes a note into a dialogue as the screen would (through the store).
    func addNote(_ text: String, id: String, to dialogue: String = Self.planned, in name: String) throws {
        let s = try Store.open(at: store(name), mode: .write(command: "test"))
        var d = try s.dialogue(dialogue)
        d.notes.append(Note(id: id, section: .strengths, text: text, created: Date()))
        try s.saveDialogue(d)
        s.close()
    }

    func changeNote(_ id: String, to text: String, in dialogue: String = Self.closed, store name: String) throws {
        let s = try Store.open(at: store(name), mode: .write(command: "test"))
        var d = try s.dialogue(dialogue)
        let i = try #require(d.notes.firstIndex { $0.id == id })
        d.notes[i].text = text
        try s.saveDialogue(d)
        s.close()
    }

    func texts(_ name: String, _ dialogue: String) throws -> [String] {
        try Store.open(at: store(name), mode: .read).dialogue(dialogue).notes.map(\.text)
    }

    func sync(_ name: String, expect status: Int32 = 0) throws -> TillitProcess.Output {
        let out = try tillit(name).run(["sync"])
        #expect(out.status == status, "\(name): \(out.stdout) \(out.stderr)")
        return out
    }

    @Test func differentDialoguesAndTheSameDialogueMeetOnEveryComputer() throws {
        try setUp(["b", "c"])
        try addNote("Lena: läsningen lyfts", id: "n-a", in: "a")
        try addNote("Jonas: studiero i fokus", id: "n-b", in: "b")
        try addNote("Anna om en annan dialog", id: "n-c", to: Self.closed, in: "c")
        var out = try sync("a")
        #expect(out.stdout.contains("Skickade 1 ändring:") && out.stdout.contains("Nytorpsskolan"), "\(out.stdout)")
        out = try sync("b")
        #expect(out.stdout.contains("Tog emot"), "\(out.stdout)")
        _ = try sync("c")
        _ = try sync("a")
        _ = try sync("b")
        for name in ["a", "b", "c"] {
            let planned = try texts(name, Self.planned)
            #expect(planned.contains("Lena: läsningen lyfts") && planned.contains("Jonas: studiero i fokus"), "\(name)")
            #expect(try texts(name, Self.closed).contains("Anna om en annan dialog"), "\(name)")
        }
        // The commits name their author and say what changed in words.
        let log = try git(["log", "--format=%an|%s"], in: store("a"))
        #expect(log.contains("Lena Bergström|Nytorpsskolan"), "\(log)")
        #expect(log.contains("B|Nytorpsskolan"), "\(log)")
        // What each computer makes for itself is never shared.
        let files = try git(["ls-files"], in: store("a")).split(separator: "\n")
        #expect(!files.contains { $0.hasPrefix("index/") || $0.hasPrefix("search/") || $0.hasPrefix("journal/") })
        #expect(!files.contains("lock"))
        // Private, whatever git and the umask would make them.
        for name in ["a", "b", "c"] {
            let report = try tillit(name).run(["doctor"])
            #expect(report.status == 0, "\(name): \(report.stdout)")
        }
    }

    @Test func theSameNoteChangedOnTwoComputersKeepsBothVersions() throws {
        try setUp()
        let closed = try Store.open(at: store("a"), mode: .read).dialogue(Self.closed)
        let id = closed.notes[0].id
        try changeNote(id, to: "Version från Lena", store: "a")
        try changeNote(id, to: "Version från Jonas", store: "b")
        _ = try sync("a")
        var out = try sync("b")
        #expect(out.stderr.contains("1 konflikt att lösa"), "\(out.stderr)")
        _ = try sync("a")
        for name in ["a", "b"] {
            let texts = try texts(name, Self.closed)
            #expect(texts.contains("Version från Lena") && texts.contains("Version från Jonas"), "\(name)")
        }
        // The mark: in the conflicts, in doctor, and the other version marked as such.
        out = try tillit("a").run(["share", "conflicts", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: out.stdoutData) as? [[String: Any]])
        #expect(list.count == 1 && (list[0]["place"] as? String)?.contains("Anteckning i") == true)
        out = try tillit("a").run(["doctor"])
        #expect(out.status == 1 && out.stdout.contains("1 konflikt från en sammanslagning att lösa"), "\(out.stdout)")
        let d = try Store.open(at: store("a"), mode: .read).dialogue(Self.closed)
        #expect(d.notes.filter { $0.conflictOf == id }.count == 1)
        out = try tillit("a").run(["dialogue", "show", Self.closed])
        #expect(out.stdout.contains("⚠ 1 konflikt från en sammanslagning att lösa"), "\(out.stdout)")
        #expect(out.stdout.contains("Den andra datorns version"))
        // Resolved on one computer, resolved everywhere after a sync.
        let conflictID = try #require(list[0]["id"] as? String)
        out = try tillit("a").run(["share", "resolve", conflictID])
        #expect(out.status == 0, "\(out.stderr)")
        _ = try sync("a")
        _ = try sync("b")
        out = try tillit("b").run(["share", "conflicts"])
        #expect(out.stdout.contains("Inga konflikter att lösa."), "\(out.stdout)")
        #expect(try texts("b", Self.closed).contains("Version från Jonas"))
    }

    @Test func schoolFieldsAndTheSameNewSchoolOnTwoComputers() throws {
        try setUp()
        _ = try tillit("a").run(["school", "edit", "Nytorpsskolan", "--principal", "Karim Said"])
        _ = try tillit("b").run(["school", "edit", "Nytorpsskolan", "--principal", "Maria Olsson"])
        _ = try tillit("b").run(["school", "edit", "Hagenskolan", "--address", "Hagens gata 1"])
        _ = try tillit("a").run(["school", "add", "--name", "Backaskolan", "--area", "Hisingen", "--principal", "Anna"])
        _ = try tillit("b").run(["school", "add", "--name", "Backaskolan", "--area", "Hisingen", "--principal", "Bo"])
        _ = try sync("a")
        _ = try sync("b")
        _ = try sync("a")
        for name in ["a", "b"] {
            let list = try Store.open(at: store(name), mode: .read).schools
            #expect(list.schools.filter { $0.name == "Backaskolan" }.count == 1, "\(name)")
            #expect(list.school("hagenskolan")?.address == "Hagens gata 1")
            #expect(
                Set(list.conflicts?.map(\.place) ?? []) == [
                    "schools/nytorpsskolan/principal", "schools/backaskolan/principal",
                ])
        }
        let out = try tillit("a").run(["share", "conflicts"])
        #expect(
            out.stdout.contains("Nytorpsskolan: rektor") && out.stdout.contains("andra datorn: Karim Said"),
            "\(out.stdout)")
    }

    /// The other computer pushes between our fetch and our push: we merge again and send.
    @Test func aSyncWhileTheOtherSidePushes() throws {
        try setUp()
        try addNote("Från A", id: "race-a", in: "a")
        try addNote("Från B", id: "race-b", in: "b")
        // A's first push runs B's sync just before it (once): the remote has moved when A pushes.
        let hook = "\(store("a"))/.git/hooks/pre-push"
        let once = folder.sub("raced")
        try """
        #!/bin/sh
        if [ ! -e \(once) ]; then
          touch \(once)
          TILLIT_HOME=\(store("b")) HOME=\(folder.path) \(TillitProcess.executable) sync >/dev/null 2>&1
        fi
        exit 0
        """.write(toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)
        let raced = try sync("a")
        #expect(FileManager.default.fileExists(atPath: once), "\(raced.stderr)")
        _ = try sync("b")
        for name in ["a", "b"] {
            let t = try texts(name, Self.planned)
            #expect(t.contains("Från A") && t.contains("Från B"), "\(name): \(t)")
        }
    }

    @Test func anUnreachableRemoteKeepsEverythingAndTheNextSyncSendsIt() throws {
        try setUp()
        try addNote("Skrivet utan nät", id: "offline", in: "a")
        let away = folder.sub("remote-away.git")
        try FileManager.default.moveItem(atPath: remote, toPath: away)
        let out = try sync("a", expect: 1)
        #expect(out.stderr.contains("Kunde inte nå den delade datamappen"), "\(out.stderr)")
        #expect(out.stderr.contains("Dina ändringar är sparade här"))
        // Committed here, in words, and kept.
        #expect(try git(["log", "-1", "--format=%s"], in: store("a")).contains("Nytorpsskolan"))
        let status = try tillit("a").run(["sync", "--status"])
        #expect(status.status == 1 && status.stdout.contains("1 ändring inte delad"), "\(status.stdout)")
        try FileManager.default.moveItem(atPath: away, toPath: remote)
        _ = try sync("a")
        _ = try sync("b")
        #expect(try texts("b", Self.planned).contains("Skrivet utan nät"))
    }

    /// What a crashed screen left in a journal is folded and shared; a sync killed in the middle
    /// leaves a store that opens, and the next sync completes.
    @Test func journalsAreSharedAndAKilledSyncIsPutRight() throws {
        try setUp()
        let writer = JournalWriter(path: "\(store("a"))/journal/\(Self.planned).jsonl")
        try writer.append(.noteSaved(Note(id: "j1", section: .strengths, text: "Bara i journalen", created: Date())))
        try writer.flushPending()
        writer.close()
        // The push hangs; the sync is killed there.
        let hook = "\(store("a"))/.git/hooks/pre-push"
        try "#!/bin/sh\nsleep 30\n".write(toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)
        let p = try tillit("a").start(["sync"])
        let committed = Date().addingTimeInterval(20)
        while Date() < committed,
            !(try git(["log", "-1", "--format=%s"], in: store("a"))).contains("Nytorpsskolan")
        {
            usleep(20_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        try FileManager.default.removeItem(atPath: hook)
        // A merge left half-done as well (as a kill in the middle of one would).
        _ = try git(["merge", "--no-commit", "--no-ff", "HEAD"], in: store("a"))
        let list = try tillit("a").run(["school", "list"])
        #expect(list.status == 0)
        _ = try sync("a")
        _ = try sync("b")
        #expect(try texts("b", Self.planned).contains("Bara i journalen"))
    }

    /// Someone who knows git pulls by hand: the store's merge driver merges the same way.
    @Test func aPlainGitPullMergesByMeaning() throws {
        try setUp()
        let id = try Store.open(at: store("a"), mode: .read).dialogue(Self.closed).notes[0].id
        try changeNote(id, to: "Ändrat på B", store: "b")
        _ = try sync("b")
        try changeNote(id, to: "Ändrat på A", store: "a")
        try git(["commit", "--quiet", "-am", "för hand"], in: store("a"))
        try git(["pull", "--quiet", "--no-edit", "origin", "main"], in: store("a"))
        let text = try String(contentsOfFile: "\(store("a"))/dialogues/\(Self.closed).json", encoding: .utf8)
        #expect(!text.contains("<<<<<<<"))
        let t = try texts("a", Self.closed)
        #expect(t.contains("Ändrat på A") && t.contains("Ändrat på B"))
    }

    @Test func setUpRefusesWhatItMustNot() throws {
        try setUp()
        // A remote that already holds a store is cloned, not overwritten.
        var out = try tillit("c").run(["init", "--demo"])
        out = try tillit("c").run(["share", "init", remote])
        #expect(out.status == 1 && out.stderr.contains("share clone"), "\(out.stderr)")
        // A folder that is not empty is not cloned into.
        out = try tillit("c").run(["share", "clone", remote])
        #expect(out.status == 1 && out.stderr.contains("är inte tom"), "\(out.stderr)")
        // Syncing a store that is not shared says how to share it.
        out = try tillit("c").run(["sync"])
        #expect(out.status == 1 && out.stderr.contains("tillit share init"), "\(out.stderr)")
        // Without a name git would have to guess one: refused, and how to give one is said.
        try FileManager.default.createDirectory(atPath: folder.sub("empty.git"), withIntermediateDirectories: true)
        try git(["init", "--quiet", "--bare"], in: folder.sub("empty.git"))
        out = try tillit("c").run(["share", "init", folder.sub("empty.git")])
        #expect(out.status == 1 && out.stderr.contains("--name och --email"), "\(out.stderr)")
    }
}
