import AppCore
import AppUI
import Foundation
import TUIKit
import Testing
import TillitDomain

/// Running a dialogue live, through the reducer: every change is journaled as it is shown.
@Suite struct LiveDialogueTests {
    init() {}

    /// The planned dialogue with Nytorpsskolan, open in the notebook.
    func openPlanned() -> Driver {
        var d = Driver()
        d.keys("jjjj<Enter><Enter>")
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
        d.effects = []
        return d
    }

    /// Presses `s`, answers the runner's search for the previous dialogue, accepts the setup.
    static func start(_ d: inout Driver, previous: Dialogue? = nil) {
        d.keys("s")
        #expect(d.effects.last == .prepareStart(Fixtures.nytorpPlanned))
        d.send(.startPrepared(previous: previous))
        d.keys("<Enter>")
    }

    func journaled(_ d: Driver) -> [DialogueChange] {
        d.effects.compactMap { if case .journal(_, let c) = $0 { return c } else { return nil } }
    }

    @Test func startingMakesItLiveOnTheStrengths() {
        var d = openPlanned()
        #expect(d.state.keyContext == .notebookDialogue)
        Self.start(&d)
        guard case .setupSaved(let setup) = journaled(d).first else {
            Issue.record("no setup")
            return
        }
        #expect(setup.date == Fixtures.today)
        #expect(setup.agendaMinutes[.strengths] == 15)
        #expect(setup.facilitators == ["Lena Bergström", "Jonas Ek"])
        #expect(Array(journaled(d).dropFirst().prefix(2)) == [.statusChanged(.live), .sectionEntered(.strengths)])
        guard case .clockChanged(let clock) = journaled(d).last else {
            Issue.record("the clock did not start")
            return
        }
        #expect(clock.isRunning && clock.section == .strengths)
        #expect(d.state.keyContext == .notebookLive)
        #expect(d.state.notebook.open?.section == .strengths)
    }

    @Test func leavingTheStrengthsWithNoneRecordedAsksFirst() {
        var d = openPlanned()
        Self.start(&d)
        d.keys("]")
        guard case .confirm(let c) = d.state.overlay, case .leaveStrengths(.results) = c.action else {
            Issue.record("no question")
            return
        }
        d.keys("n")
        #expect(d.state.notebook.open?.section == .strengths)
        d.keys("]j")
        #expect(d.state.notebook.open?.section == .results)
        d.keys("[")
        #expect(d.state.notebook.open?.section == .strengths)
        // With a strength recorded, no question.
        d.keys("a")
        d.type("Trygg skola")
        d.keys("<Enter>]")
        #expect(d.state.overlay == nil)
        #expect(d.state.notebook.open?.section == .results)
    }

