import Foundation

/// A school year such as 2025/26, running from its start month (August by default) for twelve months.
public struct SchoolYear: Hashable, Comparable, Sendable, TextCodable, CustomStringConvertible {
    /// The calendar year in which the school year starts (2025 for 2025/26).
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The school year a date belongs to.
    public init(containing date: LocalDate, startMonth: Int = 8) {
        startYear = date.month >= startMonth ? date.year : date.year - 1
    }

    /// Parses `2025/26`, `2025/2026` or `2025-26`.
    public init?(text: String) {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]),
            let end = Int(parts[1]), LocalDate.supportedYears.contains(start),
            LocalDate.supportedYears.contains(start + 1)
        else { return nil }
        let expected = start + 1
        guard (parts[1].count == 2 && end == expected % 100) || (parts[1].count == 4 && end == expected)
        else { return nil }
        startYear = start
    }

    public var text: String {
        startYear < 0
            ? Padded.zeros(startYear, 4) + "/" + Padded.zeros((startYear + 1) % 100, 2)
            : Padded.joined((startYear, 4), "/", ((startYear + 1) % 100, 2))
    }
    public var description: String { text }

    public var previous: SchoolYear { SchoolYear(startYear: startYear - 1) }
    public var next: SchoolYear { SchoolYear(startYear: startYear + 1) }

    public func firstDay(startMonth: Int = 8) -> LocalDate {
        LocalDate(year: startYear, month: startMonth, day: 1)!
    }

    public func contains(_ date: LocalDate, startMonth: Int = 8) -> Bool {
        SchoolYear(containing: date, startMonth: startMonth) == self
    }

    /// The twelve (year, month) pairs of the school year in order.
    public func months(startMonth: Int = 8) -> [(year: Int, month: Int)] {
        (0..<12).map { i in
            let m = (startMonth - 1 + i) % 12 + 1
            return (m >= startMonth ? startYear : startYear + 1, m)
        }
    }

    public static func < (a: SchoolYear, b: SchoolYear) -> Bool { a.startYear < b.startYear }
}

extension SchoolYear {
    public static var format: ValueFormat { .schoolYear }
    public init?(storedText: String) { self.init(text: storedText) }
    public var storedText: String { text }
}
