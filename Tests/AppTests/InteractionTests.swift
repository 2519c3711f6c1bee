import AppCore
import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain
import TillitStore

/// The production run loop with a fake terminal and a real store in a temporary folder.
@Suite struct InteractionTests {

    @Test func addASchoolFromTheForm() throws {
        let h = try AppHarness()
        h.keys("a")
        #expect(h.shows("Ny skola"))
        h.type("Backaskolan")
        h.keys("<Tab>")
        h.type("Utbildningsområde Hisingen")  // replaces the filled-in area
        h.keys("<Tab>")
        h.type("Åsa Öberg")
        h.keys("<Tab>")
        h.type("F-12")
        h.keys("<Enter>")
        // A bad value keeps the form open with the reason, and nothing is written.
        #expect(h.shows("F-12"))
        #expect(try h.reopenStore().schools.schools.count == 8)
        h.keys("<C-u>")
        h.type("F-6")
        h.keys("<Enter>")
        let store = try h.reopenStore()
        let backa = try #require(store.schools.schools.first { $0.name == "Backaskolan" })
        #expect(backa.areaID == "hisingen" && backa.grades?.text == "F-6" && backa.principal == "Åsa Öberg")
        #expect(h.state.schools.selectedID == "backaskolan")
        #expect(h.shows("Backaskolan"))
    }

    @Test func archiveASchoolAfterAYes() throws {
        let h = try AppHarness()
        h.keys("d")
        #expect(h.shows("Arkivera Guldhedsskolan?"))
        h.keys("j")
        #expect(try h.reopenStore().school("guldhedsskolan")?.archived == true)
        #expect(!h.shows("Guldhedsskolan"))
    }

    @Test func addMoveAndDeleteAWheelEvent() throws {
        let h = try AppHarness()
        h.keys("1a")
        h.type("Analysdag läsförståelse")
        h.keys("<Tab>")
        h.type("2026-12-09")
        h.keys("<Tab><Right><Right>")  // kind: other → dialogue → analysis day
        h.keys("<Enter>")
        var event = try #require(try h.reopenStore().wheel.events.first { $0.title == "Analysdag läsförståelse" })
        #expect(event.when == .date(LocalDate(iso: "2026-12-09")!))
        #expect(event.kind == .analysisDay)
        #expect(h.shows("Analysdag läsförståelse"))
        // It is selected: + moves it a week later.
        h.keys("+")
        event = try #require(try h.reopenStore().wheel.events.first { $0.id == event.id })
        #expect(event.when == .date(LocalDate(iso: "2026-12-16")!))
        h.keys("dy")
        #expect(try h.reopenStore().wheel.events.contains { $0.id == event.id } == false)
    }

    @Test func planADialogueForASchoolInAWeek() throws {
        let h = try AppHarness()
        h.keys("j")  // Hagenskolan
        h.keys("p")
        #expect(h.shows("Planera en kvalitetsdialog"))
        h.keys("<Tab><Tab>")  // from the school, past the area, to when
        h.type("v. 50")
        h.keys("<Enter>")
        let store = try h.reopenStore()
        let planned = try #require(store.dialogues.first { $0.schoolID == "hagenskolan" })
        #expect(planned.status == .planned)
        #expect(planned.plannedWeek == ISOWeek(year: 2026, week: 50))
        #expect(try store.dialogue(planned.id).facilitators == ["Peter Johansson"])
        // It shows in the school's notebook and on the wheel.
        h.keys("<Enter>")
        #expect(h.shows("v.\u{a0}50 2026"))
        h.keys("1")
        #expect(h.shows("Kvalitetsdialog: Hage"), "\(h.text)")
    }

    @Test func aPasteGoesIntoTheFieldWithoutTriggeringAnything() throws {
        let h = try AppHarness()
        h.keys("/")
        h.paste("nytorp\nq")
        #expect(h.state.running)
        #expect(h.state.schools.filter.text == "nytorp q")
        h.keys("<Esc>")
        h.paste("q?")
        #expect(h.state.running && h.state.overlay == nil)
    }

    @Test func resizingRedrawsAndTooSmallComesBack() throws {
        let h = try AppHarness(size: Size(width: 120, height: 40))
        #expect(h.shows("Utbildningsområde Nordost"))
        h.resize(30, 8)
        #expect(h.shows("44×14"))
        h.resize(80, 24)
        #expect(h.shows("1 Årshjul"))
        #expect(h.shows("Guldhedsskolan"))
        #expect(h.screen.width == 80)
    }