    @Test func aNoteIsWrittenSavedAndJournaledKeystrokeByKeystroke() throws {
        var d = openPlanned()
        Self.start(&d)
        d.effects = []
        d.keys("a")
        #expect(d.state.keyContext == .editor)
        d.type("Läs")
        // The first keystroke journals the draft in full, the others only what they changed.
        #expect(
            journaled(d) == [
                .draftChanged(NoteDraft(section: .strengths, text: "L", revision: 1)),
                .draftEdited(DraftEdit(base: 1, at: 1, inserted: "ä")),
                .draftEdited(DraftEdit(base: 2, at: 2, inserted: "s")),
            ])
        d.keys("<A-Enter>")
        d.send(.input(.paste("rad två\nrad tre #läsförståelse")))
        d.keys("<Enter>")
        let note = try #require(d.state.notebook.open?.dialogue.notes.first)
        #expect(note.text == "Läs\nrad två\nrad tre")
        #expect(note.tags == ["läsförståelse"])
        #expect(note.kind == .strength && note.section == .strengths)
        #expect(journaled(d).suffix(2) == [.noteSaved(note), .draftChanged(nil)])
        #expect(d.state.notebook.open?.dialogue.draft == nil)
        #expect(d.state.notebook.open?.selectedNoteID == note.id)
    }

    /// An undo or a redo journals the whole draft (a rare key; a replay then never depends on
    /// how the edits before it fell into graphemes); one with nothing to undo journals nothing.
    @Test func undoAndRedoJournalTheWholeDraft() {
        var d = openPlanned()
        Self.start(&d)
        d.keys("a")
        d.type("Läs mer")
        d.effects = []
        d.keys("<C-z>")
        guard case .draftChanged(let undone)? = journaled(d).last else {
            Issue.record("undo journaled \(journaled(d))")
            return
        }
        #expect(undone?.text == "Läs ")
        d.effects = []
        d.keys("<C-y>")
        guard case .draftChanged(let redone)? = journaled(d).last else {
            Issue.record("redo journaled \(journaled(d))")
            return
        }
        #expect(redone?.text == "Läs mer")
        d.effects = []
        d.keys("<C-y>")
        #expect(journaled(d).isEmpty)
    }

    /// A draft kept with Esc is never lost by closing: it becomes a note.
    @Test func closingSavesTheDraftAsANote() {
        var d = openPlanned()
        Self.start(&d)
        d.keys("a")
        d.type("Halvfärdig tanke")
        d.keys("<Esc>C")
        d.keys("<Enter>")
        let closed = d.state.notebook.open?.dialogue
        #expect(closed?.status == .closed && closed?.draft == nil)
        #expect(closed?.notes.map(\.text) == ["Halvfärdig tanke"])
        #expect(d.state.status?.text.contains("Utkastet") == true)
    }

    @Test func escKeepsTheDraftAndAOpensItAgain() {
        var d = openPlanned()
        Self.start(&d)
        d.keys("a")
        d.type("Halvfärdig")
        d.keys("<Esc>")
        #expect(d.state.notebook.open?.editor == nil)
        #expect(d.state.notebook.open?.dialogue.draft?.text == "Halvfärdig")
        // q is a command again, but the draft is safe in the journal.
        d.keys("a")
        #expect(d.state.notebook.open?.editor?.buffer.text == "Halvfärdig")
    }

    @Test func followUpsNestAndTurnQuestionsIntoAnswers() throws {
        var d = openPlanned()
        Self.start(&d)
        d.keys("a")
        d.type("Vad gör att vi lyckas?")
        d.keys("<Tab><Tab><Tab><Tab>")  // strength → result → observation → challenge → question
        d.keys("<Enter>f")
        #expect(d.state.notebook.open?.editor?.draft.kind == .answer)
        d.type("Två ledningsgrupper")
        d.keys("<Enter>f")
        d.type("Hur vet vi det?")
        d.keys("<Enter>")
        let threaded = try #require(d.state.notebook.open?.sectionNotes)
        #expect(threaded.map(\.depth) == [0, 1, 2])
        #expect(threaded.map(\.note.kind) == [.question, .answer, .question])
    }

    @Test func deletingAndUndoingPutsEverythingBack() throws {
        var d = openPlanned()
        Self.start(&d)
        d.keys("a")
        d.type("Förälder")
        d.keys("<Enter>f")
        d.type("Barn")
        d.keys("<Enter>k")  // select the parent
        let before = try #require(d.state.notebook.open?.dialogue.notes)
        d.keys("d")
        #expect(d.state.notebook.open?.dialogue.notes.map(\.text) == ["Barn"])
        d.keys("u")
        #expect(d.state.notebook.open?.dialogue.notes.sorted { $0.id < $1.id } == before.sorted { $0.id < $1.id })
    }

    @Test func editorKeysMoveAndUndo() {
        var d = openPlanned()
        Self.start(&d)
        d.keys("a")
        d.type("ett två")
        d.keys("<C-Left>")
        d.type("x")
        #expect(d.state.notebook.open?.editor?.buffer.text == "ett xtvå")
        d.keys("<C-z>")
        #expect(d.state.notebook.open?.editor?.buffer.text == "ett två")
        d.keys("<C-y>")
        #expect(d.state.notebook.open?.editor?.buffer.text == "ett xtvå")
        d.keys("<End><C-w>")
        #expect(d.state.notebook.open?.editor?.buffer.text == "ett ")
    }

    @Test func leavingTheDialogueFoldsItsJournalAndStopsTheClock() {
        var d = openPlanned()
        Self.start(&d)
        d.keys("<Esc>")
        #expect(d.effects.last == .foldJournal(Fixtures.nytorpPlanned))
        guard case .journal(_, .clockChanged(let clock)) = d.effects.dropLast().last else {
            Issue.record("the clock kept running")
            return
        }
        #expect(!clock.isRunning)
        #expect(d.state.notebook.open == nil)
    }
}

