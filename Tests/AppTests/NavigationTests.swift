import AppCore
import TUIKit
import Testing
import TillitDomain

/// The reducer alone: keys in, state and effects out.
@Suite struct NavigationTests {
    // These tests state the whole change each key makes (any other change fails).
    @Test func panesCycleWithTabAndJumpWithNumbers() {
        var d = Driver()
        #expect(d.state.focus == .schools)
        d.keys("<Tab>") { $0.focus = .notebook }
        d.keys("<Tab>") { $0.focus = .wheel }
        d.keys("<S-Tab>") { $0.focus = .notebook }
        d.keys("1") { $0.focus = .wheel }
        d.keys("2") { $0.focus = .schools }
        d.keys("z") {
            $0.zoomed = true
            $0.status = StatusMessage("Skolor fyller skärmen (z visar alla rutor).")
        }
        #expect(d.takeEffects().isEmpty)
    }

    @Test func aKeyNoTableListsChangesNothing() {
        var d = Driver()
        d.keys("<F5><C-x>Ö") { _ in }
        #expect(d.takeEffects().isEmpty)
    }

    @Test func schoolSelectionMovesAcrossAreasInSwedishOrder() {
        var d = Driver()
        #expect(d.state.schools.selectedID == "guldhedsskolan")
        d.keys("j<Down>j")
        #expect(d.state.schools.selectedID == "lovgardesskolan")
        d.keys("k")
        #expect(d.state.schools.selectedID == "langedragsskolan")
        d.keys("G")
        #expect(d.state.schools.selectedID == "nya-varvets-skola")
        d.keys("j")
        #expect(d.state.schools.selectedID == "nya-varvets-skola")
        d.keys("g")
        #expect(d.state.schools.selectedID == "guldhedsskolan")
        d.keys("<PgDn>")
        #expect(d.state.schools.selectedID != "guldhedsskolan")
    }