    @Test func openADialogueFromTheStart() throws {
        let h = try AppHarness()
        h.runner.open(dialogue: "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28")
        h.runner.present()
        #expect(h.state.notebook.open?.dialogue.schoolID == "nytorpsskolan")
        #expect(h.shows("Styrkor och framgångsfaktorer"))
        #expect(h.shows("skrivskyddad"))
    }

    @Test func aDiskProblemWarnsWhileTypingGoesOnAndNothingIsLost() throws {
        let h = try AppHarness()
        // The journal cannot be written: its folder's place is taken by a file.
        let journal = h.folder.sub("store/journal")
        try? FileManager.default.removeItem(atPath: journal)
        FileManager.default.createFile(atPath: journal, contents: Data("x".utf8))
        h.keys("jjjj<Enter><Enter>")
        h.keys("s")
        h.keys("<Enter><Enter><Enter>")  // setup, then last year's two actions
        h.keys("a")
        h.type("Skriv vidare")
        #expect(h.state.status?.kind == .warning)
        #expect(h.state.notebook.open?.editor?.buffer.text == "Skriv vidare")
        // The disk is back: the next keystroke writes everything that waited.
        try FileManager.default.removeItem(atPath: journal)
        h.type("!")
        let d = try h.store.dialogueWithJournal("7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73").dialogue
        #expect(d.status == .live)
        #expect(d.draft?.text == "Skriv vidare!")
    }

    @Test func searchFindsANoteAndOpensTheDialogueThere() throws {
        let h = try AppHarness(size: Size(width: 80, height: 24))
        h.keys("3/")
        #expect(h.shows("Sök i alla anteckningar"))
        h.type("klyftan")
        // The search runs on its own thread; the answer is shown when it comes.
        #expect(h.settle())
        #expect(h.shows("Nytorpsskolan · Analys"))
        #expect(h.shows("1 träff."))
        #expect(h.screen.roleLines().joined().contains("MMMMMMM"))  // the match, highlighted
        h.keys("<Enter>")
        #expect(h.state.notebook.open?.dialogue.id == "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28")
        #expect(h.shows("Klyftan växer"))
        #expect((h.state.notebook.open?.scroll.offset ?? 0) > 0)
    }

    @Test func exportFromTheProgramWarnsOfPersonalData() throws {
        let h = try AppHarness()
        h.keys("3/")
        h.type("klyftan")
        h.settle()
        h.keys("<Enter>x")
        #expect(h.shows("Exportera minnesanteckningar"))
        #expect(h.shows("Inga personnummer"))
        h.keys("<Right><Tab>")  // md → html, then the file (selected as a whole)
        h.type(h.folder.sub("ut/nytorp"))
        h.keys("<Enter>")
        let path = h.folder.sub("ut/nytorp.html")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(mode(of: path) == 0o600)
        #expect(h.shows("nytorp.html"))
    }

    @Test func thisYearBesideLastYear() throws {
        let h = try AppHarness()
        h.keys("jjjj<Enter><Enter>")
        h.keys("c")
        guard case .compare(let c) = h.state.overlay else {
            Issue.record("no comparison")
            return
        }
        #expect(c.previous.id == "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28")
        #expect(h.shows("Nytorpsskolan: 2026-11-30 och 2025-10-14"))
        #expect(h.shows("Else-Marie Hallqvist: Verksamhetsplanen"))
        #expect(h.shows("1. Styrkor och framgångsfaktorer"))
        // Last year's actions with their real status and owner, speakers and tags (at the end).
        h.keys("G")
        #expect(h.shows("☑ Rastvärdar även för årskurs 7-9"), "\(h.text)")
        #expect(h.shows("klar · Karim Said"))
        #expect(h.shows("◐ Införa en gemensam modell"))
        h.keys("g")
        #expect(h.shows("Else-Marie Hallqvist: Verksamhetsplanen"))
        #expect(h.shows("#verksamhetsplan"))
        h.keys("<Esc>")
        #expect(h.state.overlay == nil)
        // Guldhedsskolan has nothing earlier than its one dialogue.
        h.keys("<Esc><Esc>g<Enter><Enter>c")
        #expect(h.state.overlay == nil)
        #expect(h.state.status?.text.contains("ingen tidigare dialog") == true)
    }