@Suite struct PromptTests {
    func live() -> Driver {
        var d = LiveDialogueTests().openPlanned()
        LiveDialogueTests.start(&d)
        return d
    }

    @Test func theStandingQuestionsAreAlwaysInTheBank() {
        let texts = DefaultPrompts.bank.prompts.map(\.sv)
        // In the facilitator's voice (ni), each in the section where it belongs.
        #expect(texts.contains("Vad är det som gör att ni lyckas bra?"))
        #expect(texts.contains("Hur kan ni arbeta förebyggande?"))
        #expect(!texts.contains { $0.contains(" vi ") })
        let prevent = DefaultPrompts.bank.prompts.first { $0.id == "standing-prevent" }
        #expect(prevent?.section == .forward)
        #expect(DefaultPrompts.bank.all(for: .forward).first?.id == "standing-prevent")
        for section in SectionKind.allCases {
            #expect(DefaultPrompts.bank.prompts.filter { $0.section == section }.count >= 3, "\(section)")
        }
        #expect(DefaultPrompts.bank.prompts.allSatisfy { !$0.sv.isEmpty && !$0.en.isEmpty })
    }

    @Test func suggestionsSuitTheSectionAndTheNoteAndAreNotRepeated() {
        var d = live()
        var suggestions = LiveReducer.suggestions(d.state)
        #expect((3...5).contains(suggestions.count))
        #expect(suggestions.allSatisfy { $0.section == .strengths || $0.section == nil })
        // A challenge selected in the needs section: "what happens if nothing is done?" first.
        d.keys("a")
        d.type("Trygg skola")
        d.keys("<Enter>]]]a")
        d.type("Frånvaron ökar")
        d.keys("<Enter>")
        suggestions = LiveReducer.suggestions(d.state)
        #expect(suggestions.first?.id == "needs-nothing" || suggestions.first?.id == "standing-prevent")
        // Asking it records the question under the note and opens the editor for the answer.
        d.keys("p")
        guard case .prompts(let picker) = d.state.overlay else {
            Issue.record("no picker")
            return
        }
        let asked = picker.prompts[0]
        d.keys("<Enter>")
        let question = d.state.notebook.open!.dialogue.notes.last!
        #expect(question.kind == .question && question.text == asked.sv)
        #expect(question.parentID == d.state.notebook.open!.dialogue.notes.first { $0.text == "Frånvaron ökar" }?.id)
        #expect(d.state.notebook.open?.editor?.draft.parentID == question.id)
        #expect(d.state.notebook.open?.editor?.draft.kind == .answer)
        d.type("Elevhälsan kommer in för sent")
        d.keys("<Enter>")
        #expect(d.state.notebook.open!.dialogue.depth(of: d.state.notebook.open!.dialogue.notes.last!.id) == 2)
        #expect(!LiveReducer.suggestions(d.state).contains { $0.id == asked.id })
        #expect(d.state.notebook.open?.suggestions?.prompts == LiveReducer.suggestions(d.state))
    }

    @Test func suggestionsAreKeptFromKeyToKeyAndFollowTheSectionAndTheNote() {
        var d = live()
        let first = d.state.notebook.open?.suggestions
        #expect(first != nil)
        #expect(first?.prompts == LiveReducer.suggestions(d.state))
        // While a note is written the suggestions are not shown and not worked out.
        d.keys("a")
        d.type("Trygg skola")
        #expect(d.state.notebook.open?.suggestions == first)
        d.keys("<Enter>]]]")
        let needs = d.state.notebook.open?.suggestions
        #expect(needs != first)
        #expect(needs?.prompts.allSatisfy { $0.section == .needs || $0.section == nil } == true)
        d.keys("a")
        d.type("Frånvaron ökar")
        d.keys("<Enter>")
        #expect(d.state.notebook.open?.suggestions != needs)
        #expect(d.state.notebook.open?.suggestions?.prompts == LiveReducer.suggestions(d.state))
    }
}

