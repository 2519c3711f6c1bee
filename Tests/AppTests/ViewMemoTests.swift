import AppCore
import AppUI
import Testing
import TillitDomain

@testable import TUIKit

/// Panes whose inputs did not change are copied from the last frame, not drawn again; any change
/// of what they read draws them afresh. (In tests the run loop also checks every frame it shows
/// against drawing it afresh.)
@Suite struct ViewMemoTests {
    @Test func aListMoveCopiesTheWheelAndAChangeOfDataDrawsItAgain() {
        var memo = ViewMemo()
        var d = Driver()
        d.press(.char("2"))
        _ = AppView.render(d.state, memo: &memo)
        #expect(memo.reused == 0)

        let before = d.state.schools.selectedID
        d.press(.char("j"))
        #expect(d.state.schools.selectedID != before)
        let moved = AppView.render(d.state, memo: &memo)
        #expect(memo.reused == 1)  // the wheel; the list and the notebook changed
        #expect(moved == AppView.render(d.state))

        // Earlier school years arrive: what the data says may differ, so both lists are drawn.
        d.state.data.historyPending.toggle()
        let changed = AppView.render(d.state, memo: &memo)
        #expect(memo.reused == 1)
        #expect(changed == AppView.render(d.state))

        _ = AppView.render(d.state, memo: &memo)
        #expect(memo.reused == 3)  // nothing changed: the wheel and the list copied
    }

    /// A move in the school list draws again only the rows whose school or selection changed, on
    /// a copy of the last drawing: the same frame as drawing it all, also when the list scrolls,
    /// a filter is typed or the focus leaves.
    @Test func aListMoveDrawsTheRowsItChanged() {
        var memo = ViewMemo()
        var d = Driver()
        d.press(.char("2"))
        _ = AppView.render(d.state, memo: &memo)
        var keys: [KeyEvent] = Array(repeating: .char("j"), count: 30) + Array(repeating: .char("k"), count: 12)
        keys += [.char("/"), .char("s"), KeyEvent(.enter), .char("j"), .char("1"), .char("2"), .char("k")]
        for key in keys {
            d.press(key)
            #expect(AppView.render(d.state, memo: &memo) == AppView.render(d.state), "after \(key)")
        }
        #expect(memo.rowsRedrawn >= 10)
    }

    /// A live dialogue's section lines are kept while a note is typed (wrapping every note of
    /// the section for every key was most of a key's work) and made again when a note is saved,
    /// the section changes, the width or the language changes: the same frame as drawing afresh.
    @Test func aLiveSectionsLinesAreKeptWhileANoteIsTyped() {
        var memo = ViewMemo()
        var d = LiveDialogueTests().openPlanned()
        LiveDialogueTests.start(&d)
        func check(_ what: String) {
            #expect(AppView.render(d.state, memo: &memo) == AppView.render(d.state), "\(what)")
        }
        for n in 0..<4 {
            d.keys("a")
            for c in "Eleverna läser mer hemma, note \(n), och lärarna planerar gemensamt" {
                d.press(.char(c))
                check("typing note \(n)")
            }
            d.keys("<Enter>")
            check("saved note \(n)")
        }
        let kept = memo.liveLinesKept
        #expect(kept >= 200)
        #expect(AppView.render(d.state).screen.contains("note 3, och"))
        // What the lines are made from, changed: each is drawn as drawing afresh draws it.
        d.keys("a")
        d.press(.char("x"))
        check("a new note begun")
        d.state.size = Size(width: 100, height: 30)
        check("narrower")
        d.state.language = .en
        check("in English")
        d.keys("<Esc>")
        d.keys("2")
        check("the results")
        #expect(memo.liveLinesKept == kept + 1)
    }

    /// The status line is copied while what it shows stays the same, and drawn again (the same
    /// as drawing it afresh) when a message comes or the keys that matter change.
    @Test func theStatusLineIsDrawnWhenItChanges() {
        var memo = ViewMemo()
        var d = Driver()
        d.press(.char("2"))
        _ = AppView.render(d.state, memo: &memo)
        d.press(.char("j"))
        #expect(AppView.render(d.state, memo: &memo) == AppView.render(d.state))
        #expect(memo.statusBarsCopied == 1)
        d.state.status = StatusMessage("Sparat")
        #expect(AppView.render(d.state, memo: &memo) == AppView.render(d.state))
        #expect(memo.statusBarsCopied == 1)
        d.state.status = nil
        d.press(.char("1"))
        #expect(AppView.render(d.state, memo: &memo) == AppView.render(d.state))
        #expect(memo.statusBarsCopied == 1)
    }

