/// One measure of a school (or an area, or the organisation) as a dialogue looks at it: the last
/// five school years up to the dialogue's, this year's value, the change from last year, and the
/// area's and the organisation's values beside it.
public struct FigureTrend: Hashable, Sendable {
    public var measure: Measure
    /// Oldest first, ending with the year looked at.
    public var years: [SchoolYear]
    public var values: [FigureValue?]
    /// The area's value: its own figure, or the median of its schools' (`areaIsMedian`).
    public var area: Double?
    public var areaIsMedian = false
    public var organisation: Double?
    public var organisationIsMedian = false

    public var current: FigureValue? { values.last ?? nil }
    public var previous: FigureValue? { values.count > 1 ? values[values.count - 2] : nil }

    /// This year's value less last year's, when both are numbers.
    public var change: Double? {
        guard let now = current?.number, let before = previous?.number else { return nil }
        return now - before
    }

    /// Whether the measure went the wrong way since last year (a fall, or a rise in absence).
    public var worsened: Bool {
        guard let now = current?.number, let before = previous?.number else { return false }
        return measure.isWorse(from: before, to: now)
    }

    public var sparkline: String { Sparkline.draw(values.map { $0?.number }) }

    /// Every measure with a figure for the subject, over `span` school years up to `year`.
    public static func trends(
        _ book: FigureBook, _ levels: FigureLevels, subject: FigureSubject, areaID: String?, year: SchoolYear,
        span: Int = 5
    ) -> [FigureTrend] {
        let years = (0..<span).reversed().map { SchoolYear(startYear: year.startYear - $0) }
        // An area or the organisation without figures of its own has its schools' median.
        let isSchool = subject.schoolIDValue != nil
        // The subject's own figures by measure and year, gathered once (this runs for frames).
        var own: [String: [Int: FigureValue]] = [:]
        for f in book.figures(of: subject) where f.group == nil {
            own[f.measureID, default: [:]][f.schoolYear.startYear] = f.value
        }
        return (isSchool ? book.measures.filter { own[$0.id] != nil } : book.measures).compactMap { m in
            let values = years.map { y in
                own[m.id]?[y.startYear]
                    ?? (isSchool ? nil : levels.level(subject, m.id, y).map { .number($0.value) })
            }
            guard values.contains(where: { $0 != nil }) else { return nil }
            var trend = FigureTrend(measure: m, years: years, values: values)
            if let areaID, subject != .area(areaID), let l = levels.level(.area(areaID), m.id, year) {
                (trend.area, trend.areaIsMedian) = (l.value, l.isMedian)
            }
            if subject != .organisation, let l = levels.level(.organisation, m.id, year) {
                (trend.organisation, trend.organisationIsMedian) = (l.value, l.isMedian)
            }
            return trend
        }
    }

    /// The figures a dialogue looks at: its subject's, up to the school year before its own.
    public static func trends(
        for d: Dialogue, _ book: FigureBook, _ levels: FigureLevels, schools: SchoolList
    ) -> [FigureTrend] {
        let subject: FigureSubject
        var areaID = d.areaID
        switch d.level {
        case .school:
            guard let id = d.schoolID else { return [] }
            subject = .school(id)
            areaID = schools.school(id)?.areaID ?? d.areaID
        case .area:
            guard let id = d.areaID else { return [] }
            subject = .area(id)
        case .organisation: subject = .organisation
        }
        // The school year that ended before the dialogue's own began (or the newest before it
        // with figures): what was known when it was held, even if later years came in since.
        let known = d.schoolYear.previous
        let latest =
            subject.schoolIDValue != nil
            ? book.latestYear(of: subject, notAfter: known) : book.years.filter { $0 <= known }.max()
        guard let year = latest else { return [] }
        return trends(book, levels, subject: subject, areaID: areaID, year: year)
    }

    /// The median of the numbers (nil for none).
    public static func median(_ numbers: [Double]) -> Double? {
        guard !numbers.isEmpty else { return nil }
        let s = numbers.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