@Suite struct ClockActionsAndCloseTests {
    /// A driver whose clock is set by hand.
    func live(at start: Date) -> Driver {
        var d = LiveDialogueTests().openPlanned()
        d.send(.tick(start))
        LiveDialogueTests.start(&d)
        return d
    }

    @Test func sectionClocksRunPauseAndAddUp() throws {
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        var d = live(at: t0)
        // Keys stamp the time from the environment, which is fixed at 1_795_000_000 here.
        let clock = try #require(d.state.notebook.open?.dialogue.clock)
        #expect(clock.isRunning && clock.section == .strengths)
        #expect(clock.agendaTotalMinutes == 90)
        d.send(.tick(t0.addingTimeInterval(125)))
        #expect(d.state.notebook.open?.dialogue.clock?.elapsed(.strengths, now: d.state.now) == 125)
        // Moving on adds the strengths' time and starts the next section's.
        var c = clock.entering(.results, now: t0.addingTimeInterval(125))
        #expect(c.elapsed(.strengths, now: t0.addingTimeInterval(500)) == 125)
        #expect(c.elapsed(.results, now: t0.addingTimeInterval(185)) == 60)
        c = c.paused(now: t0.addingTimeInterval(185))
        #expect(c.total(now: t0.addingTimeInterval(10_000)) == 185)
        c = c.resumed(now: t0.addingTimeInterval(1000))
        #expect(c.total(now: t0.addingTimeInterval(1010)) == 195)
        #expect(DialogueClock.format(3725) == "1:02:05")
        // Never "02:05", which reads as two minutes or two hours.
        #expect(DialogueClock.format(125) == "0:02:05")
        #expect(DialogueClock.format(0) == "0:00:00" && DialogueClock.format(-5) == "0:00:00")
        #expect(DialogueClock.format(36_000 + 59 * 60 + 9) == "10:59:09")
        #expect(DialogueClock.minutesOver(5410, 5400) == 0 && DialogueClock.minutesOver(5400, 5400) == 0)
        #expect(DialogueClock.minutesOver(5460, 5400) == 1 && DialogueClock.minutesOver(5519, 5400) == 1)
        // P pauses, P resumes, journaled.
        d.keys("P")
        #expect(d.state.notebook.open?.dialogue.clock?.isRunning == false)
        d.keys("P")
        #expect(d.state.notebook.open?.dialogue.clock?.isRunning == true)
    }

    @Test func actionsOfTheWayForward() throws {
        var d = live(at: Date(timeIntervalSince1970: 1_795_000_000))
        d.keys("A")
        d.type("Kartlägga läsningen i åk 4")
        d.keys("<Tab><C-u>")
        d.type("Else-Marie Hallqvist")
        d.keys("<Tab>")
        d.type("2027-13-01")
        d.keys("<Enter>")
        guard case .form(let form) = d.state.overlay else {
            Issue.record("a bad date closed the form")
            return
        }
        #expect(form.error?.contains("2027-13-01") == true)
        d.keys("<C-u>")
        d.type("2027-03-31")
        d.keys("<Tab>")
        d.type("läsförståelse, #kartläggning")
        d.keys("<Enter>")
        let action = try #require(d.state.notebook.open?.dialogue.actions.first)
        #expect(action.text == "Kartlägga läsningen i åk 4")
        #expect(action.owner == "Else-Marie Hallqvist")
        #expect(action.due == LocalDate(iso: "2027-03-31"))
        #expect(action.tags == ["läsförståelse", "kartläggning"])
        #expect(action.createdIn == Fixtures.nytorpPlanned && action.status == .notStarted)
        #expect(d.effects.contains(.journal(Fixtures.nytorpPlanned, .actionSaved(action))))
    }