    /// A long grapheme (kept by the screen, not in its cell) scrolled out of view or drawn over
    /// is forgotten: a frame copied from the memo is the frame drawn afresh, not one that still
    /// holds graphemes it no longer shows.
    @Test func graphemesNoLongerShownAreForgotten() {
        var state = Fixtures.state()
        var list = state.data.schoolList
        let first = state.data.schoolsInOrder[0].id
        for i in list.schools.indices where list.schools[i].id == first { list.schools[i].name += " 👨‍👩‍👧‍👦" }
        for k in 0..<30 {
            var school = list.schools[0]
            school.id = "zz\(k)"
            school.name = "Zeta \(k) 👩🏽‍💻"
            list.schools.append(school)
        }
        state.data.schoolList = list
        var memo = ViewMemo()
        var d = Driver(state)
        d.press(.char("2"))
        _ = AppView.render(d.state, memo: &memo)
        for key in Array(repeating: KeyEvent.char("j"), count: 40) + Array(repeating: KeyEvent.char("k"), count: 40) {
            d.press(key)
            let frame = AppView.render(d.state, memo: &memo)
            #expect(frame == AppView.render(d.state), "after \(key)")
            let shown = Set(frame.screen.cells.filter { $0.isLong }.map(\.longKey))
            #expect(Set(frame.screen.clusters.keys) == shown)
        }
        #expect(memo.rowsRedrawn > 10)
    }

    @Test func theLanguageTheDayAndTheSizeAreInputsToo() {
        var memo = ViewMemo()
        var state = Fixtures.state()
        _ = AppView.render(state, memo: &memo)
        state.language = .en
        #expect(AppView.render(state, memo: &memo) == AppView.render(state))
        state.today = LocalDate(iso: "2027-03-02")!
        #expect(AppView.render(state, memo: &memo) == AppView.render(state))
        state.size = Size(width: 80, height: 24)
        #expect(AppView.render(state, memo: &memo) == AppView.render(state))
        #expect(memo.reused == 0)
    }
}

/// The wheel's due actions per school year, grouped once: the same as going through every
/// dialogue for every year.
@Suite struct WheelDueTests {
    @Test func eachYearsDueActionsAreThoseOfEveryDialogue() {
        var data = Fixtures.data()
        // Actions due over several years, some dialogues with actions in two of them.
        var dialogues = data.dialogues
        for (i, d) in dialogues.enumerated() where d.dueActions != nil {
            var more = d.dueActions!
            let later = ActionItem(
                id: "x\(i)", text: "Senare", due: LocalDate(iso: "2028-0\(i % 9 + 1)-15")!, createdIn: d.id)
            more.append(DueAction(later))
            dialogues[i].dueActions = more
        }
        data.dialogues = dialogues
        let start = data.wheel.schoolYearStartMonth
        let due = data.dialogues.filter { !($0.dueActions ?? []).isEmpty }
        let years = Set(due.flatMap { $0.dueActions!.map { SchoolYear(containing: $0.due, startMonth: start) } })
        #expect(years.count >= 3)
        let expected = Dictionary(
            uniqueKeysWithValues: years.map { ($0.startYear, WheelItem.dueActions(due, in: $0, startMonth: start)) })
        #expect(data.wheelDue == expected)
    }
}

/// The school list's lines are worked out with its rows: each school's name line and place are
/// where the list has them, and an area's heading follows a blank line but for the first.
@Suite struct SchoolListLinesTests {
    @Test func namesAndPlacesPointAtTheirSchools() {
        var state = Fixtures.state()
        for query in ["", "skola", "zzz"] {
            state.schools.filter = LineEditor(query)
            let list = SchoolRows.list(data: state.data, state: state.schools)
            #expect(list.schools == list.rows.compactMap(\.school))
            for (i, s) in list.schools.enumerated() {
                #expect(list.place[s.id] == i)
                let line = list.nameLine[s.id]!
                #expect(list.lines[line] == .name(list.rows.firstIndex(of: .school(s))!))
                #expect(list.lines[line + 1] == .facts(list.rows.firstIndex(of: .school(s))!))
            }
            let areas = list.rows.filter { if case .area = $0 { return true } else { return false } }.count
            #expect(list.lines.count == list.schools.count * 2 + areas + max(0, areas - 1))
            #expect(list.lines.first.map { if case .area = $0 { return true } else { return false } } ?? true)
        }
    }
}
