import Foundation

/// A calendar date without time or time zone, written `2025-09-18` in files.
public struct LocalDate: Hashable, Comparable, Sendable, TextCodable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the parts form a real day in the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a date written by a user or read from a file may fall in. Dialogues are held
    /// now and planned a few years ahead; 0001-01-01 or 9999-12-31 is a mistake (and would give
    /// school years such as "0000/01").
    public static let supportedYears = 1900...2199

    /// Parses `YYYY-MM-DD` (exactly that shape), in `supportedYears`.
    public init?(iso text: String) {
        // Read from the bytes (every summary of the index holds dates): ten ASCII bytes, digits
        // but for the two dashes.
        var text = text
        let parsed = text.withUTF8 { b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
        guard let (y, m, d) = parsed, LocalDate.supportedYears.contains(y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date of an instant as seen in a time zone.
    public init(_ instant: Date, timeZone: TimeZone = .current) {
        // The zone's offset at that instant, then whole days since 1970 (read for every key: a
        // calendar's components cost many times more).
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        self.init(dayNumber: days)
    }

    public var iso: String {
        guard year >= 0, month >= 0, day >= 0 else {
            return Padded.zeros(year, 4) + "-" + Padded.zeros(month, 2) + "-" + Padded.zeros(day, 2)
        }
        return Padded.joined((year, 4), "-", (month, 2), "-", (day, 2))
    }

    public var description: String { iso }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date a number of days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// ISO weekday: Monday 1 ... Sunday 7.
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The ISO 8601 week (Monday first, week 1 holds the year's first Thursday), as used in Sweden.
    public var isoWeek: ISOWeek {
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return ISOWeek(year: thursday.year, week: week)!
    }
}

extension LocalDate {
    public static var format: ValueFormat { .date }
    public init?(storedText: String) { self.init(iso: storedText) }
    public var storedText: String { iso }
}

extension LocalDate {
    /// Later than any day something is due (for sorting what has no date last).
    public static let distantFuture = LocalDate(year: 2199, month: 12, day: 31)!
}