    @Test func filterAsYouTypeAndClearWithEsc() {
        var d = Driver()
        d.keys("/")
        #expect(d.state.keyContext == .textInput)
        d.type("nytorp")
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).map(\.id) == ["nytorpsskolan"])
        #expect(d.state.schools.selectedID == "nytorpsskolan")
        // q is text while typing, not quit.
        d.type("q")
        #expect(d.state.running)
        #expect(d.state.schools.filter.text == "nytorpq")
        d.keys("<BS><Enter>")
        #expect(d.state.keyContext == .schools)
        #expect(d.state.schools.filter.text == "nytorp")
        d.keys("<Esc>")
        #expect(d.state.schools.filter.text.isEmpty)
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).count == 7)
        // å, ä and ö are letters of their own: "lang" does not find Lövgärdesskolan.
        d.keys("/")
        d.type("lövg")
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).map(\.id) == ["lovgardesskolan"])
    }

    @Test func archivedSchoolsShowOnlyWhenAskedFor() {
        var d = Driver()
        #expect(!SchoolRows.schools(data: d.state.data, state: d.state.schools).contains { $0.archived })
        d.keys("v")
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).contains { $0.name == "Sjöstadsskolan" })
    }

    @Test func wheelMonthsMoveAcrossSchoolYears() {
        var d = Driver()
        let year = SchoolYear(startYear: 2026)
        d.keys("1") { $0.focus = .wheel }
        #expect(d.state.wheel.year == year && d.state.wheel.monthIndex == 3)  // November
        d.keys("l<Right>") { $0.wheel.monthIndex = 5 }  // January
        d.keys("g") { $0.wheel.monthIndex = 0 }
        d.keys("h") {
            $0.wheel.year = year.previous
            $0.wheel.monthIndex = 11
        }
        d.keys("<PgDn><PgDn>") { $0.wheel.year = year.next }
        d.keys("t") {
            $0.wheel.year = year
            $0.wheel.monthIndex = 3
        }
    }

    @Test func enterOnAWheelDialogueOpensItInTheNotebook() {
        var d = Driver()
        d.keys("1")
        let item = WheelModel.selectedItem(d.state.wheel, data: d.state.data)
        #expect(item?.dialogue?.id == Fixtures.nytorpPlanned)
        d.keys("<Enter>")
        #expect(d.effects == [.loadDialogue(Fixtures.nytorpPlanned, intent: .show)])
        #expect(d.state.schools.selectedID == "nytorpsskolan")
        #expect(d.state.focus == .notebook)
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
        #expect(d.state.notebook.open?.dialogue.id == Fixtures.nytorpPlanned)
    }

    @Test func notebookOpensScrollsAndCloses() {
        var d = Driver()
        d.keys("jjjj")
        #expect(d.state.schools.selectedID == "nytorpsskolan")
        d.keys("<Enter>")
        #expect(d.state.focus == .notebook)
        #expect(NotebookList.dialogues(d.state).map(\.id) == [Fixtures.nytorpPlanned, Fixtures.nytorp2025])
        d.keys("j<Enter>")
        #expect(d.effects.last == .loadDialogue(Fixtures.nytorp2025, intent: .show))
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorp2025)))
        #expect(d.state.keyContext == .notebookDialogue)
        d.keys("jj")
        #expect(d.state.notebook.open?.scroll.offset == 2)
        d.keys("G")
        let bottom = d.state.notebook.open!.scroll.offset
        #expect(bottom > 10)
        d.keys("j")
        #expect(d.state.notebook.open?.scroll.offset == bottom)
        d.keys("g")
        #expect(d.state.notebook.open?.scroll.offset == 0)
        // Find jumps to the line holding the text.
        d.keys("/")
        d.type("klyftan")
        #expect(d.state.notebook.open!.scroll.offset > 0)
        d.keys("<Esc><Esc>")
        #expect(d.state.notebook.open == nil)
        d.keys("<Esc>")
        #expect(d.state.focus == .schools)
    }

    @Test func helpOpensAndCloses() {
        var d = Driver()
        d.keys("?")
        #expect(d.state.overlay == .help(ScrollState()))
        d.keys("j")
        d.keys("<Esc>")
        #expect(d.state.overlay == nil)
    }

    @Test func quitEndsAndAPasteIsNeverACommand() {
        var d = Driver()
        d.send(.input(.paste("q")))
        #expect(d.state.running)
        d.send(.input(.paste("?")))
        #expect(d.state.overlay == nil)
        d.keys("q")
        #expect(!d.state.running)
        #expect(d.effects == [.quit])
    }

    @Test func confirmationsAcceptJYAndCancelWithNOrEsc() {
        var d = Driver()
        d.keys("d")
        guard case .confirm = d.state.overlay else {
            Issue.record("no question")
            return
        }
        d.keys("n")
        #expect(d.state.overlay == nil && d.effects.isEmpty)
        d.keys("d<Esc>")
        #expect(d.effects.isEmpty)
        d.keys("dj")
        guard case .saveSchools(let doc) = d.effects.last else {
            Issue.record("nothing saved")
            return
        }
        #expect(doc.schools.first { $0.id == "guldhedsskolan" }?.archived == true)
        #expect(d.state.schools.selectedID != "guldhedsskolan")
        d.keys("vg")
        #expect(d.state.schools.selectedID == "guldhedsskolan")
        d.keys("dy")
        guard case .saveSchools(let restored) = d.effects.last else {
            Issue.record("nothing saved")
            return
        }
        #expect(restored.schools.first { $0.id == "guldhedsskolan" }?.archived == false)
    }

    @Test func aReadOnlyStoreSaysWhyInsteadOfChanging() {
        var state = Fixtures.state()
        state.data.readOnlyReason = .inUse(LockHolder(pid: 4242))
        var d = Driver(state)
        d.keys("a")
        #expect(d.state.overlay == nil)
        #expect(d.state.status?.kind == .error)
        #expect(d.state.status?.text.contains("en annan Tillit skriver") == true)
    }

    @Test func resizingKeepsTheStateAndClampsScrolling() {
        var d = Driver()
        d.send(.resized(Size(width: 20, height: 5)))
        #expect(AppLayout.compute(d.state.size, focus: d.state.focus).mode == .tooSmall)
        d.send(.resized(Size(width: 80, height: 24)))
        #expect(AppLayout.compute(d.state.size, focus: d.state.focus).mode == .tabbed)
        #expect(d.state.schools.selectedID == "guldhedsskolan")
    }

    @Test func browsingEveryDialogueFiltersByYearAreaSchoolStatusAndTag() {
        var d = Driver()
        d.keys("b")
        #expect(d.state.keyContext == .browse)
        func shown(_ filter: String) -> [String] {
            BrowseReducer.dialogues(d.state, filter: filter).map { d.state.data.subject(of: $0) }
        }
        #expect(shown("").count == 6)
        #expect(shown("2025/26") == ["Guldhedsskolan", "Nytorpsskolan"])
        #expect(shown("nordost") == ["Lövgärdesskolan", "Nytorpsskolan", "Utbildningsområde Nordost", "Nytorpsskolan"])
        #expect(shown("avslutad #läsförståelse") == ["Långmosseskolan", "Nytorpsskolan"])
        #expect(shown("planerad nytorp").count == 1)
        d.type("2025/26")
        d.keys("<Down><Enter>")
        #expect(d.effects.last == .loadDialogue(Fixtures.nytorp2025, intent: .show))
        #expect(d.state.schools.selectedID == "nytorpsskolan")
    }
}
