import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// The command line run as a real process, on a store in a temporary folder.
@Suite struct CLITests {
    let folder = TempFolder("cli")
    var store: String { folder.sub("store") }
    var tillit: TillitProcess { TillitProcess(home: folder.path, extra: ["TILLIT_HOME": store]) }

    func demo() throws {
        let out = try tillit.run(["init", "--demo"])
        #expect(out.status == 0, "\(out.stderr)")
    }

    func json(_ out: TillitProcess.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: out.stdoutData)
    }

    @Test func initDemoAndListSchoolsAsJSON() throws {
        try demo()
        let out = try tillit.run(["school", "list", "--json"])
        #expect(out.status == 0)
        let rows = try #require(try json(out) as? [[String: Any]])
        #expect(rows.count == 7)
        let nytorp = try #require(rows.first { $0["name"] as? String == "Nytorpsskolan" })
        #expect(nytorp["grades"] as? String == "4-9")
        #expect(nytorp["areaName"] as? String == "Utbildningsområde Nordost")
        #expect(nytorp["openActions"] as? Int == 2)
        #expect(nytorp["principal"] as? String == "Else-Marie Hallqvist")
        let all = try #require(
            try json(try tillit.run(["school", "list", "--json", "--archived"])) as? [[String: Any]])
        #expect(all.count == 8)
    }

    @Test func filesArePrivateWhateverTheUmask() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "umask 000; exec \"$0\" init --demo", TillitProcess.executable]
        p.environment = tillit.environment
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(mode(of: store) == 0o700)
        #expect(mode(of: "\(store)/dialogues") == 0o700)
        let files = try FileManager.default.subpathsOfDirectory(atPath: store)
        for f in files {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(store)/\(f)", isDirectory: &isFolder)
            #expect(mode(of: "\(store)/\(f)") == (isFolder.boolValue ? 0o700 : 0o600), "\(f)")
        }
    }

    @Test func planAndShowADialogue() throws {
        try demo()
        let new = try tillit.run([
            "dialogue", "new", "--school", "Hagenskolan", "--date", "2026-12-02",
            "--facilitator", "Peter Johansson",
        ])
        #expect(new.status == 0, "\(new.stderr)")
        let id = new.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(new.stdout == id + "\n")
        #expect(UUID(uuidString: id) != nil)
        let show = try tillit.run(["dialogue", "show", String(id.prefix(8)), "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        let d = try #require(try json(show) as? [String: Any])
        #expect(d["id"] as? String == id)
        #expect(d["schoolID"] as? String == "hagenskolan")
        #expect(d["schoolYear"] as? String == "2026/27")
        #expect(d["status"] as? String == "planned")
        #expect(d["facilitators"] as? [String] == ["Peter Johansson"])
        let list = try #require(
            try json(try tillit.run(["dialogue", "list", "--school", "hagenskolan", "--json"])) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == [id])
        let planned = try #require(
            try json(try tillit.run(["dialogue", "list", "--status", "planned", "--year", "2026/27", "--json"]))
                as? [[String: Any]])
        #expect(planned.count == 3)
    }

    @Test func showsADialogueAsTextStrengthsFirst() throws {
        try demo()
        let out = try tillit.run(["dialogue", "show", "2a7f4c19", "--lang", "sv"])
        #expect(out.status == 0)
        let strengths = try #require(out.stdout.range(of: "1. Styrkor och framgångsfaktorer"))
        let results = try #require(out.stdout.range(of: "2. Resultat och uppföljning"))
        #expect(strengths.lowerBound < results.lowerBound)
        #expect(out.stdout.contains("       - Fråga: Vad är det som gör att vi lyckas bra?"))
        #expect(out.stdout.contains("[pågår · försenad] Införa en gemensam modell för läsundervisning"))
    }

    @Test func wheelShowsEventsAndDialoguesAsJSON() throws {
        try demo()
        let out = try tillit.run(["wheel", "show", "--year", "2026/27", "--json"])
        #expect(out.status == 0)
        let wheel = try #require(try json(out) as? [String: Any])
        #expect(wheel["schoolYear"] as? String == "2026/27")
        let items = try #require(wheel["items"] as? [[String: Any]])
        #expect(items.contains { $0["kind"] as? String == "reportDeadline" && $0["when"] as? String == "2026-12-15" })
        #expect(items.contains { $0["when"] as? String == "2027-05-12" })
        #expect(
            items.contains { $0["kind"] as? String == "dialogue" && $0["schoolID"] as? String == "langmosseskolan" })
        let text = try tillit.run(["wheel", "show", "--year", "2026/27", "--lang", "sv"])
        #expect(text.stdout.contains("v.\u{a0}51"))
        #expect(text.stdout.contains("Kvalitetsrapporten klar"))
    }

    @Test func addEditAndRemoveWheelEvents() throws {
        try demo()
        let add = try tillit.run([
            "wheel", "add", "--title", "Analysdag läsning", "--week", "2027-W10", "--kind", "analysdag",
            "--school", "nytorp",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.hasPrefix("ev-"))
        func item() throws -> [String: Any]? {
            let wheel = try json(try tillit.run(["wheel", "show", "--year", "2026/27", "--json"])) as? [String: Any]
            return (wheel?["items"] as? [[String: Any]])?.first { $0["eventID"] as? String == id }
        }
        var event = try #require(try item())
        #expect(event["when"] as? String == "2027-W10")
        #expect(event["kind"] as? String == "analysisDay")
        #expect(event["schoolID"] as? String == "nytorpsskolan")
        #expect(
            try tillit.run([
                "wheel", "edit", id, "--date", "2027-03-09", "--title", "Analysdag: läsförståelse", "--school", "",
            ]).status == 0)
        event = try #require(try item())
        #expect(event["when"] as? String == "2027-03-09")
        #expect(event["title"] as? String == "Analysdag: läsförståelse")
        #expect(event["schoolID"] == nil)
        let bad = try tillit.run(["wheel", "edit", id, "--date", "2027-03-09", "--week", "2027-W10"])
        #expect(bad.status == 1 && bad.stderr.contains("--week"))
        #expect(
            try tillit.run(["wheel", "add", "--title", "X", "--date", "2027-01-01", "--kind", "fest"]).stderr.contains(
                "fest"))
        #expect(try tillit.run(["wheel", "remove", id]).status == 0)
        #expect(try item() == nil)
        #expect(try tillit.run(["wheel", "remove", id]).status == 1)
    }

    @Test func exportWarnsOfPersonalDataAndRedactsOnRequest() throws {
        try demo()
        // Put a personal identity number into a note, as a careless facilitator might.
        let path = "\(store)/dialogues/2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "Verksamhetsplanen görs som film", with: "Eleven 811218-9876 gör film")
        try DurableFile.replace(path, with: Data(text.utf8))
        var out = try tillit.run(["export", "2a7f", "--format", "md", "--lang", "sv"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("811218-9876"))
        #expect(out.stderr.contains("personnummer"))
        #expect(out.stderr.contains("Styrkor #1"))
        let file = folder.sub("anteckningar.html")
        out = try tillit.run(["export", "2a7f", "--format", "html", "-o", file, "--redact"])
        #expect(out.status == 0, "\(out.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!html.contains("811218-9876"))
        #expect(html.contains("[personal number]"))
        #expect(mode(of: file) == 0o600)
        out = try tillit.run(["export", "2a7f", "--format", "html", "-o", file])
        #expect(out.status == 1 && out.stderr.contains("--force"))
        #expect(try tillit.run(["export", "2a7f", "--format", "pdf"]).stderr.contains("docx"))
        out = try tillit.run(["export", "2a7f", "--format", "docx", "-o", folder.sub("a.docx")])
        #expect(out.status == 0)
        #expect(FileManager.default.contents(atPath: folder.sub("a.docx"))?.prefix(2) == Data([0x50, 0x4B]))
    }

    /// What the `icalendar` parser finds in a file (through the export tests' validate.py).
    static func parsedCalendar(_ file: String) throws -> [String] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TillitExportTests/validate.py").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script, "ics", file]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return text.split(separator: "\n").map(String.init)
    }

    @Test func aDialogueIsPlannedAtATimeAndAPlace() throws {
        try demo()
        var out = try tillit.run(["school", "edit", "Hagenskolan", "--address", "Hagens gata 1, Göteborg"])
        #expect(out.status == 0, "\(out.stderr)")
        out = try tillit.run([
            "dialogue", "new", "--school", "Hagenskolan", "--date", "2027-03-10", "--time", "kl. 9.30",
        ])
        let id = out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        out = try tillit.run(["dialogue", "show", id, "--lang", "sv"])
        #expect(out.stdout.hasPrefix("Dialog: Hagenskolan, 10 mars 2027 kl.\u{a0}9.30\n"), "\(out.stdout)")
        #expect(out.stdout.contains("  Plats: Hagens gata 1, Göteborg\n"))
        out = try tillit.run(["dialogue", "show", id, "--json"])
        #expect((try json(out) as? [String: Any])?["startTime"] as? String == "09:30")
        // The calendar has it at its time, in Swedish time, at the school's address.
        let file = folder.sub("k.ics")
        #expect(try tillit.run(["wheel", "export", "--year", "2026/27", "-o", file, "--lang", "sv"]).status == 0)
        let found = try Self.parsedCalendar(file)
        #expect(found.contains("event:dialogue-\(id)@tillit:Kvalitetsdialog: Hagenskolan:2027-03-10 09:30:00+01:00"))
        #expect(found.contains("location:dialogue-\(id)@tillit:Hagens gata 1, Göteborg"))
        #expect(found.contains("location:dialogue-b5d4a0e2-8f61-4c3b-a9d7-61e2f08c5b19@tillit:Lövgärdesskolan, aulan"))
        #expect(found.contains { $0.hasPrefix("event:phase-") })
    }

    @Test func aPlannedDialogueIsChangedOrRemovedAndAHeldOneIsNot() throws {
        try demo()
        var out = try tillit.run(["dialogue", "edit", "7c2e", "--week", "2027-W06", "--time", "", "--lang", "sv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Nytorpsskolan, v.\u{a0}6 2027"), "\(out.stdout)")
        let shown = try #require(try json(try tillit.run(["dialogue", "show", "7c2e", "--json"])) as? [String: Any])
        #expect(shown["plannedWeek"] as? String == "2027-W06" && shown["startTime"] == nil)
        out = try tillit.run(["dialogue", "remove", "2a7f", "--lang", "sv"])
        #expect(out.status == 1 && out.stderr.contains("Bara en planerad dialog"), "\(out.stderr)")
        out = try tillit.run(["dialogue", "remove", "7c2e"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try tillit.run(["dialogue", "show", "7c2e"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(store)/dialogues/7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73.json"))
    }

    @Test func theWheelExportsToCalendars() throws {
        try demo()
        let file = folder.sub("arshjul.ics")
        let out = try tillit.run(["wheel", "export", "--format", "ics", "-o", file, "--lang", "sv"])
        #expect(out.status == 0, "\(out.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.contains("UID:ev-kvalitetsrapport@tillit"))
        #expect(text.contains("UID:dialogue-7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73@tillit"))
        #expect(text.contains("SUMMARY:Kvalitetsdialog: Nytorpsskolan"))
        // Exported again, the UIDs are the same.
        let again = try tillit.run(["wheel", "export"]).stdout
        let uids = { (s: String) in s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(again) == uids(text))
    }

    @Test func searchWhatAPersonRemembersWithFilters() throws {
        try demo()
        var out = try tillit.run(["search", "Elevhälsoteamet", "--lang", "sv"])
        #expect(out.status == 0 && out.stdout.contains("Nytorpsskolan · Åtgärder"), "\(out.stdout)")
        out = try tillit.run(["search", "#studiero", "--json"])
        let hits = try #require(try json(out) as? [[String: Any]])
        #expect(hits.count == 6 && hits.allSatisfy { ($0["snippet"] as? String)?.contains("#studiero") == true })
        out = try tillit.run(["search", "#studiero", "--section", "analysis", "--json"])
        #expect((try json(out) as? [Any])?.count == 1)
        out = try tillit.run(["search", "läs", "--school", "Långmosseskolan", "--year", "2026/27", "--json"])
        let narrowed = try #require(try json(out) as? [[String: Any]])
        #expect(!narrowed.isEmpty && narrowed.allSatisfy { $0["subject"] as? String == "Långmosseskolan" })
        out = try tillit.run(["search", "läs", "--tag", "närvaro", "--json"])
        #expect(
            (try json(out) as? [[String: Any]])?.allSatisfy { ($0["snippet"] as? String)?.contains("#närvaro") == true }
                == true)
        out = try tillit.run(["search", "läs", "--section", "mitten", "--lang", "sv"])
        #expect(out.status == 1 && out.stderr.contains("”mitten” är inget avsnitt"))
        #expect(try tillit.run(["search", "läs", "--school", "Ingen"]).status == 1)
    }

    @Test func tagsAreListedAndRenamedAcrossTheStore() throws {
        try demo()
        var out = try tillit.run(["tag", "list", "--json"])
        let tags = try #require(try json(out) as? [[String: Any]])
        #expect(tags.first?["tag"] as? String == "läsförståelse")
        #expect(tags.contains { $0["tag"] as? String == "kompensatoriskt-uppdrag" })
        out = try tillit.run(["tag", "list", "--lang", "sv"])
        #expect(out.stdout.contains("#läsförståelse  "))
        // Merging a theme that was spelt two ways: every spelling becomes the new one, durably.
        out = try tillit.run(["tag", "rename", "#Kompensatoriskt uppdrag", "likvärdighet", "--lang", "sv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(
            out.stdout.contains(
                "Bytte namn på #kompensatoriskt-uppdrag till #likvärdighet: 4 anteckningar och åtgärder (i 2 dialoger)."
            ))
        out = try tillit.run(["tag", "list", "--json"])
        let after = try #require(try json(out) as? [[String: Any]])
        #expect(!after.contains { $0["tag"] as? String == "kompensatoriskt-uppdrag" })
        #expect(after.contains { $0["tag"] as? String == "likvärdighet" && $0["uses"] as? Int == 4 })
        #expect(try tillit.run(["search", "#likvärdighet", "--json"]).stdout.contains("Guldhedsskolan"))
        // Nothing to rename is said, and changes nothing.
        out = try tillit.run(["tag", "rename", "finnsinte", "annat"])
        #expect(out.status == 1 && out.stderr.contains("#finnsinte"))
        #expect(try tillit.run(["tag", "rename", "###", "x"]).status == 2)
    }

    @Test func actionsAcrossDialoguesAndYears() throws {
        try demo()
        var out = try tillit.run(["action", "list", "--overdue", "--json"])
        let overdue = try #require(try json(out) as? [[String: Any]])
        #expect(overdue.map { $0["owner"] as? String } == ["Elevhälsoteamet", "Else-Marie Hallqvist"])
        #expect(overdue.allSatisfy { $0["overdue"] as? Bool == true })
        out = try tillit.run(["action", "list", "--owner", "elevhälso", "--lang", "sv"])
        #expect(out.stdout.contains("ej påbörjad · försenad") && out.stdout.contains("Nytorpsskolan 2025-10-14"))
        // Set from the command line: durable, in the dialogue the action lives in.
        let id = try #require(overdue.first?["id"] as? String)
        out = try tillit.run(["action", "set", id, "--status", "pågår", "--comment", "Startar i januari"])
        #expect(out.status == 0, "\(out.stderr)")
        out = try tillit.run(["action", "list", "--status", "inProgress", "--json"])
        let after = try #require(try json(out) as? [[String: Any]])
        let set = try #require(after.first { $0["id"] as? String == id })
        #expect((set["followUps"] as? [[String: Any]])?.last?["comment"] as? String == "Startar i januari")
        #expect(try tillit.run(["action", "set", "finnsinte", "--status", "done"]).status == 1)
        #expect(try tillit.run(["action", "set", "2a7f4c19-a", "--status", "done"]).stderr.contains("2a7f4c19-a1"))
        #expect(try tillit.run(["action", "set", id, "--status", "halvklar"]).stderr.contains("halvklar"))
    }

    @Test func aNewSchoolYearInOneStep() throws {
        try demo()
        // The demo is dated from today: Nytorpsskolan's planned dialogue is a week from now, and
        // next year's falls in the same week.
        let listed = try #require(try json(try tillit.run(["dialogue", "list", "--json"])) as? [[String: Any]])
        let planned = try #require(
            listed.first { $0["schoolID"] as? String == "nytorpsskolan" && $0["status"] as? String == "planned" })
        let week = try #require(LocalDate(iso: planned["date"] as? String ?? "")).isoWeek.week
        var out = try tillit.run(["year", "plan", "2027/28", "--dry-run", "--lang", "sv"])
        #expect(out.status == 0 && out.stdout.contains("Provkörning"))
        let nytorp = out.stdout.split(separator: "\n").filter { $0.contains("Nytorpsskolan") }
        #expect(nytorp.count == 1)
        #expect(nytorp.first?.hasPrefix("2027-") == true || nytorp.first?.hasPrefix("2028-") == true)
        #expect(
            nytorp.first?.hasSuffix("(v.\u{a0}\(week))  Nytorpsskolan · Lena Bergström, Jonas Ek") == true,
            "\(out.stdout)")
        #expect(out.stdout.contains("Utbildningsområde Nordost"))
        #expect(!out.stdout.contains("Sjöstadsskolan"))  // archived
        out = try tillit.run(["dialogue", "list", "--year", "2027/28", "--json"])
        #expect((try json(out) as? [Any])?.isEmpty == true)
        out = try tillit.run(["year", "plan", "2027/28", "--lang", "sv"])
        #expect(out.stdout.contains("Planerade 8 dialoger läsåret 2027/28."), "\(out.stdout)")
        out = try tillit.run(["dialogue", "list", "--year", "2027/28", "--json"])
        #expect((try json(out) as? [Any])?.count == 8)
        // Again: nothing left to plan.
        out = try tillit.run(["year", "plan", "2027/28", "--lang", "sv"])
        #expect(out.stdout.contains("Inget att planera"))
    }

    @Test func oneDialogueAYearUnlessForced() throws {
        try demo()
        var out = try tillit.run([
            "dialogue", "new", "--school", "Lövgärdesskolan", "--week", "2027-W10", "--lang", "sv",
        ])
        #expect(out.status == 1)
        #expect(out.stderr.contains("Lövgärdesskolan har redan en dialog läsåret 2026/27: planerad"))
        #expect(out.stderr.contains("--force"))
        out = try tillit.run(["dialogue", "new", "--school", "Lövgärdesskolan", "--week", "2027-W10", "--force"])
        #expect(out.status == 0)
        // Another school year is another matter.
        out = try tillit.run(["dialogue", "new", "--school", "Lövgärdesskolan", "--week", "2027-W40"])
        #expect(out.status == 0, "\(out.stderr)")
    }

    @Test func theWheelTurnsAndItsPhasesAreEdited() throws {
        try demo()
        // Recurring events show in next year's wheel.
        var out = try tillit.run(["wheel", "show", "--year", "2027/28", "--json"])
        #expect(out.stdout.contains("Kvalitetsrapporten klar") && out.stdout.contains("2027-12-15"))
        out = try tillit.run(["wheel", "add", "--title", "Skolstart", "--date", "2026-08-17", "--repeats", "weekday"])
        let id = out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(out.status == 0 && id.hasPrefix("ev-"))
        out = try tillit.run(["wheel", "show", "--year", "2027/28", "--lang", "sv"])
        #expect(out.stdout.contains("2027-08-16") && out.stdout.contains("Skolstart"))  // the third Monday of August
        // One year only, then every year.
        out = try tillit.run(["wheel", "edit", id, "--date", "2027-08-18", "--only", "2027/28", "--lang", "sv"])
        #expect(out.stdout.contains("bara läsåret 2027/28"))
        out = try tillit.run(["wheel", "remove", id, "--only", "2028/29", "--lang", "sv"])
        #expect(out.stdout.contains("övriga år står kvar"))
        out = try tillit.run(["wheel", "show", "--year", "2028/29", "--json"])
        #expect(!out.stdout.contains("Skolstart"))
        #expect(
            try tillit.run(["wheel", "add", "--title", "X", "--date", "2026-09-01", "--repeats", "ibland"]).status == 1)
        // Phases.
        out = try tillit.run([
            "wheel", "phase", "add", "--name", "Skolstart", "--from", "aug", "--to", "aug", "--colour", "3",
        ])
        #expect(out.status == 0, "\(out.stderr)")
        out = try tillit.run(["wheel", "phase", "edit", "skolstart", "--to", "sep", "--lang", "sv"])
        #expect(out.stdout.contains("augusti–september"))
        out = try tillit.run(["wheel", "phase", "list", "--json"])
        let phases = try #require(try json(out) as? [[String: Any]])
        #expect(phases.contains { $0["name"] as? String == "Skolstart" && $0["colour"] as? Int == 3 })
        #expect(try tillit.run(["wheel", "phase", "add", "--name", "Y", "--from", "13", "--to", "1"]).status == 1)
        out = try tillit.run(["wheel", "phase", "remove", "Skolstart"])
        #expect(out.status == 0)
        #expect(try tillit.run(["wheel", "phase", "remove", "Skolstart"]).status == 1)
    }

    @Test func searchTheCommandLine() throws {
        try demo()
        let out = try tillit.run(["search", "läsförståelsen", "--json"])
        #expect(out.status == 0)
        let hits = try #require(try json(out) as? [[String: Any]])
        #expect(hits.map { $0["subject"] as? String } == ["Långmosseskolan", "Nytorpsskolan"])
        #expect(hits.first?["section"] as? String == "results")
        #expect(try tillit.run(["search", "lasforstaelsen"]).stdout.contains("lasforstaelsen"))
        #expect(
            try tillit.run(["search", "lasforstaelsen", "--ignore-diacritics"]).stdout.contains("«Läsförståelsen»"))
    }

    @Test func theQualityReport() throws {
        try demo()
        var out = try tillit.run(["report", "--year", "2025/26", "--lang", "sv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("läsförståelse: 1 av 7 skolor (föregående läsår: 0): Nytorpsskolan"))
        #expect(out.stdout.contains("## 6. Återkoppling"))
        out = try tillit.run(["report", "--year", "2025/26", "--lang", "sv", "--school", "Guldhedsskolan"])
        #expect(out.stdout.contains("Underlaget gäller bara Guldhedsskolan.") && !out.stdout.contains("Nytorp"))
        #expect(try tillit.run(["report", "--school", "Ingen sådan"]).status == 1)
        out = try tillit.run([
            "report", "--year", "2025/26", "--area", "nordost", "--format", "docx", "-o", folder.sub("r.docx"),
        ])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(mode(of: folder.sub("r.docx")) == 0o600)
        #expect(try tillit.run(["report", "--area", "Mars"]).status == 1)
        #expect(try tillit.run(["report", "--format", "txt"]).stderr.contains("docx"))
    }

    @Test func addEditArchiveSchools() throws {
        try demo()
        var out = try tillit.run([
            "school", "add", "--name", "Backaskolan", "--area", "Hisingen-Norr",
            "--principal", "Åsa Öberg", "--grades", "F-6",
        ])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("Hisingen-Norr"))
        out = try tillit.run(["school", "edit", "backa", "--grades", "F-9", "--area", "Utbildningsområde Hisingen"])
        #expect(out.status == 0, "\(out.stderr)")
        out = try tillit.run(["school", "archive", "Backaskolan"])
        #expect(out.status == 0)
        let rows = try #require(
            try json(try tillit.run(["school", "list", "--json", "--archived"])) as? [[String: Any]])
        let backa = try #require(rows.first { $0["id"] as? String == "backaskolan" })
        #expect(backa["grades"] as? String == "F-9")
        #expect(backa["areaID"] as? String == "hisingen")
        #expect(backa["archived"] as? Bool == true)
        #expect(backa["principal"] as? String == "Åsa Öberg")
        let visible = try #require(try json(try tillit.run(["school", "list", "--json"])) as? [[String: Any]])
        #expect(!visible.contains { $0["id"] as? String == "backaskolan" })
    }

    @Test func errorsGoToStderrWithNonZeroStatusAndChangeNothing() throws {
        try demo()
        let before = folder.bytes("\(store)/schools.json")
        let cases: [([String], String)] = [
            (["school", "add", "--name", "Guldhedsskolan", "--area", "X"], "already exists"),
            (["school", "add", "--name", "Ny", "--area", "X", "--grades", "F-12"], "F-12"),
            (["school", "edit", "Okänd skola", "--grades", "F-6"], "Okänd skola"),
            (["school", "edit", "Lå", "--grades", "F-6"], "several schools"),
            (["dialogue", "new", "--school", "Hagenskolan", "--date", "2026-02-30"], "2026-02-30"),
            (["dialogue", "new", "--school", "Sjöstadsskolan"], "archived"),
            (["dialogue", "new", "--school", "Hagenskolan", "--time", "25.00"], "25.00"),
            (["dialogue", "show", "ffff"], "ffff"),
            (["dialogue", "list", "--year", "2026"], "2026"),
            (["school", "list", "--lang", "fi"], "fi"),
        ]
        for (args, needle) in cases {
            let out = try tillit.run(args)
            #expect(out.status != 0, "\(args)")
            #expect(out.stdout.isEmpty, "\(args): \(out.stdout)")
            #expect(out.stderr.hasPrefix("error: "), "\(args): \(out.stderr)")
            #expect(out.stderr.contains(needle), "\(args): \(out.stderr)")
        }
        #expect(folder.bytes("\(store)/schools.json") == before)
    }

    @Test func noStoreSaysHowToMakeOne() throws {
        let out = try tillit.run(["school", "list"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("tillit init"))
        #expect(out.stderr.contains(store))
    }

    @Test func storeLocationFollowsFlagThenEnvironment() throws {
        let xdg = folder.sub("xdg")
        let viaXDG = TillitProcess(home: folder.path, extra: ["XDG_DATA_HOME": xdg])
        #expect(try viaXDG.run(["init"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(xdg)/tillit/manifest.json"))
        let viaHome = TillitProcess(home: folder.sub("home"))
        #expect(try viaHome.run(["init"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.sub("home/.local/share/tillit/manifest.json")))
        let flag = folder.sub("flag")
        #expect(try tillit.run(["init", "--store", flag]).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(flag)/manifest.json"))
        #expect(!FileManager.default.fileExists(atPath: "\(store)/manifest.json"))
    }

    @Test func speaksSwedishFromFlagEnvironmentOrLocale() throws {
        try demo()
        let args = ["school", "edit", "Okänd", "--grades", "F-6"]
        #expect(try tillit.run(args + ["--lang", "sv"]).stderr.hasPrefix("fel: Ingen skola heter"))
        #expect(try tillit.run(args, extra: ["TILLIT_LANG": "sv"]).stderr.hasPrefix("fel: "))
        #expect(try tillit.run(args, extra: ["LANG": "sv_SE.UTF-8"]).stderr.hasPrefix("fel: "))
        #expect(
            try tillit.run(args, extra: ["LANG": "sv_SE.UTF-8", "LC_ALL": "en_US.UTF-8"]).stderr.hasPrefix("error: "))
    }

    @Test func demoFlagOpensAFreshDemoStore() throws {
        let out = try tillit.run(["--demo"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Grundskoleförvaltningen (demo)"))
        #expect(out.stdout.contains("Nytorpsskolan"))
        #expect(!FileManager.default.fileExists(atPath: store), "the demo must not touch the user's store")
        let line = try #require(out.stdout.split(separator: "\n").first { $0.contains("tillit-demo-") })
        let path = String(line[line.range(of: "/")!.lowerBound...])
        #expect(mode(of: path) == 0o700)
    }

    @Test func doctorListsEveryProblemWithFileAndPlace() throws {
        try demo()
        #expect(try tillit.run(["doctor"]).status == 0)
        let bad = "\(store)/dialogues/4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054.json"
        try Data("{\n  \"formatVersion\" : 1,\n  \"dialogue\" : {\n".utf8).write(to: URL(fileURLWithPath: bad))
        try Data([0xEF, 0xBB, 0xBF] + Array("{}".utf8)).write(to: URL(fileURLWithPath: "\(store)/wheel.json"))
        let out = try tillit.run(["doctor"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("dialogues/4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054.json:4:1: the JSON ends too early"))
        #expect(out.stdout.contains("wheel.json:1:1: the file starts with a byte-order mark"))
        // Everything else still works, with a hint.
        let list = try tillit.run(["dialogue", "list", "--json"])
        #expect(list.status == 0)
        #expect((try json(list) as? [Any])?.count == 5)
        #expect(list.stderr.contains("tillit doctor"))
        let show = try tillit.run(["dialogue", "show", "4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054"])
        #expect(show.status == 1)
        #expect(show.stderr.contains("4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054.json:4:1"))
    }
}
