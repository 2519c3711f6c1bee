import AppUI
import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain

@testable import AppCore

/// The yearly cycle on the screen: the wheel turns, planning asks before a double, nothing
/// stray is left behind, actions that slip are seen.
@Suite struct YearlyCycleTests {
    @Test func nextSchoolYearHasItsRecurringEvents() {
        var d = Driver()
        d.keys("1<PgDn>")
        #expect(d.state.wheel.year == SchoolYear(startYear: 2027))
        let titles = WheelModel.items(d.state.wheel, data: d.state.data).compactMap { $0.event?.title }
        #expect(titles.contains("Kvalitetsrapporten klar"))
        #expect(titles.contains("Nämnd: kvalitetsrapporten behandlas"))
        let report = WheelModel.items(d.state.wheel, data: d.state.data).first {
            $0.event?.title == "Kvalitetsrapporten klar"
        }
        #expect(report?.when == .date(LocalDate(iso: "2027-12-15")!))
    }

    @Test func deletingOneYearOfARecurringEventOrEveryYear() {
        var d = Driver()
        d.keys("1")  // November 2026: move to December, the report deadline
        d.keys("l")
        let items = WheelModel.itemsInMonth(d.state.wheel, data: d.state.data)
        d.state.wheel.itemIndex = items.firstIndex { $0.event?.id == "ev-kvalitetsrapport" } ?? 0
        d.keys("d")
        guard case .confirm(let c) = d.state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(c.alternative != nil && c.question.contains("bara läsåret 2026/27"))
        d.keys("j")
        #expect(
            d.state.data.wheel.events(in: SchoolYear(startYear: 2026)).allSatisfy { $0.id != "ev-kvalitetsrapport" })
        #expect(d.state.data.wheel.events(in: SchoolYear(startYear: 2027)).contains { $0.id == "ev-kvalitetsrapport" })
        // Every year: a on the same question for the next year's occurrence.
        d.keys("<PgDn>")
        let next = WheelModel.itemsInMonth(d.state.wheel, data: d.state.data)
        d.state.wheel.itemIndex = next.firstIndex { $0.event?.id == "ev-kvalitetsrapport" } ?? 0
        d.keys("da")
        #expect(!d.state.data.wheel.events.contains { $0.id == "ev-kvalitetsrapport" })
    }

    @Test func aNewDialogueThatIsCancelledLeavesNothingBehind() {
        var d = Driver()
        d.keys("j")  // Hagenskolan: nothing planned
        let before = d.state.data.dialogues
        d.keys("n")
        #expect(d.effects == [.prepareNew(schoolID: "hagenskolan")])
        d.send(.startPrepared(previous: nil))
        d.keys("<Esc>")
        #expect(d.state.notebook.open == nil)
        #expect(d.state.data.dialogues == before)
        #expect(!d.effects.contains { if case .createDialogue = $0 { true } else { false } })
        #expect(d.state.status?.text == "Avbrutet; ingen dialog skapades.")
        // Accepted, it is written first, then set up.
        d.keys("n")
        d.send(.startPrepared(previous: nil))
        d.effects = []
        d.keys("<Enter>")
        guard case .createDialogue(let created) = d.effects.first else {
            Issue.record("not written")
            return
        }
        #expect(created.schoolID == "hagenskolan")
        #expect(d.state.data.dialogues.contains { $0.id == created.id })
    }

    @Test func aPlannedDialogueIsOfferedBeforeANewOne() {
        var d = Driver()
        d.keys("jjjj")  // Nytorpsskolan, planned this year
        d.keys("n")
        guard case .confirm(let c) = d.state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(c.question.contains("har en planerad dialog"))
        d.keys("j")
        #expect(d.effects.last == .loadDialogue(Fixtures.nytorpPlanned, intent: .start))
        d = Driver()
        d.keys("jjjjna")
        #expect(d.effects.last == .prepareNew(schoolID: "nytorpsskolan"))
    }

    @Test func aSecondDialogueInOneSchoolYearIsAskedAbout() {
        var d = Driver()
        d.keys("jjj")  // Lövgärdesskolan, planned in December
        d.keys("p<Enter>")
        guard case .confirm(let c) = d.state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(c.question.contains("Lövgärdesskolan har redan en dialog läsåret 2026/27"))
        d.keys("n")
        #expect(!d.effects.contains { if case .createDialogue = $0 { true } else { false } })
        // No takes the form back, as it was, to change what is planned.
        guard case .form(let back) = d.state.overlay else {
            Issue.record("the form is gone")
            return
        }
        #expect(back.purpose == .planDialogue && !back.force)
        d.keys("<Enter>j")
        #expect(d.effects.contains { if case .createDialogue = $0 { true } else { false } })
    }

    @Test func everyLevelCanBePlannedAndAnEmptySchoolIsSaidSo() {
        var d = Driver()
        d.keys("p")
        guard case .form(var form) = d.state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(form.fields[form.focus].key == .school)
        // No school: the form says what is missing, not that "" is no school.
        d.keys("<C-u><Enter>")
        guard case .form(let empty) = d.state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(empty.error == "En dialog på enhetsnivå behöver en skola.")
        // An area dialogue for Centrum-Väster.
        d = Driver()
        d.keys("p<S-Tab><Right>")
        guard case .form(let area) = d.state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(area.value(.level) == "area")
        d.keys("<Enter>")
        guard case .createDialogue(let planned) = d.effects.last else {
            Issue.record("not planned")
            return
        }
        #expect(planned.level == .area && planned.areaID == "centrum-vaster" && planned.schoolID == nil)
        form = area
        _ = form
    }

    @Test func anActionIsDueByAWeekAndOverdueActionsShow() throws {
        var d = Driver()
        LiveDialogueTests().openPlannedIn(&d)
        LiveDialogueTests.start(&d)
        d.keys("ALäsgrupper i åk 4<Tab><Tab>v. 10<Enter>")
        let action = try #require(d.state.notebook.open?.dialogue.actions.last)
        #expect(action.due == LocalDate(iso: "2027-03-12"))  // the Friday of week 10
        // The school list names what is past its date; the wheel shows actions in their month.
        var s = Driver(Fixtures.state(Size(width: 100, height: 30)))
        let nytorp = try #require(s.state.data.schoolStats["nytorpsskolan"])
        #expect(nytorp.overdue(on: s.state.today) == 2)
        let screen = AppView.render(s.state).screen.textLines().joined(separator: "\n")
        #expect(screen.contains("2 försenade"))
        s.keys("1l")  // December 2026: the rast activities action falls due on the 1st
        let due = WheelModel.itemsInMonth(s.state.wheel, data: s.state.data).compactMap(\.due)
        #expect(due.map(\.text) == ["Rastaktiviteter ledda av vuxna tre dagar i veckan"])
    }

    @Test func theComingYearIsPlannedFromTheWheel() {
        var d = Driver()
        d.keys("1Y")
        #expect(d.effects.last == .prepareYearPlan(SchoolYear(startYear: 2027), today: d.state.today))
        let plan = YearPlan.make(
            for: SchoolYear(startYear: 2027), schools: d.state.data.schoolList, dialogues: d.state.data.dialogues,
            facilitatorsOf: { _ in ["Jonas Ek"] }, startMonth: 8, makeID: { UUID().uuidString })
        d.send(.yearPlanReady(plan))
        guard case .yearPlan = d.state.overlay else {
            Issue.record("no plan shown")
            return
        }
        d.effects = []
        d.keys("<Enter>")
        #expect(d.effects.count == plan.entries.count)
        #expect(d.state.wheel.year == SchoolYear(startYear: 2027))
        #expect(
            WheelModel.items(d.state.wheel, data: d.state.data).filter { $0.dialogue != nil }.count
                == plan.entries.count)
    }

    @Test func phasesAreEditedOnTheScreen() {
        var d = Driver()
        d.keys("1f")
        #expect(d.state.overlay == .phases(0))
        d.keys("a")
        d.type("Planering")
        d.keys("<Tab><Right><Right><Tab><Right><Right><Right><Enter>")
        let added = d.state.data.wheel.phases.last
        #expect(added?.name == "Planering" && added?.startMonth == 10 && added?.endMonth == 12)
        guard case .phases(let selected) = d.state.overlay else {
            Issue.record("not back in the list")
            return
        }
        #expect(d.state.data.wheel.phases[selected].name == "Planering")
        d.keys("dj")
        #expect(!d.state.data.wheel.phases.contains { $0.name == "Planering" })
        #expect(d.effects.filter { if case .saveWheel = $0 { true } else { false } }.count == 2)
    }

    /// j past the month's last item goes on to the next month that has one; k back.
    @Test func theWheelsListGoesOnIntoTheNextMonth() {
        var d = Driver()
        d.keys("1")
        let month = d.state.wheel.monthIndex
        let count = WheelModel.itemsInMonth(d.state.wheel, data: d.state.data).count
        d.keys(String(repeating: "j", count: count))
        #expect(d.state.wheel.monthIndex > month && d.state.wheel.itemIndex == 0)
        #expect(!WheelModel.itemsInMonth(d.state.wheel, data: d.state.data).isEmpty)
        d.keys("k")
        #expect(d.state.wheel.monthIndex == month && d.state.wheel.itemIndex == count - 1)
    }

    /// A phase drawn in a colour by its place keeps that colour when only its name changes.
    @Test func editingAPhaseKeepsItsColour() throws {
        var d = Driver()
        let index = try #require(
            d.state.data.wheel.phases.firstIndex { $0.colour == nil && $0 != d.state.data.wheel.phases[0] })
        let colour = d.state.data.wheel.colour(ofPhaseAt: index)
        #expect(colour != 1)
        d.keys("1f" + String(repeating: "j", count: index) + "e")
        guard case .form(let form) = d.state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(form.value(.colour) == String(colour))
        d.keys("<End>!<Enter>")
        #expect(d.state.data.wheel.phases[index].name.hasSuffix("!"))
        #expect(d.state.data.wheel.colour(ofPhaseAt: index) == colour)
    }

    /// Editing one year's occurrence on the screen leaves the other years where they were.
    @Test func oneYearsOccurrenceIsChangedOnTheScreenAlone() throws {
        var d = Driver()
        d.keys("1<PgDn>")
        let event = try #require(
            d.state.data.wheel.events.first { if case .nthWeekday = $0.recurrence { true } else { false } })
        let rule = event.recurrence
        let next = try #require(event.occurrence(in: SchoolYear(startYear: 2027), startMonth: 8))
        let later = event.occurrence(in: SchoolYear(startYear: 2028), startMonth: 8)?.when
        WheelReducer.follow(next.when, eventID: event.id, &d.state)
        d.keys("e<Tab>")
        let moved = next.when.firstDay.adding(days: 6)
        d.keys("<C-u>\(moved.iso)<Enter>")
        let after = try #require(d.state.data.wheel.events.first { $0.id == event.id })
        #expect(after.recurrence == rule)
        #expect(after.occurrence(in: SchoolYear(startYear: 2027), startMonth: 8)?.when == .date(moved))
        #expect(after.occurrence(in: SchoolYear(startYear: 2028), startMonth: 8)?.when == later)
        #expect(after.occurrence(in: SchoolYear(startYear: 2026), startMonth: 8)?.when == event.when)
    }
}

