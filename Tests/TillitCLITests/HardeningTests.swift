import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// The command line as an attacker or an unlucky user meets it: crafted files, hostile text,
/// links and special files in the store, odd arguments. Every case names the problem, changes
/// nothing it could not read, and never hangs, crashes or prints a control character.
@Suite struct HardeningTests {
    let folder = TempFolder("harden")
    var store: String { folder.sub("store") }
    var tillit: TillitProcess { TillitProcess(home: folder.path, extra: ["TILLIT_HOME": store]) }
    static let closed = "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"
    var closedFile: String { "\(store)/dialogues/\(Self.closed).json" }

    func demo() throws {
        let out = try tillit.run(["init", "--demo"])
        #expect(out.status == 0, "\(out.stderr)")
    }

    /// Changes the closed Nytorpsskolan dialogue's file as JSON.
    func editDialogue(_ change: (inout [String: Any]) -> Void) throws {
        var doc = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: closedFile))) as? [String: Any]
        )
        var d = try #require(doc["dialogue"] as? [String: Any])
        change(&d)
        doc["dialogue"] = d
        try JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys]).write(
            to: URL(fileURLWithPath: closedFile))
    }

    func hasNoControls(_ text: String) -> Bool {
        !text.unicodeScalars.contains {
            $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x08 || $0.value == 0
                || (0x80...0x9F).contains($0.value)
        }
    }

    @Test func deepNestingIsRefusedAndNamed() throws {
        try demo()
        try Data(String(repeating: "[", count: 40_000).utf8).write(to: URL(fileURLWithPath: closedFile))
        let doctor = try tillit.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("dialogues/\(Self.closed).json"))
        #expect(doctor.stdout.contains("nests deeper than"))
        #expect(try tillit.run(["dialogue", "list"]).status == 0)
        let show = try tillit.run(["dialogue", "show", "2a7f4c19"])
        #expect(show.status == 1 && show.stderr.contains("nests deeper"))
        #expect(!show.stderr.contains("Nothing was changed"))
    }

    /// 20,000 follow-ups in a chain: shown, exported and searched without running out of stack;
    /// doctor reports the depth.
    @Test func aChainOfTwentyThousandFollowUpsIsWalkedWithoutRecursion() throws {
        try demo()
        try editDialogue { d in
            var notes: [[String: Any]] = []
            for i in 0..<20_000 {
                var n: [String: Any] = [
                    "id": "c\(i)", "section": "analysis", "kind": "question", "text": "Varför \(i)?",
                    "tags": [], "created": "2025-10-14T10:00:00Z", "updated": "2025-10-14T10:00:00Z",
                ]
                if i > 0 { n["parentID"] = "c\(i - 1)" }
                notes.append(n)
            }
            d["notes"] = notes
        }
        let show = try tillit.run(["dialogue", "show", "2a7f4c19"])
        #expect(show.status == 0, "\(show.stderr.prefix(300))")
        #expect(show.stdout.contains("Varför 19999?"))
        let longest = show.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(longest < 200)
        for format in ["md", "html", "txt", "json", "docx"] {
            let out = try tillit.run(["export", "2a7f4c19", "--format", format, "-o", folder.sub("e.\(format)")])
            #expect(out.status == 0, "\(format): \(out.stderr.prefix(300))")
        }
        #expect(try tillit.run(["search", "Varför"]).status == 0)
        let doctor = try tillit.run(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("19999 levels deep"))
    }

    @Test(arguments: ["fifo", "devzero", "linkToDevZero", "folder"])
    func specialFilesInPlaceOfStoreFilesNeverHang(_ kind: String) throws {
        try demo()
        for path in [closedFile, "\(store)/schools.json"] {
            unlink(path)
            switch kind {
            case "fifo": mkfifo(path, 0o600)
            case "devzero":
                guard mknod(path, S_IFCHR | 0o600, (1 << 8) | 5) == 0 else {
                    print("skipped: this machine cannot make a device file here")
                    return
                }
            case "linkToDevZero": symlink("/dev/zero", path)
            default: mkdir(path, 0o700)
            }
        }
        let doctor = try tillit.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("schools.json") && doctor.stdout.contains("dialogues/\(Self.closed).json"))
        for args in [["dialogue", "list"], ["school", "list"], ["search", "läsning"], ["report"]] {
            let out = try tillit.run(args)
            #expect(out.status == 0, "\(args): \(out.stderr.prefix(200))")
        }
        // Writers refuse to replace what they could not read.
        #expect(try tillit.run(["school", "add", "--name", "Ny", "--area", "Nordost"]).status == 1)
        #expect(
            SpecialFile.at("\(store)/schools.json")
                == (kind == "linkToDevZero"
                    ? .symlink
                    : kind == "folder"
                        ? .folder
                        : kind == "fifo" ? .fifo : .characterDevice))
    }

    /// Links are never written through: a `lock` or a journal pointing outside the store leaves
    /// the file it points at as it was.
    @Test func linksInTheStoreAreNeverWrittenThrough() throws {
        try demo()
        folder.write("precious.txt", "do not touch")
        chmod(folder.sub("precious.txt"), 0o644)
        unlink("\(store)/lock")
        symlink(folder.sub("precious.txt"), "\(store)/lock")
        let add = try tillit.run(["school", "add", "--name", "Ny", "--area", "Nordost"])
        #expect(add.status == 1)
        #expect(add.stderr.contains("symbolic link"))
        #expect(folder.bytes("precious.txt") == Array("do not touch".utf8))
        #expect(mode(of: folder.sub("precious.txt")) == 0o644)
        let doctor = try tillit.run(["doctor"])
        #expect(doctor.stdout.contains("lock: a symbolic link"))
    }

    @Test func aReadOnlyStoreOpensForReadingAndSaysSo() throws {
        try demo()
        // A read-only disk: a tmpfs holding the store, remounted read-only (root only).
        let mountPoint = folder.sub("ro")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/sh")
        mount.arguments = [
            "-c",
            "mount -t tmpfs -o size=8m tmpfs '\(mountPoint)' && cp -a '\(store)' '\(mountPoint)/s'"
                + " && mount -o remount,ro '\(mountPoint)'",
        ]
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            print("skipped: this machine cannot mount a read-only tmpfs here (needs root)")
            return
        }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [mountPoint]
            try? umount.run()
            umount.waitUntilExit()
        }
        let ro = TillitProcess(home: folder.path, extra: ["TILLIT_HOME": "\(mountPoint)/s"])
        #expect(try ro.run(["school", "list"]).status == 0)
        let add = try ro.run(["school", "add", "--name", "Ny", "--area", "Nordost"])
        #expect(add.status == 1)
        #expect(add.stderr.contains("read-only") || add.stderr.contains("cannot write"), "\(add.stderr)")
        let store = try Store.open(at: "\(mountPoint)/s", mode: .write(command: "test"))
        guard case .cannotWrite = store.readOnlyReason else {
            Issue.record("not read-only: \(String(describing: store.readOnlyReason))")
            return
        }
    }

    /// ESC, OSC, BEL, backspace, NUL and C1 from a CSV file or an older store file never reach
    /// the terminal: they are kept out at the door and shown, not sent, when printed.
    @Test func controlCharactersNeverReachTheTerminal() throws {
        try demo()
        let csv = folder.sub("skolor.csv")
        try Data("Skola;Område\n\"Ond\u{1B}]0;hack\u{07}skolan\";Nordost\n".utf8).write(to: URL(fileURLWithPath: csv))
        let imported = try tillit.run(["school", "import", csv])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(hasNoControls(imported.stdout) && hasNoControls(imported.stderr))
        let schools = String(decoding: folder.bytes("\(store)/schools.json") ?? [], as: UTF8.self)
        #expect(schools.contains("Ond]0;hackskolan") && !schools.contains("\\u001b"))
        // An older file may still hold them: printed as pictures, never sent.
        try editDialogue { d in
            var notes = d["notes"] as! [[String: Any]]
            notes[0]["text"] = "Rad\u{1B}[2J\u{1B}]0;titel\u{07} slut\u{08}\u{0}\u{9B}31m"
            notes[0]["speaker"] = "Anna\u{1B}[31m"
            d["notes"] = notes
        }
        for args in [
            ["dialogue", "show", "2a7f"], ["search", "slut"], ["school", "list"],
            ["export", "2a7f", "--format", "txt"], ["export", "2a7f", "--format", "md"],
            ["report", "--year", "2025/26"],
            ["dialogue", "show", "2a7f", "--json"],
        ] {
            let out = try tillit.run(args)
            #expect(out.status == 0, "\(args)")
            #expect(hasNoControls(out.stdout), "\(args) printed a control character")
        }
        #expect(try tillit.run(["dialogue", "show", "2a7f"]).stdout.contains("Rad␛[2J␛]0;titel␇ slut␈␀"))
    }

    /// With --redact, no personal data is left in any field of any format; without it, the
    /// report warns, and a live dialogue's draft counts too.
    @Test func redactionCoversEveryFieldAndTheReport() throws {
        try demo()
        let pnr = "811218-9876"
        try editDialogue { d in
            d["facilitators"] = ["Lena \(pnr)"]
            var participants = d["participants"] as! [[String: Any]]
            participants[0]["name"] = "Else 070-123 45 67"
            d["participants"] = participants
            var notes = d["notes"] as! [[String: Any]]
            notes[0]["speaker"] = "anna@skola.se"
            notes[0]["text"] = "Eleven \(pnr) #läsförståelse"
            notes[0]["tags"] = ["läsförståelse"]
            d["notes"] = notes
            var actions = d["actions"] as! [[String: Any]]
            actions[0]["owner"] = "Rektor \(pnr)"
            actions[0]["followUps"] = [
                ["dialogueID": "x", "date": "2026-01-10", "status": "inProgress", "comment": "Ring 08-123 456 78"]
            ]
            d["actions"] = actions
            d["reviewedActions"] = [
                ["dialogueID": "x", "actionID": "y", "text": "Följ \(pnr)", "status": "done", "comment": "anna@x.se"]
            ]
            d["reflection"] = ["purposeReached": "Ja, \(pnr)", "takeForward": "Mejla 811218-9876@skola.se nu"]
            d["draft"] = ["section": "needs", "kind": "challenge", "text": "Utkast \(pnr)"]
        }
        // The draft and the reflection go only to the administration (--internal).
        let warned = try tillit.run(["export", "2a7f", "--format", "json", "--internal"])
        #expect(warned.stderr.contains("Draft"))
        let school = try tillit.run(["export", "2a7f", "--format", "json"])
        #expect(!school.stderr.contains("Draft") && !school.stdout.contains("Mejla"))
        for format in ["json", "md", "txt", "html"] {
            let out = try tillit.run(["export", "2a7f", "--format", format, "--redact"])
            #expect(out.status == 0)
            #expect(
                PersonalData.find(in: out.stdout).isEmpty, "\(format): \(PersonalData.find(in: out.stdout).map(\.text))"
            )
            #expect(!out.stdout.contains("9876"))
        }
        let report = try tillit.run(["report", "--year", "2025/26"])
        #expect(report.stderr.contains("personal data"), "\(report.stderr)")
        let masked = try tillit.run(["report", "--year", "2025/26", "--redact"])
        #expect(!masked.stdout.contains("9876") && masked.stderr.contains("masked"))
    }

    @Test func iCalendarTextCannotInjectAProperty() throws {
        try demo()
        var wheel = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(store)/wheel.json")))
                as? [String: Any])
        var w = wheel["wheel"] as! [String: Any]
        var events = w["events"] as! [[String: Any]]
        events[0]["title"] = "Analysdag\r\nATTENDEE:mailto:evil@x.se\r\nX-A:\u{1B}b"
        events[0]["id"] = "ev\r\nATTENDEE:mailto:evil2@x.se"
        w["events"] = events
        wheel["wheel"] = w
        try JSONSerialization.data(withJSONObject: wheel, options: [.prettyPrinted, .sortedKeys]).write(
            to: URL(fileURLWithPath: "\(store)/wheel.json"))
        let file = folder.sub("w.ics")
        #expect(try tillit.run(["wheel", "export", "-o", file]).status == 0)
        let text = String(decoding: folder.bytes(file) ?? [], as: UTF8.self)
        #expect(!text.contains("\r\nATTENDEE"))
        // Escaped, and the address masked: a calendar is shared more widely than meeting notes.
        #expect(text.contains("Analysdag\\nATTENDEE:mailto:[e-mail]\\nX-A:b"))
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = [
            "python3", "-c",
            "import icalendar,sys; c=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read()); "
                + "print(sum(1 for e in c.walk('VEVENT') if e.get('ATTENDEE')))", file,
        ]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        check.waitUntilExit()
        #expect(
            String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines) == "0")
    }

    @Test func aCorruptDialogueAskedForByItsShortIdIsNamed() throws {
        try demo()
        try Data("{ \"formatVersion\": 1, \"dialogue\": ".utf8).write(to: URL(fileURLWithPath: closedFile))
        for lang in ["en", "sv"] {
            let out = try tillit.run(["dialogue", "show", "2a7f", "--lang", lang])
            #expect(out.status == 1)
            #expect(out.stderr.contains("dialogues/\(Self.closed).json"), "\(out.stderr)")
            #expect(!out.stderr.contains("Nothing was changed") && !out.stderr.contains("Inget ändrades"))
        }
    }

    @Test func outputFilesAreNamedClearly() throws {
        try demo()
        let dir = folder.sub("out")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var out = try tillit.run(["export", "2a7f", "-o", dir])
        #expect(out.status == 1 && out.stderr.contains("is a folder") && !out.stderr.contains("--force"))
        out = try tillit.run(["export", "2a7f", "-o", dir, "--force"])
        #expect(out.status == 1 && out.stderr.contains("is a folder"))
        out = try tillit.run(["export", "2a7f", "-o", folder.sub("missing/x.md")])
        #expect(out.status == 1 && out.stderr.contains("/missing does not exist") && !out.stderr.contains(".tmp-"))
        out = try tillit.run(["export", "2a7f", "-o", ""])
        #expect(out.status == 1 && out.stderr.contains("-o needs a file name"))
        out = try tillit.run(["export", "2a7f", "-o", "-"])
        #expect(out.status == 0 && out.stdout.hasPrefix("# "))
        // Without --force an existing file is never replaced.
        folder.write("edited.md", "mine")
        out = try tillit.run(["export", "2a7f", "-o", folder.sub("edited.md")])
        #expect(out.status == 1 && folder.bytes("edited.md") == Array("mine".utf8))
    }

    @Test func doctorSaysWhatToDo() throws {
        try demo()
        try Data("{".utf8).write(to: URL(fileURLWithPath: "\(store)/schools.json"))
        var doctor = try tillit.run(["doctor"])
        // One problem, not one for every dialogue that names a school.
        #expect(doctor.stdout.contains("1 problem in the data folder"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("refers to a school"))
        #expect(doctor.stdout.contains("restore them from a backup"))
        try demoAgain()
        chmod("\(store)/wheel.json", 0o644)
        chmod("\(store)/journal", 0o755)
        doctor = try tillit.run(["doctor"])
        #expect(doctor.stdout.contains("wheel.json") && doctor.stdout.contains("chmod -R go-rwx"))
        #expect(!doctor.stdout.contains("backup"))
        // Where the log is, and what it holds of a refused write.
        #expect(doctor.stdout.contains("\(folder.path)/.local/state/tillit/tillit.log"))
        _ = try tillit.run(["school", "add", "--name", "", "--area", "Nordost"])
        let log = String(decoding: folder.bytes(".local/state/tillit/tillit.log") ?? [], as: UTF8.self)
        #expect(log.contains("tillit school add refused: The name must not be empty."), "\(log)")
    }

    func demoAgain() throws {
        try FileManager.default.removeItem(atPath: store)
        try demo()
        try FileManager.default.createDirectory(atPath: "\(store)/journal", withIntermediateDirectories: true)
    }

    @Test func oddArgumentsAreErrors() throws {
        try demo()
        for (args, words) in [
            (["search", "läs", "--limit", "0"], "--limit must be 1 or more"),
            (["search", "läs", "--limit=-1"], "--limit must be 1 or more"),
            (["dialogue", "show", ""], "dialogue’s id"),
            (["wheel", "add", "--title", " ", "--date", "2026-12-01"], "title must not be empty"),
            (["school", "list", "--store", ""], "--store needs"),
            (["help", "journal"], "no command called “journal”"),
        ] {
            let out = try tillit.run(args)
            #expect(out.status != 0, "\(args)")
            #expect(out.stderr.contains(words), "\(args): \(out.stderr)")
        }
        #expect(try tillit.run(["help", "dialogue", "show"]).status == 0)
    }

    @Test func datesAndVersionsOutsideSaneRangesAreRefused() throws {
        try demo()
        for date in ["0001-01-01", "9999-12-31"] {
            let out = try tillit.run(["dialogue", "new", "--school", "Hagenskolan", "--date", date])
            #expect(out.status == 1, "\(date)")
        }
        #expect(try tillit.run(["wheel", "add", "--title", "X", "--date", "9999-12-31"]).status == 1)
        try editDialogue { d in d["date"] = "0001-01-01" }
        #expect(try tillit.run(["doctor"]).stdout.contains("0001-01-01"))
        var manifest = String(decoding: folder.bytes("\(store)/manifest.json") ?? [], as: UTF8.self)
        manifest = manifest.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : -5")
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: "\(store)/manifest.json"))
        let doctor = try tillit.run(["doctor"])
        #expect(doctor.stdout.contains("manifest.json") && doctor.stdout.contains("formatVersion -5"))
        #expect(try tillit.run(["school", "add", "--name", "Ny", "--area", "Nordost"]).status == 1)
    }

    @Test func initTouchesNothingItShouldNot() throws {
        folder.write("a-file", "text")
        chmod(folder.sub("a-file"), 0o644)
        var out = try TillitProcess(home: folder.path).run(["init", "--store", folder.sub("a-file")])
        #expect(out.status == 1 && mode(of: folder.sub("a-file")) == 0o644)
        let busy = folder.sub("busy")
        try FileManager.default.createDirectory(atPath: busy, withIntermediateDirectories: true)
        folder.write("busy/notes.txt", "mine")
        chmod(busy, 0o755)
        out = try TillitProcess(home: folder.path).run(["init", "--store", busy])
        #expect(out.status == 1 && out.stderr.contains("already holds other files"))
        #expect(mode(of: busy) == 0o755)
        let empty = folder.sub("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try TillitProcess(home: folder.path).run(["init", "--store", empty]).status == 0)
        #expect(mode(of: empty) == 0o700)
    }

    @Test func csvAreasMatchTheirIdAndLineBreaksInNamesAreErrors() throws {
        try demo()
        let csv = folder.sub("s.csv")
        try Data("Skola;Område\nNyskolan;Nordost\n".utf8).write(to: URL(fileURLWithPath: csv))
        #expect(try tillit.run(["school", "import", csv]).status == 0)
        let doc = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(store)/schools.json")))
                as? [String: Any])
        let areas = (doc["areas"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!areas.contains("nordost-2"))
        try Data("Skola;Område\n\"Två\nrader\";Nordost\n".utf8).write(to: URL(fileURLWithPath: csv))
        let out = try tillit.run(["school", "import", csv])
        #expect(out.status == 1 && out.stderr.contains("s.csv:2"))
    }

    @Test func aDamagedSchoolListIsNamedWhenASchoolIsAskedFor() throws {
        try demo()
        try Data("{".utf8).write(to: URL(fileURLWithPath: "\(store)/schools.json"))
        let out = try tillit.run(["dialogue", "new", "--school", "nytorpsskolan"])
        #expect(out.status == 1 && out.stderr.contains("schools.json"), "\(out.stderr)")
        let add = try tillit.run(["school", "add", "--name", "Ny", "--area", "Helt nytt"])
        #expect(add.status == 1 && !add.stderr.contains("New education area"))
    }

    @Test func englishCountsAreSingularForOne() throws {
        try demo()
        try Data("{".utf8).write(to: URL(fileURLWithPath: "\(store)/wheel.json"))
        #expect(try tillit.run(["doctor"]).stdout.contains("1 problem in"))
        let report = try tillit.run(["report", "--year", "2025/26", "--school", "nytorp"])
        #expect(report.stdout.contains("#läsförståelse") && !report.stdout.contains("1 schools"))
        let all = try tillit.run(["report", "--year", "2025/26"])
        #expect(all.stdout.contains("läsförståelse: 1 of 7 schools (the year before: 0)"))
    }

    /// `tillit search` only reads: the word lists are written by the one writer, and not at all
    /// when nothing changed.
    @Test func searchWritesNothingWhileAnotherProcessWrites() throws {
        try demo()
        try? FileManager.default.removeItem(atPath: "\(store)/search")
        guard case .success(let lock) = StoreLock.acquire("\(store)/lock", command: "another tillit") else {
            Issue.record("no lock")
            return
        }
        #expect(try tillit.run(["search", "läsförståelse"]).status == 0)
        #expect(SpecialFile.at("\(store)/search") == nil)
        lock.release()
        #expect(try tillit.run(["search", "läsförståelse"]).status == 0)
        let before = FileFingerprint.of("\(store)/search/2025.words")
        #expect(before != nil)
        #expect(try tillit.run(["search", "trygghet"]).status == 0)
        #expect(FileFingerprint.of("\(store)/search/2025.words") == before)
    }

    /// The holder of a lock is named even in the moment before it has written its name.
    @Test func theHolderIsNamedBeforeItWritesItsName() throws {
        try demo()
        guard case .success(let lock) = StoreLock.acquire("\(store)/lock", command: "holder") else {
            Issue.record("no lock")
            return
        }
        defer { lock.release() }
        truncate("\(store)/lock", 0)
        guard case .failure(.inUse(let holder)) = StoreLock.acquire("\(store)/lock", command: "second") else {
            Issue.record("the lock was taken twice")
            return
        }
        #expect(holder.pid == getpid())
        #expect(holder.command != nil)
    }
}
