import AppCore
import Testing
import TillitDomain
import TUIKit

/// The reducer alone: keys in, state and effects out.
@Suite struct NavigationTests {
    @Test func panesCycleWithTabAndJumpWithNumbers() {
        var d = Driver()
        #expect(d.state.focus == .schools)
        d.press(.tab)
        #expect(d.state.focus == .notebook)
        d.press(.tab)
        #expect(d.state.focus == .wheel)
        d.press(.backTab)
        #expect(d.state.focus == .notebook)
        d.press(.char("1"))
        #expect(d.state.focus == .wheel)
        d.press(.char("2"))
        #expect(d.state.focus == .schools)
    }

    @Test func schoolSelectionMovesAcrossAreasInSwedishOrder() {
        var d = Driver()
        #expect(d.state.schools.selectedID == "guldhedsskolan")
        d.press(.char("j"), .down, .char("j"))
        #expect(d.state.schools.selectedID == "lovgardesskolan")
        d.press(.char("k"))
        #expect(d.state.schools.selectedID == "langedragsskolan")
        d.press(.char("G"))
        #expect(d.state.schools.selectedID == "nya-varvets-skola")
        d.press(.char("j"))
        #expect(d.state.schools.selectedID == "nya-varvets-skola")
        d.press(.char("g"))
        #expect(d.state.schools.selectedID == "guldhedsskolan")
        d.press(KeyEvent(.pageDown))
        #expect(d.state.schools.selectedID != "guldhedsskolan")
    }