    @Test func theQualityReportOnScreen() throws {
        let h = try AppHarness()
        h.keys("1<PgUp>R")  // the wheel's previous school year: 2025/26
        // Put together on a thread of its own: the box says so at once.
        guard case .report(let waiting) = h.state.overlay, waiting.loading else {
            Issue.record("no report box")
            return
        }
        #expect(h.shows("Tar fram underlaget till kvalitetsrapporten 2025/26"))
        #expect(h.settle())
        guard case .report(let report) = h.state.overlay, !report.loading else {
            Issue.record("no report")
            return
        }
        #expect(h.shows("Underlag till kvalitetsrapporten 2025/26"))
        #expect(h.shows("Styrkor och framgångsfaktorer"))
        h.keys("<PgDn><Esc>")
        #expect(h.state.overlay == nil)
        // Closed while it is put together: the report that comes after is not shown.
        h.keys("R<Esc>")
        #expect(h.settle())
        #expect(h.state.overlay == nil)
        // Asked for one year, then another: only the last one asked for is shown.
        h.keys("R<Esc><PgDn>R")
        #expect(h.settle())
        guard case .report(let last) = h.state.overlay else {
            Issue.record("no report")
            return
        }
        #expect(last.year == SchoolYear(startYear: 2026) && !last.loading)
        #expect(h.shows("Underlag till kvalitetsrapporten 2026/27"))
    }

    @Test func idleFramesAreNotRedrawn() throws {
        let h = try AppHarness()
        let before = h.terminal.writeCount
        h.runner.present()
        h.runner.step([])
        #expect(h.terminal.writeCount == before)
    }

    @Test func suspendHandsTheTerminalOverAndRedrawsAfter() throws {
        let h = try AppHarness()
        let before = h.terminal.writeCount
        h.keys("<C-z>")
        #expect(h.terminal.suspendCount == 1)
        #expect(h.terminal.writeCount == before + 1)
    }
}

/// Opening shows the current school year at once and reads the earlier ones behind the first screen.
@Suite struct HistoryInteractionTests {
    @Test func earlierSchoolYearsArriveAfterTheFirstScreen() throws {
        let h = try AppHarness(scope: .firstScreen(today: AppHarness.today))
        let lastYear = try #require(
            try h.reopenStore().dialogues.first { $0.id == "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28" })
        for _ in 0..<10 where h.state.schools.selectedID != "nytorpsskolan" { h.keys("j") }
        #expect(h.state.schools.selectedID == "nytorpsskolan")
        // The school list's figures include last year from the start (its open actions)…
        #expect(h.state.data.schoolStats["nytorpsskolan"]?.openActions ?? 0 > 0)
        #expect(h.state.data.schoolStats["nytorpsskolan"]?.lastDialogue == lastYear.date)
        // …while its dialogue list says that last year is on its way.
        #expect(h.shows("Läser in tidigare läsår…"))
        #expect(!h.shows(lastYear.date.iso))
        h.runner.startReadingHistory()
        #expect(waitUntil { h.runner.takeBackgroundWork() })
        h.runner.present()
        #expect(h.shows(lastYear.date.iso))
        #expect(!h.shows("Läser in tidigare läsår…"))
        #expect(!h.state.data.historyPending && h.store.isComplete)
        // The word lists of search follow on the same thread and are saved beside the store.
        #expect(h.settle())
        #expect(FileManager.default.fileExists(atPath: h.folder.sub("store/search/2025.words")))
        #expect(FileManager.default.fileExists(atPath: h.folder.sub("store/search/2026.words")))
        // Nothing more to take in.
        #expect(!h.runner.takeBackgroundWork() && !h.runner.workingInBackground)
    }

    @Test func aNewerFileAmongTheEarlierYearsMakesTheStoreReadOnlyWhenItArrives() throws {
        let h = try AppHarness(scope: .firstScreen(today: AppHarness.today))
        #expect(h.state.data.readOnlyReason == nil)
        let path = h.folder.sub("store/dialogues/2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try DurableFile.replace(
            path, with: Data(text.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 9").utf8)
        )
        h.runner.startReadingHistory()
        #expect(waitUntil { h.runner.takeBackgroundWork() })
        #expect(h.state.data.readOnlyReason != nil)
        #expect(
            h.state.status == StatusMessage("1 problem i datamappen: kör tillit doctor för detaljer.", kind: .warning))
        #expect(h.store.problems.count == 1)
        #expect(!h.store.isWritable)
    }

    @Test func aSearchTypedWhileTheWordListsAreComingIsAnsweredWhenTheyAre() throws {
        let h = try AppHarness(scope: .firstScreen(today: AppHarness.today))
        h.runner.startReadingHistory()
        h.keys("3/")
        h.type("klyftan")
        // Until an answer comes, the count line says the search is under way.
        if h.state.overlay.map({ if case .search(let s) = $0 { s.answered != "klyftan" } else { false } }) == true {
            #expect(h.shows("Söker…"))
        }
        #expect(h.settle())
        #expect(h.shows("Nytorpsskolan · Analys"))
        #expect(h.shows("1 träff."))
        #expect(!h.shows("Söker…"))
    }
}