    @Test func closingSummarisesChecksAndMakesItReadOnly() throws {
        var d = live(at: Date(timeIntervalSince1970: 1_795_000_000))
        d.keys("a")
        d.type("Trygg skola")
        d.keys("<Enter>C")
        guard case .form = d.state.overlay else {
            Issue.record("no closing form")
            return
        }
        d.type("Ja, öppet samtal")
        d.keys("<Tab>")
        d.type("Följ upp läsningen")
        d.keys("<Enter>")
        let dialogue = try #require(d.state.notebook.open?.dialogue)
        #expect(dialogue.status == .closed)
        #expect(
            dialogue.reflection == Reflection(purposeReached: "Ja, öppet samtal", takeForward: "Följ upp läsningen"))
        #expect(dialogue.clock?.isRunning == false)
        #expect(d.effects.last == .foldJournal(Fixtures.nytorpPlanned))
        #expect(d.state.keyContext == .notebookDialogue)
        // Read-only: a writes nothing now; o asks before reopening.
        d.keys("a")
        #expect(d.state.notebook.open?.editor == nil)
        d.keys("oj")
        #expect(d.state.notebook.open?.dialogue.status == .live)
    }
}

@Suite struct StartTests {
    @Test func lastTimesParticipantsAreOfferedAndItsOpenActionsFollowedUp() throws {
        var d = LiveDialogueTests().openPlanned()
        d.keys("s")
        d.send(.startPrepared(previous: Fixtures.dialogue(Fixtures.nytorp2025)))
        guard case .form(let setup) = d.state.overlay else {
            Issue.record("no setup form")
            return
        }
        #expect(setup.value(.participants).contains("Else-Marie Hallqvist (rektor)"))
        d.keys("<Enter>")
        // Two open actions from last year, one at a time.
        guard case .form(let review) = d.state.overlay, case .reviewAction(_, let actions, 0) = review.purpose else {
            Issue.record("no follow-up of last year's actions")
            return
        }
        #expect(actions.count == 2)
        d.keys("<Left>")  // in progress → done
        d.keys("<Tab>")
        d.type("Modellen används i alla klasser")
        d.keys("<Enter><Enter>")
        #expect(d.state.overlay == nil)
        let reviewed = try #require(d.state.notebook.open?.dialogue.reviewedActions)
        // The second was never started: the form proposed that, and Enter kept it (nothing untrue).
        #expect(reviewed.map(\.status) == [.done, .notStarted])
        #expect(reviewed[0].comment == "Modellen används i alla klasser")
        let followUps = d.effects.compactMap { effect -> ActionFollowUp? in
            if case .followUpAction(let id, _, let f) = effect, id == Fixtures.nytorp2025 { return f }
            return nil
        }
        #expect(followUps.map(\.status) == [.done, .notStarted])
        #expect(followUps.allSatisfy { $0.dialogueID == Fixtures.nytorpPlanned })
        #expect(d.state.notebook.open?.dialogue.participants.first?.role == .principal)
    }

    @Test func anAgendaTemplateCanBeChosenByName() throws {
        var d = LiveDialogueTests().openPlanned()
        d.keys("s")
        d.send(.startPrepared(previous: nil))
        d.keys("<S-Tab>")  // to the agenda, selected as a whole
        d.type("kort")
        d.keys("<Enter>")
        #expect(d.state.notebook.open?.dialogue.clock?.agendaTotalMinutes == 60)
    }

    @Test func participantsAndAgendaAreReadFromText() {
        let list = DialogueSetup.participants(from: "Else-Marie Hallqvist (rektor); Maria Olsson (förstelärare), Gäst")
        #expect(
            list == [
                Participant(name: "Else-Marie Hallqvist", role: .principal),
                Participant(name: "Maria Olsson", role: .leadTeacher), Participant(name: "Gäst", role: .other("")),
            ])
        #expect(DialogueSetup.agenda(from: "10 10 30, 10/20 10")?[.analysis] == 30)
        #expect(DialogueSetup.agenda(from: "10 10 30") == nil)
        #expect(DialogueSetup.agenda(from: "a b c d e f") == nil)
    }
}

@Suite struct TagCompletionTests {
    @Test func tabCompletesATagUsedBeforeElseChangesTheKind() {
        var d = LiveDialogueTests().openPlanned()
        LiveDialogueTests.start(&d)
        d.keys("a")
        d.type("Läsningen #läsf")
        d.keys("<Tab>")
        #expect(d.state.notebook.open?.editor?.buffer.text == "Läsningen #läsförståelse ")
        #expect(d.state.notebook.open?.editor?.draft.kind == .strength)
        d.keys("<Tab>")
        #expect(d.state.notebook.open?.editor?.draft.kind == .result)
        d.keys("<Enter>")
        #expect(d.state.notebook.open?.dialogue.notes.last?.tags == ["läsförståelse"])
    }
}

