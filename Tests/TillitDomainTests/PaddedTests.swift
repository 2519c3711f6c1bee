import Foundation
import Testing

@testable import TillitDomain

/// Dates, weeks and school years are written into their own bytes (`Padded.joined`): the same
/// text as `String(format:)` gives.
@Suite struct PaddedTests {
    @Test func numbersAsPrintfWritesThem() throws {
        var random = SystemRandomNumberGenerator()
        let years = [1, 7, 99, 999, 1999, 2026, 9999] + (0..<300).map { _ in Int.random(in: 1...9999, using: &random) }
        for year in years {
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...28, using: &random)
            let date = try #require(LocalDate(year: year, month: month, day: day))
            #expect(date.iso == String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
            #expect(SchoolYear(startYear: year).text == String(format: "%04d/%02d", year, (year + 1) % 100))
            let week = try #require(ISOWeek(year: year, week: Int.random(in: 1...52, using: &random)))
            #expect(week.iso == String(format: "%04d-W%02d", week.year, week.week))
        }
        for n in [0, 5, 42, 12_345] {
            #expect(SchoolYear(startYear: n).text == String(format: "%04d/%02d", n, (n + 1) % 100))
            #expect(Padded.zeros(n, 4) == String(format: "%04d", n))
            #expect(Padded.zeros(n, 2) == String(format: "%02d", n))
        }
        // A minus sign goes before the zeros, which count digits only.
        #expect(Padded.zeros(-12, 4) == "-0012")
    }
}
