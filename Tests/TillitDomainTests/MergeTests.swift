import Foundation
import Testing

@testable import TillitDomain

/// Two computers' copies made one without losing a word.
@Suite struct MergeTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    static func note(_ id: String, _ text: String, _ section: SectionKind = .strengths, parent: String? = nil) -> Note {
        Note(id: id, section: section, text: text, created: t0, parentID: parent)
    }

    static var base: Dialogue {
        var d = Dialogue(
            id: "d", schoolID: "nytorp", areaID: "nordost", date: LocalDate(iso: "2026-12-07")!, status: .live,
            facilitators: ["Lena Bergström"],
            participants: [Participant(name: "Else-Marie Hallqvist", role: .principal)])
        d.notes = [note("a", "Läsningen har blivit bättre."), note("b", "Tryggheten har ökat.")]
        d.actions = [ActionItem(id: "x", text: "Läsmodell i åk 4-6", owner: "Rektor", createdIn: "d")]
        return d
    }

    @Test func bothSidesNewNotesAndActionsAreKept() {
        var ours = Self.base
        ours.notes.append(Self.note("o1", "Ny från Lena", .analysis))
        var theirs = Self.base
        theirs.notes.append(Self.note("t1", "Ny från Jonas", .analysis))
        theirs.notes.append(Self.note("t2", "Följdfråga", .analysis, parent: "o1"))
        theirs.actions.append(ActionItem(id: "y", text: "Rastvärdar", createdIn: "d"))
        theirs.participants.append(Participant(name: "Karim Said", role: .deputyPrincipal))
        let m = DialogueMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(m.notes.map(\.id) == ["a", "b", "o1", "t1", "t2"])
        #expect(m.actions.map(\.id) == ["x", "y"])
        #expect(m.participants.map(\.name) == ["Else-Marie Hallqvist", "Karim Said"])
        #expect(m.conflicts == nil)
    }

    @Test func aNoteBothChangedKeepsBothVersionsAndIsMarked() throws {
        var ours = Self.base
        ours.notes[0].text = "Läsningen har blivit mycket bättre i åk 4."
        var theirs = Self.base
        theirs.notes[0].text = "Läsningen har blivit bättre, enligt de nationella proven."
        theirs.notes[0].tags = ["läsförståelse"]
        let m = DialogueMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(m.notes[0].text == ours.notes[0].text && m.notes[0].tags == ["läsförståelse"])
        let other = try #require(m.notes.first { $0.conflictOf == "a" })
        #expect(other.text == theirs.notes[0].text && m.notes[1].id == other.id)
        let c = try #require(m.conflicts?.first)
        #expect(c.place == "notes/a/text" && c.otherNoteID == other.id && c.other == theirs.notes[0].text)
        // Merged again (the other computer merging the same two), nothing doubles.
        let again = DialogueMerge.merge(base: Self.base, ours: m, theirs: theirs)
        #expect(again.notes.count == m.notes.count && again.conflicts?.count == 1)
        // Resolved on one side, it stays resolved when the other side's copy comes in.
        let resolved = try #require(m.resolving(c, takeOther: false))
        let later = DialogueMerge.merge(base: m, ours: resolved, theirs: m)
        #expect(later.conflicts == nil && later.notes.contains { $0.id == other.id && $0.conflictOf == nil })
        // Taking the other computer's words: the note has them, and the copy goes.
        let taken = try #require(m.resolving(c, takeOther: true))
        #expect(taken.notes[0].text == theirs.notes[0].text && !taken.notes.contains { $0.id == other.id })
    }

    @Test func aDeletionGoesUnlessTheOtherSideChangedIt() {
        var ours = Self.base
        ours.notes.removeAll { $0.id == "a" }
        ours.notes.removeAll { $0.id == "b" }
        var theirs = Self.base
        theirs.notes[1].text = "Tryggheten har ökat, men inte i korridoren."
        let m = DialogueMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        // a: deleted here, unchanged there: gone. b: deleted here, changed there: kept.
        #expect(m.notes.map(\.id) == ["b"] && m.notes[0].text == theirs.notes[1].text)
    }

    @Test func factsStatusAndFollowUps() throws {
        var ours = Self.base
        ours.place = "Aulan"
        ours.status = .closed
        ours.actions[0].followUps = [
            ActionFollowUp(
                dialogueID: "e", date: LocalDate(iso: "2027-03-01")!, status: .inProgress, comment: "Påbörjad")
        ]
        var theirs = Self.base
        theirs.place = "Rum 12"
        theirs.actions[0].followUps = [
            ActionFollowUp(dialogueID: "f", date: LocalDate(iso: "2027-02-01")!, status: .notStarted, comment: "Väntar")
        ]
        theirs.startTime = TimeOfDay(hour: 9, minute: 0)
        let m = DialogueMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(m.status == .closed)  // only forward
        #expect(m.startTime == TimeOfDay(hour: 9, minute: 0))  // changed on one side only
        #expect(m.place == "Aulan")
        #expect(m.conflicts?.map(\.place) == ["dialogue/place"] && m.conflicts?.first?.other == "Rum 12")
        #expect(m.actions[0].followUps.map(\.comment) == ["Väntar", "Påbörjad"])
        let c = try #require(m.conflicts?.first)
        #expect(m.resolving(c, takeOther: true)?.place == "Rum 12")
    }

    @Test func schoolFieldsAndTheSameNewSchoolOnTwoComputers() throws {
        let base = SchoolList(
            organisation: Organisation(name: "Grundskoleförvaltningen"), areas: [Area(id: "n", name: "Nordost")],
            schools: [School(id: "nytorp", name: "Nytorpsskolan", areaID: "n", principal: "Else-Marie")])
        var ours = base
        ours.schools[0].principal = "Karim Said"
        try ours.addSchool(name: "Backaskolan", area: "Nordost", principal: "Anna")
        var theirs = base
        theirs.schools[0].principal = "Maria Olsson"
        theirs.schools[0].address = "Nytorpsvägen 12"
        try theirs.addSchool(name: "Backaskolan", area: "Nordost", principal: "Bo")
        let m = ListMerge.schools(base: base, ours: ours, theirs: theirs)
        // One Backaskolan, not two; the principal both changed is one question each.
        #expect(m.schools.map(\.name) == ["Nytorpsskolan", "Backaskolan"])
        #expect(m.schools[0].principal == "Karim Said" && m.schools[0].address == "Nytorpsvägen 12")
        #expect(Set(m.conflicts?.map(\.place) ?? []) == ["schools/nytorp/principal", "schools/backaskolan/principal"])
        let c = try #require(m.conflicts?.first { $0.place == "schools/nytorp/principal" })
        #expect(m.resolving(c, takeOther: true)?.schools[0].principal == "Maria Olsson")
        // The same name under two ids is one question, never a silent double.
        var other = base
        other.schools.append(School(id: "backa-2", name: "Backaskolan", areaID: "n"))
        let twice = ListMerge.schools(base: base, ours: ours, theirs: other)
        #expect(
            twice.conflicts?.contains { $0.place == "schools/backaskolan/same-name" && $0.other == "backa-2" } == true)
    }

    @Test func wheelEventsByIdAndOneYearsChangeOnEitherSide() {
        let e = WheelEvent(
            id: "r", title: "Kvalitetsrapporten klar", when: .date(LocalDate(iso: "2026-12-15")!),
            kind: .reportDeadline,
            recurrence: .sameDate)
        let base = Wheel(events: [e])
        var ours = base
        _ = try? ours.removeEvent("r", scope: .only(SchoolYear(startYear: 2027)))
        var theirs = base
        _ = try? theirs.editEvent(
            "r", title: "Kvalitetsrapporten klar (utkast)", scope: .only(SchoolYear(startYear: 2028)))
        theirs.events.append(
            WheelEvent(id: "n", title: "Nämnd", when: .date(LocalDate(iso: "2027-02-17")!), kind: .boardMeeting))
        let m = ListMerge.wheel(base: base, ours: ours, theirs: theirs)
        #expect(m.events.map(\.id).sorted() == ["n", "r"])
        let r = m.events.first { $0.id == "r" }
        #expect(
            r?.changes?["2027"]?.removed == true && r?.changes?["2028"]?.title == "Kvalitetsrapporten klar (utkast)")
        #expect(m.conflicts == nil)
    }
}