/// People and time in the room.
@Suite struct PeopleAndTimeTests {
    @Test func theSpeakerIsPickedFromAShortListOrAddedOnTheSpot() {
        var d = Driver()
        LiveDialogueTests().openPlannedIn(&d)
        LiveDialogueTests.start(&d, previous: Fixtures.dialogue(Fixtures.nytorp2025))
        d.keys("<Enter><Enter>")  // last time's two actions
        d.keys("aVi ser en ökning<A-s>")
        guard case .speakers = d.state.overlay else {
            Issue.record("no list of speakers")
            return
        }
        // The facilitators come first: they speak too. 2 is the second facilitator.
        let names = SpeakerPicker.choices(d.state.notebook.open!.dialogue, filter: "")
        #expect(names.prefix(3) == [nil, "Lena Bergström", "Jonas Ek"])
        d.keys("2")
        #expect(d.state.overlay == nil && d.state.notebook.open?.editor?.draft.speaker == "Jonas Ek")
        // Typing filters; a name not there is added to the participants.
        d.keys("<A-s>")
        d.type("Else")
        d.keys("<Enter>")
        #expect(d.state.notebook.open?.editor?.draft.speaker == "Else-Marie Hallqvist")
        d.keys("<A-s>")
        d.type("Gunnel Ek")
        d.keys("<Enter>")
        #expect(d.state.notebook.open?.editor?.draft.speaker == "Gunnel Ek")
        #expect(d.state.notebook.open?.dialogue.participants.contains { $0.name == "Gunnel Ek" } == true)
        #expect(
            d.effects.contains(
                .journal(Fixtures.nytorpPlanned, .participantAdded(Participant(name: "Gunnel Ek", role: .other(""))))))
    }

    @Test func rolesAreKeptAsWritten() {
        let people = DialogueSetup.participants(
            from: "Anna Berg (kontaktpolitiker), Bo Ek (rektor), Cia Lind (Skolverket)")
        #expect(people.map(\.role) == [.other("kontaktpolitiker"), .principal, .other("Skolverket")])
    }

    /// Esc leaves last time's actions for later, not for good: F takes up those still waiting.
    @Test func lastTimesActionsLeftWithEscComeBackWithF() {
        var d = Driver()
        LiveDialogueTests().openPlannedIn(&d)
        let previous = Fixtures.dialogue(Fixtures.nytorp2025)
        LiveDialogueTests.start(&d, previous: previous)
        let open = previous.openActions
        #expect(open.count == 2)
        d.keys("<Esc>")
        #expect(d.state.overlay == nil)
        #expect(d.state.status?.text == "2 av förra gångens åtgärder väntar på uppföljning: F tar upp dem igen.")
        #expect(d.state.notebook.open?.dialogue.clock?.isRunning == true)
        d.keys("F")
        guard case .form(let form) = d.state.overlay, case .reviewAction(_, let actions, 0) = form.purpose else {
            Issue.record("no follow-up")
            return
        }
        #expect(actions.map(\.id) == open.map(\.id))
        d.keys("<Enter><Esc>")
        #expect(d.state.status?.text == "1 av förra gångens åtgärder väntar på uppföljning: F tar upp den igen.")
        d.keys("F")
        guard case .form(let again) = d.state.overlay, case .reviewAction(_, let rest, 0) = again.purpose else {
            Issue.record("no follow-up of the one left")
            return
        }
        #expect(rest.map(\.id) == [open[1].id])
        d.keys("<Enter>F")
        #expect(d.state.overlay == nil)
        #expect(d.state.status?.text.hasPrefix("Förra gångens åtgärder är uppföljda") == true)
    }

    @Test func lastTimesActionsHaveTheirOwnTime() {
        var d = Driver()
        LiveDialogueTests().openPlannedIn(&d)
        LiveDialogueTests.start(&d, previous: Fixtures.dialogue(Fixtures.nytorp2025))
        // Reviewing: the clock stands still; done: it runs on the strengths.
        #expect(d.state.notebook.open?.dialogue.clock?.isRunning == false)
        d.keys("<Enter><Enter>")
        #expect(d.state.overlay == nil)
        #expect(d.state.notebook.open?.dialogue.clock?.isRunning == true)
    }

    @Test func aDialogueHasItsTimeAndPlace() {
        var d = Driver()
        d.keys("p<Tab><Tab><Tab>")
        guard case .form(let form) = d.state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(form.fields[form.focus].key == .time)
        d.keys("25.00<Enter>")
        guard case .form(let wrong) = d.state.overlay else {
            Issue.record("the form closed on a wrong time")
            return
        }
        #expect(wrong.error == "”25.00” är ingen tid: skriv timme och minut, t.ex. 9.00 eller 13.30.")
        #expect(wrong.fields[wrong.focus].key == .time)
        d.keys("<C-u>kl. 9.30<Tab>Aulan<Enter>")
        guard case .createDialogue(let planned) = d.effects.last else {
            Issue.record("not planned")
            return
        }
        #expect(planned.startTime == TimeOfDay(hour: 9, minute: 30) && planned.place == "Aulan")
        #expect(d.state.data.dialogues.first { $0.id == planned.id }?.startTime == TimeOfDay(hour: 9, minute: 30))

        // Set up when it starts: the time and place can be changed; an empty place is the school's address.
        d = LiveDialogueTests().openPlanned()
        d.keys("s")
        d.send(.startPrepared(previous: nil))
        d.keys("<Tab>13:15<Enter>")
        let open = d.state.notebook.open?.dialogue
        #expect(open?.startTime == TimeOfDay(hour: 13, minute: 15) && open?.place == nil)
        let text = DialogueLayout.lines(d.state, width: 70).map { $0.pieces.map(\.0).joined() }
        #expect(text.first?.hasSuffix("kl.\u{a0}13.15") == true, "\(text.first ?? "")")
        #expect(text.contains("Plats: Nytorpsvägen 12, Göteborg"))
    }

    /// A planned dialogue is moved (e) or removed (d) where it is shown; one held is not.
    @Test func aPlannedDialogueIsMovedOrRemoved() throws {
        var d = LiveDialogueTests().openPlanned()
        d.keys("e")
        guard case .form(let form) = d.state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(form.purpose == .editPlan(Fixtures.nytorpPlanned))
        #expect(form.value(.time) == "9.00")
        d.keys("2027-W06<Tab>13.15<Tab>Aulan<Enter>")
        guard case .createDialogue(let moved) = d.effects.last else {
            Issue.record("not saved")
            return
        }
        #expect(moved.id == Fixtures.nytorpPlanned && moved.plannedWeek == ISOWeek(year: 2027, week: 6))
        #expect(moved.startTime == TimeOfDay(hour: 13, minute: 15) && moved.place == "Aulan")
        #expect(moved.facilitators == ["Lena Bergström", "Jonas Ek"])
        #expect(d.state.data.dialogues.first { $0.id == moved.id }?.plannedWeek == ISOWeek(year: 2027, week: 6))
        d.keys("d")
        guard case .confirm(let c) = d.state.overlay else {
            Issue.record("not asked")
            return
        }
        #expect(c.question.hasPrefix("Ta bort den planerade dialogen med Nytorpsskolan v."))
        d.keys("j")
        #expect(d.effects.last == .removePlannedDialogue(Fixtures.nytorpPlanned))
        #expect(!d.state.data.dialogues.contains { $0.id == Fixtures.nytorpPlanned })
        #expect(d.state.notebook.open == nil)
        // From the wheel: e opens the plan's form on the dialogue, once it is read.
        var w = Driver()
        let planned = try #require(w.state.data.dialogues.first { $0.id == Fixtures.nytorpPlanned })
        w.keys("1")
        w.state.wheel.itemIndex =
            WheelModel.itemsInMonth(w.state.wheel, data: w.state.data).firstIndex { $0.dialogue?.id == planned.id } ?? 0
        w.keys("e")
        #expect(w.effects.last == .loadDialogue(planned.id, intent: .editPlan))
        w.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned), readOnly: nil, intent: .editPlan))
        guard case .form(let fromWheel) = w.state.overlay else {
            Issue.record("no form from the wheel")
            return
        }
        #expect(fromWheel.purpose == .editPlan(planned.id))
        // A held dialogue is not moved.
        var held = Driver()
        held.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorp2025)))
        held.keys("3e")
        #expect(held.state.overlay == nil)
    }

    @Test func aSchoolHasAnAddress() {
        var d = Driver()
        d.keys("2j")
        d.keys("e<Tab><Tab><Tab><Tab>Nytorpsvägen 12<Enter>")
        #expect(d.state.overlay == nil)
        #expect(d.state.data.schoolList.schools.contains { $0.address == "Nytorpsvägen 12" })
    }
}
