import Foundation

/// An ISO 8601 week, written `2025-W38` in files and "v. 38" to Swedish users.
public struct ISOWeek: Hashable, Comparable, Sendable, TextCodable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), (1...ISOWeek.weeksIn(year: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses `2025-W38`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].hasPrefix("W"), let y = Int(parts[0]),
            let w = Int(parts[1].dropFirst()), LocalDate.supportedYears.contains(y)
        else { return nil }
        self.init(year: y, week: w)
    }

    /// 52 or 53: a year has 53 weeks when 28 December falls in week 53.
    public static func weeksIn(year: Int) -> Int {
        guard let dec28 = LocalDate(year: year, month: 12, day: 28) else { return 52 }
        let thursday = dec28.adding(days: 4 - dec28.isoWeekday)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.dayNumber - jan1.dayNumber) / 7 + 1
    }

    /// The Monday that starts the week.
    public var monday: LocalDate {
        let jan4 = LocalDate(year: year, month: 1, day: 4)!
        let week1Monday = jan4.adding(days: 1 - jan4.isoWeekday)
        return week1Monday.adding(days: (week - 1) * 7)
    }

    public var iso: String {
        year < 0 || week < 0
            ? Padded.zeros(year, 4) + "-W" + Padded.zeros(week, 2) : Padded.joined((year, 4), "-W", (week, 2))
    }
    public var description: String { iso }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }
}

extension ISOWeek {
    public static var format: ValueFormat { .week }
    public init?(storedText: String) { self.init(iso: storedText) }
    public var storedText: String { iso }
}
