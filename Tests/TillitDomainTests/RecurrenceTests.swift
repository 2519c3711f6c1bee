import Foundation
import Testing

@testable import TillitDomain

/// The wheel turns: recurring events come back every school year, and one year's occurrence can
/// be changed or left out without touching the others.
@Suite struct RecurrenceTests {
    static func date(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static let y2026 = SchoolYear(startYear: 2026)
    static let y2027 = SchoolYear(startYear: 2027)

    func occurrence(_ e: WheelEvent, _ year: SchoolYear) -> WheelWhen? { e.occurrence(in: year, startMonth: 8)?.when }

    @Test func sameDateSameWeekAndTheNthWeekday() {
        let report = WheelEvent(
            id: "r", title: "Kvalitetsrapporten klar", when: .date(Self.date("2026-12-15")), kind: .reportDeadline,
            recurrence: .sameDate)
        #expect(occurrence(report, Self.y2027) == .date(Self.date("2027-12-15")))
        #expect(occurrence(report, SchoolYear(startYear: 2031)) == .date(Self.date("2031-12-15")))
        // From the year it was made for, not before: an earlier year's wheel is left as it was.
        #expect(occurrence(report, SchoolYear(startYear: 2025)) == nil)
        // The spring half of the school year lands in the next calendar year.
        let board = WheelEvent(
            id: "b", title: "Nämnd", when: .date(Self.date("2027-02-17")), kind: .boardMeeting,
            recurrence: .weekdayRule(of: Self.date("2027-02-17")))
        #expect(board.recurrence == .nthWeekday(nth: 3, weekday: 3, month: 2))  // the third Wednesday of February
        #expect(occurrence(board, Self.y2027) == .date(Self.date("2028-02-16")))
        let week = WheelEvent(
            id: "w", title: "Vårens dialoger", when: .week(ISOWeek(year: 2027, week: 12)!), kind: .dialogue,
            recurrence: .sameWeek)
        #expect(occurrence(week, Self.y2027) == .week(ISOWeek(year: 2028, week: 12)!))
        // Week 53 where a year has 52.
        let late = WheelEvent(
            id: "l", title: "Sista veckan", when: .week(ISOWeek(year: 2026, week: 53)!), kind: .other,
            recurrence: .sameWeek)
        #expect(occurrence(late, Self.y2027) == .week(ISOWeek(year: 2027, week: 52)!))
        // The last Friday of May, and 29 February in a year without one.
        #expect(Recurrence.weekdayRule(of: Self.date("2027-05-28")) == .nthWeekday(nth: -1, weekday: 5, month: 5))
        let leap = WheelEvent(
            id: "p", title: "Skottdag", when: .date(Self.date("2028-02-29")), kind: .other, recurrence: .sameDate)
        #expect(occurrence(leap, Self.y2027.next) == .date(Self.date("2029-02-28")))
        // A one-off belongs to its own year only.
        let once = WheelEvent(id: "o", title: "En gång", when: .date(Self.date("2026-10-01")), kind: .other)
        #expect(occurrence(once, Self.y2026) != nil && occurrence(once, Self.y2027) == nil)
    }

    @Test func oneYearOnlyOrEveryYear() throws {
        var wheel = Wheel(events: [
            WheelEvent(
                id: "a", title: "Analysdag", when: .date(Self.date("2026-08-14")), kind: .analysisDay,
                recurrence: .sameDate)
        ])
        // This year only: the others keep their date.
        try wheel.editEvent("a", when: .date(Self.date("2027-08-20")), scope: .only(Self.y2027))
        #expect(wheel.events(in: Self.y2027).first?.when == .date(Self.date("2027-08-20")))
        #expect(wheel.events(in: SchoolYear(startYear: 2028)).first?.when == .date(Self.date("2028-08-14")))
        // Every year, from the year it is seen in: the day moves in every year alike.
        try wheel.editEvent(
            "a", when: .date(Self.date("2028-08-16")), scope: .everyYear, seenIn: SchoolYear(startYear: 2028))
        #expect(wheel.events(in: Self.y2026).first?.when == .date(Self.date("2026-08-16")))
        #expect(wheel.events(in: SchoolYear(startYear: 2029)).first?.when == .date(Self.date("2029-08-16")))
        // Moving with + or - moves one year's occurrence.
        let moved = try wheel.moveEvent("a", days: 7, in: Self.y2026)
        #expect(moved.when == .date(Self.date("2026-08-23")))
        #expect(wheel.events(in: SchoolYear(startYear: 2029)).first?.when == .date(Self.date("2029-08-16")))
        // Left out one year; gone every year.
        try wheel.removeEvent("a", scope: .only(SchoolYear(startYear: 2029)))
        #expect(wheel.events(in: SchoolYear(startYear: 2029)).isEmpty)
        #expect(wheel.events(in: SchoolYear(startYear: 2030)).count == 1)
        try wheel.removeEvent("a", scope: .everyYear)
        #expect(wheel.events.isEmpty)
    }

    /// The form sends the rule it reads from the date shown; one year's change must not take it.
    @Test func oneYearsChangeLeavesTheRuleAlone() throws {
        var wheel = Wheel(events: [
            WheelEvent(
                id: "a", title: "Analysdag", when: .date(Self.date("2026-08-14")), kind: .analysisDay,
                recurrence: .weekdayRule(of: Self.date("2026-08-14")))
        ])
        let moved = Self.date("2027-08-20")
        try wheel.editEvent(
            "a", when: .date(moved), recurrence: .some(.weekdayRule(of: moved)), scope: .only(Self.y2027),
            seenIn: Self.y2027)
        #expect(wheel.events[0].recurrence == .nthWeekday(nth: 2, weekday: 5, month: 8))
        #expect(wheel.events(in: Self.y2026).first?.when == .date(Self.date("2026-08-14")))
        #expect(wheel.events(in: Self.y2027).first?.when == .date(moved))
        #expect(wheel.events(in: SchoolYear(startYear: 2028)).first?.when == .date(Self.date("2028-08-11")))
    }

    @Test func storedAsReadableText() throws {
        var e = WheelEvent(
            id: "n", title: "Nämnd", when: .date(Self.date("2026-10-20")), kind: .boardMeeting,
            recurrence: .nthWeekday(nth: 3, weekday: 2, month: 10))
        e.changes = ["2027": OccurrenceChange(removed: true)]
        let data = try JSONEncoder().encode(e)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""recurrence":"weekday:3:2:10""#))
        #expect(try JSONDecoder().decode(WheelEvent.self, from: data) == e)
        #expect(Recurrence(storedText: "weekday:9:2:10") == nil)
        #expect(Localizer(.sv).recurrence(e.recurrence) == "varje år, den tredje tisdagen i oktober")
        #expect(Localizer(.en).recurrence(.sameWeek) == "every year, same week")
    }
}