    @Test func filterAsYouTypeAndClearWithEsc() {
        var d = Driver()
        d.press(.char("/"))
        #expect(d.state.keyContext == .textInput)
        d.type("nytorp")
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).map(\.id) == ["nytorpsskolan"])
        #expect(d.state.schools.selectedID == "nytorpsskolan")
        // q is text while typing, not quit.
        d.type("q")
        #expect(d.state.running)
        #expect(d.state.schools.filter.text == "nytorpq")
        d.press(KeyEvent(.backspace), .enter)
        #expect(d.state.keyContext == .schools)
        #expect(d.state.schools.filter.text == "nytorp")
        d.press(.esc)
        #expect(d.state.schools.filter.text.isEmpty)
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).count == 7)
        // å, ä and ö are letters of their own: "lang" does not find Lövgärdesskolan.
        d.press(.char("/"))
        d.type("lövg")
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).map(\.id) == ["lovgardesskolan"])
    }

    @Test func archivedSchoolsShowOnlyWhenAskedFor() {
        var d = Driver()
        #expect(!SchoolRows.schools(data: d.state.data, state: d.state.schools).contains { $0.archived })
        d.press(.char("v"))
        #expect(SchoolRows.schools(data: d.state.data, state: d.state.schools).contains { $0.name == "Sjöstadsskolan" })
    }

    @Test func wheelMonthsMoveAcrossSchoolYears() {
        var d = Driver()
        d.press(.char("1"))
        #expect(d.state.wheel.year.text == "2026/27")
        #expect(d.state.wheel.monthIndex == 3)  // November
        d.press(.char("l"), .right)
        #expect(d.state.wheel.monthIndex == 5)  // January
        d.press(.char("g"))
        #expect(d.state.wheel.monthIndex == 0)
        d.press(.char("h"))
        #expect(d.state.wheel.year.text == "2025/26")
        #expect(d.state.wheel.monthIndex == 11)
        d.press(KeyEvent(.pageDown), KeyEvent(.pageDown))
        #expect(d.state.wheel.year.text == "2027/28")
        d.press(.char("t"))
        #expect(d.state.wheel.year.text == "2026/27" && d.state.wheel.monthIndex == 3)
    }

    @Test func enterOnAWheelDialogueOpensItInTheNotebook() {
        var d = Driver()
        d.press(.char("1"))
        let item = WheelModel.selectedItem(d.state.wheel, data: d.state.data)
        #expect(item?.dialogue?.id == Fixtures.nytorpPlanned)
        d.press(.enter)
        #expect(d.effects == [.loadDialogue(Fixtures.nytorpPlanned, intent: .show)])
        #expect(d.state.schools.selectedID == "nytorpsskolan")
        #expect(d.state.focus == .notebook)
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
        #expect(d.state.notebook.open?.dialogue.id == Fixtures.nytorpPlanned)
    }

    @Test func notebookOpensScrollsAndCloses() {
        var d = Driver()
        d.press(.char("j"), .char("j"), .char("j"), .char("j"))
        #expect(d.state.schools.selectedID == "nytorpsskolan")
        d.press(.enter)
        #expect(d.state.focus == .notebook)
        #expect(NotebookList.dialogues(d.state).map(\.id) == [Fixtures.nytorpPlanned, Fixtures.nytorp2025])
        d.press(.char("j"), .enter)
        #expect(d.effects.last == .loadDialogue(Fixtures.nytorp2025, intent: .show))
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorp2025)))
        #expect(d.state.keyContext == .notebookDialogue)
        d.press(.char("j"), .char("j"))
        #expect(d.state.notebook.open?.scroll == 2)
        d.press(.char("G"))
        let bottom = d.state.notebook.open!.scroll
        #expect(bottom > 10)
        d.press(.char("j"))
        #expect(d.state.notebook.open?.scroll == bottom)
        d.press(.char("g"))
        #expect(d.state.notebook.open?.scroll == 0)
        // Find jumps to the line holding the text.
        d.press(.char("/"))
        d.type("klyftan")
        #expect(d.state.notebook.open!.scroll > 0)
        d.press(.esc, .esc)
        #expect(d.state.notebook.open == nil)
        d.press(.esc)
        #expect(d.state.focus == .schools)
    }

    @Test func helpOpensAndCloses() {
        var d = Driver()
        d.press(.char("?"))
        #expect(d.state.overlay == .help)
        d.press(.char("j"))
        d.press(.esc)
        #expect(d.state.overlay == nil)
    }

    @Test func quitEndsAndAPasteIsNeverACommand() {
        var d = Driver()
        d.send(.input(.paste("q")))
        #expect(d.state.running)
        d.send(.input(.paste("?")))
        #expect(d.state.overlay == nil)
        d.press(.char("q"))
        #expect(!d.state.running)
        #expect(d.effects == [.quit])
    }

    @Test func confirmationsAcceptJYAndCancelWithNOrEsc() {
        var d = Driver()
        d.press(.char("d"))
        guard case .confirm = d.state.overlay else {
            Issue.record("no question")
            return
        }
        d.press(.char("n"))
        #expect(d.state.overlay == nil && d.effects.isEmpty)
        d.press(.char("d"), .esc)
        #expect(d.effects.isEmpty)
        d.press(.char("d"), .char("j"))
        guard case .saveSchools(let doc) = d.effects.last else {
            Issue.record("nothing saved")
            return
        }
        #expect(doc.schools.first { $0.id == "guldhedsskolan" }?.archived == true)
        #expect(d.state.schools.selectedID != "guldhedsskolan")
        d.press(.char("v"), .char("g"))
        #expect(d.state.schools.selectedID == "guldhedsskolan")
        d.press(.char("d"), .char("y"))
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
        d.press(.char("a"))
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
        d.press(.char("b"))
        #expect(d.state.keyContext == .browse)
        func shown(_ filter: String) -> [String] { BrowseReducer.dialogues(d.state, filter: filter).map { d.state.data.subject(of: $0) } }
        #expect(shown("").count == 5)
        #expect(shown("2025/26") == ["Guldhedsskolan", "Nytorpsskolan"])
        #expect(shown("nordost") == ["Lövgärdesskolan", "Nytorpsskolan", "Nytorpsskolan"])
        #expect(shown("avslutad #läsförståelse") == ["Långmosseskolan", "Nytorpsskolan"])
        #expect(shown("planerad nytorp").count == 1)
        d.type("2025/26")
        d.press(.down, .enter)
        #expect(d.effects.last == .loadDialogue(Fixtures.nytorp2025, intent: .show))
        #expect(d.state.schools.selectedID == "nytorpsskolan")
    }

    @Test func noKeyMeansTwoThingsInOneContext() {
        for context in KeyContext.allCases where context != .global {
            var seen: [KeyEvent: String] = [:]
            let tables = [.textInput, .editor, .form, .confirm, .help, .prompts, .search, .browse, .compare].contains(context)
                ? Keymaps.table(context) : Keymaps.table(context) + Keymaps.table(.global)
            for binding in tables {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(context): \(key) is bound twice")
                    seen[key] = "\(binding.help)"
                }
            }
        }
    }
}
