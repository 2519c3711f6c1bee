import Foundation
import TestSupport
import Testing

@testable import TillitDomain

@Suite struct CalendarTests {
    @Test func parsesAndPrintsDates() {
        #expect(LocalDate(iso: "2025-09-18")?.iso == "2025-09-18")
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2025-02-29") == nil)
        #expect(LocalDate(iso: "2025-13-01") == nil)
        #expect(LocalDate(iso: "2025-9-18") == nil)
        #expect(LocalDate(iso: "18/9/2025") == nil)
    }

    @Test func dayNumbersRoundTrip() {
        #expect(LocalDate(iso: "1970-01-01")!.dayNumber == 0)
        for n in stride(from: -50_000, through: 50_000, by: 37) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        #expect(LocalDate(iso: "2025-12-31")!.adding(days: 1).iso == "2026-01-01")
    }

    @Test(arguments: [
        ("2025-09-18", 2025, 38, 4), ("2021-01-03", 2020, 53, 7), ("2024-12-30", 2025, 1, 1),
        ("2026-11-23", 2026, 48, 1), ("2027-01-01", 2026, 53, 5), ("2023-01-01", 2022, 52, 7),
    ])
    func swedishWeeksAreISOWeeks(_ text: String, _ year: Int, _ week: Int, _ weekday: Int) {
        let d = LocalDate(iso: text)!
        #expect(d.isoWeek == ISOWeek(year: year, week: week))
        #expect(d.isoWeekday == weekday)
    }

    @Test func weeksPerYearAndMondays() {
        #expect(ISOWeek.weeksIn(year: 2020) == 53)
        #expect(ISOWeek.weeksIn(year: 2025) == 52)
        #expect(ISOWeek.weeksIn(year: 2026) == 53)
        #expect(ISOWeek(year: 2025, week: 53) == nil)
        #expect(ISOWeek(iso: "2025-W38")!.monday.iso == "2025-09-15")
        #expect(ISOWeek(iso: "2020-W53")!.monday.iso == "2020-12-28")
    }

    @Test func schoolYearsRunFromAugust() {
        #expect(SchoolYear(containing: LocalDate(iso: "2025-08-01")!).text == "2025/26")
        #expect(SchoolYear(containing: LocalDate(iso: "2026-07-31")!).text == "2025/26")
        #expect(SchoolYear(containing: LocalDate(iso: "2025-07-31")!).text == "2024/25")
        #expect(SchoolYear(containing: LocalDate(iso: "2025-07-31")!, startMonth: 7).text == "2025/26")
        #expect(SchoolYear(text: "2025/26")?.startYear == 2025)
        #expect(SchoolYear(text: "2025/2026")?.startYear == 2025)
        #expect(SchoolYear(text: "1999/00")?.startYear == 1999)
        #expect(SchoolYear(text: "2025/27") == nil)
        #expect(SchoolYear(text: "25/26") == nil)
        let months = SchoolYear(startYear: 2025).months()
        #expect(months.first! == (2025, 8))
        #expect(months.last! == (2026, 7))
    }

    @Test(arguments: [
        ("9", "09:00"), ("09", "09:00"), ("9.30", "09:30"), ("9:30", "09:30"), ("kl. 13.15", "13:15"),
        ("kl 8", "08:00"), ("1315", "13:15"), ("930", "09:30"), (" 0:05 ", "00:05"), ("23:59", "23:59"),
    ])
    func timesAreReadAsPeopleWriteThem(_ written: String, _ stored: String) {
        #expect(TimeOfDay(parsing: written)?.storedText == stored)
    }

    @Test(arguments: ["", "24", "9.5", "9:60", "25.00", "kl.", "9.30.00", "nio", "-1", "１０:00", "9:3"])
    func whatIsNotATimeIsRefused(_ written: String) {
        #expect(TimeOfDay(parsing: written) == nil)
    }

    @Test func timesAreStoredOneWayAndGoPastMidnight() throws {
        #expect(TimeOfDay(storedText: "9:30") == nil)
        #expect(TimeOfDay(storedText: "09:30") == TimeOfDay(hour: 9, minute: 30))
        let late = try #require(TimeOfDay(hour: 23, minute: 30))
        #expect(late.adding(minutes: 90) == (TimeOfDay(hour: 1, minute: 0)!, 1))
        #expect(late.adding(minutes: -24 * 60) == (late, -1))
        #expect(
            Localizer(.sv).time(late) == "kl.\u{a0}23.30"
                && Localizer(.en).time(TimeOfDay(hour: 9, minute: 5)!) == "9:05")
    }
}

/// The day of an instant, worked out from the zone's offset, is the calendar's day.
@Suite struct InstantDayTests {
    @Test func theDayOfAnInstantIsTheCalendarsDayInEveryZone() {
        for zone in ["Europe/Stockholm", "UTC", "America/Los_Angeles", "Pacific/Kiritimati"] {
            let tz = TimeZone(identifier: zone)!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = tz
            // Every 97 minutes over three years (every DST change), and before 1970.
            for step in stride(from: -20_000, to: 1_000_000, by: 97) {
                let instant = Date(timeIntervalSince1970: 1_700_000_000 + Double(step) * 60 + 0.5)
                let c = calendar.dateComponents([.year, .month, .day], from: instant)
                #expect(LocalDate(instant, timeZone: tz) == LocalDate(year: c.year!, month: c.month!, day: c.day!))
            }
            let old = Date(timeIntervalSince1970: -86_400 * 400 - 0.5)
            let c = calendar.dateComponents([.year, .month, .day], from: old)
            #expect(LocalDate(old, timeZone: tz) == LocalDate(year: c.year!, month: c.month!, day: c.day!), "\(zone)")
        }
    }
}

/// Dates are read from their bytes, as strictly as before.
@Suite struct ISODateParsingTests {
    /// The way dates were read before (kept here as the reference).
    static func reference(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            LocalDate.supportedYears.contains(y)
        else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    @Test func theSameAsTheOldWay() {
        let texts = [
            "2025-09-18", "2024-02-29", "2025-02-29", "2025-13-01", "2025-9-18", "1899-12-31", "2199-12-31",
            "2200-01-01", "+025-01-01", "2025-01-1 ", " 2025-01-1", "2025/01/01", "２０２５-01-01", "2025-0١-01",
            "2025--1-01", "2025-01-00", "", "2025-01-01x", "abcd-ef-gh", "2025-1é-01",
        ]
        for t in texts { #expect(LocalDate(iso: t) == Self.reference(t), "\(t)") }
        var rng = SplitMix64(seed: 38)  // the same texts every run
        for _ in 0..<2000 {
            let t = String((0..<10).map { _ in Array("0123456789-")[Int.random(in: 0..<11, using: &rng)] })
            #expect(LocalDate(iso: t) == Self.reference(t), "\(t)")
        }
    }
}