/// What the tester found leaving a meeting, kept from coming back.
@Suite struct LeavingTheMeetingTests {
    @Test func theInternalVersionIsSavedUnderANameOfItsOwn() {
        var d = Driver()
        LiveDialogueTests().openPlannedIn(&d)
        d.keys("x")
        guard case .form(let form) = d.state.overlay else {
            Issue.record("no export form")
            return
        }
        #expect(form.value(.path).hasSuffix("nytorpsskolan-2026-11-30"))
        #expect(form.value(.includeInternal) == "no")
        // Choosing internal notes makes it the administration's file; choosing again, the school's.
        d.keys("<Tab><Tab><Tab><Right>")
        guard case .form(let admin) = d.state.overlay else {
            Issue.record("no export form")
            return
        }
        #expect(admin.value(.includeInternal) == "yes")
        #expect(admin.value(.path).hasSuffix("nytorpsskolan-2026-11-30-intern"))
        d.keys("<Left>")
        guard case .form(let school) = d.state.overlay else {
            Issue.record("no export form")
            return
        }
        #expect(school.value(.path).hasSuffix("nytorpsskolan-2026-11-30"))
    }

    @Test func theHelpOpensFromTheEditorWithF1AndTheNoteIsStillThere() {
        var d = Driver()
        LiveDialogueTests().openPlannedIn(&d)
        LiveDialogueTests.start(&d)
        d.keys("aHalvvägs")
        d.keys("<F1>")
        #expect(d.state.overlay == .help(ScrollState()))
        d.keys("<Esc>")
        #expect(d.state.notebook.open?.editor?.buffer.text == "Halvvägs")
        // Alt-I makes the note internal; it is saved so.
        d.keys("<A-i><Enter>")
        #expect(d.state.notebook.open?.dialogue.notes.last?.isInternal == true)
    }
}

/// The figures block as a facilitator meets it on a small screen.
@Suite struct FiguresOnScreenTests {
    /// Found in tmux: going on to the results with no note selected there scrolled the section to
    /// its end, so the figures' title and first measures were off the screen.
    @Test(arguments: [Size(width: 50, height: 16), Size(width: 80, height: 24)])
    func theResultsOpenAtTheTopWithTheFiguresTitle(_ size: Size) {
        var d = Driver(Fixtures.state(size, language: .sv))
        d.keys("jjjj<Enter><Enter>")
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
        d.keys("s")
        d.send(.startPrepared(previous: nil))
        d.keys("<Enter>a")
        d.type("Rektorn leder analysarbetet")
        d.keys("<Enter>]")
        #expect(d.state.notebook.open?.section == .results)
        let screen = AppView.render(d.state).screen.textLines().joined(separator: "\n")
        #expect(screen.contains("Nyckeltal 2025/26"))
        #expect(screen.contains("Meritvärde"))
    }

    /// The figures are worked out once, not for every frame: a figure entered (or a store read
    /// again) shows at the next action.
    @Test func aChangedFigureShowsAtOnce() {
        var d = Driver(Fixtures.state(Size(width: 120, height: 40), language: .sv))
        d.keys("jjjj<Enter><Enter>")
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
        d.keys("s")
        d.send(.startPrepared(previous: nil))
        d.keys("<Enter>a")
        d.type("Rektorn leder analysarbetet")
        d.keys("<Enter>]")
        func attendance() -> String {
            AppView.render(d.state).screen.textLines().first { $0.contains("Närvaro") } ?? ""
        }
        #expect(attendance().contains("89,3\u{a0}%"))
        var book = d.state.data.figures
        book.set(
            Figure(
                schoolID: "nytorpsskolan", schoolYear: SchoolYear(startYear: 2025), measureID: "narvaro",
                value: .number(94.6)))
        d.state.data.figures = book
        d.send(.tick(Date(timeIntervalSince1970: 1_795_000_100)))
        #expect(attendance().contains("94,6\u{a0}%"))
        #expect(!attendance().contains("89,3"))
    }
}
