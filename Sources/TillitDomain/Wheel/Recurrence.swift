/// How a wheel event comes back every school year: on the same date, in the same ISO week, or on
/// the same weekday of a month ("the second Tuesday of May").
public enum Recurrence: Hashable, Sendable, TextCodable {
    case sameDate
    case sameWeek
    /// The `nth` (1...5, or -1 for the last) `weekday` (1 Monday ... 7 Sunday) of `month`.
    case nthWeekday(nth: Int, weekday: Int, month: Int)

    /// The weekday rule that describes a date: 14 May 2027 is the second Friday of May.
    public static func weekdayRule(of date: LocalDate) -> Recurrence {
        let nth = (date.day - 1) / 7 + 1
        let last = date.day + 7 > LocalDate.daysIn(month: date.month, year: date.year)
        return .nthWeekday(nth: nth == 5 || (nth == 4 && last) ? -1 : nth, weekday: date.isoWeekday, month: date.month)
    }

    /// When the event falls in `year`, from when it falls in the year it was made for.
    public func occurrence(of base: WheelWhen, baseYear: SchoolYear, in year: SchoolYear, startMonth: Int) -> WheelWhen?
    {
        let shift = year.startYear - baseYear.startYear
        switch self {
        case .sameDate:
            let d = base.firstDay
            let y = d.year + shift
            return LocalDate(year: y, month: d.month, day: min(d.day, LocalDate.daysIn(month: d.month, year: y)))
                .map(WheelWhen.date)
        case .sameWeek:
            let w: ISOWeek
            switch base {
            case .week(let week): w = week
            case .date(let d): w = d.isoWeek
            }
            let y = w.year + shift
            return ISOWeek(year: y, week: min(w.week, ISOWeek.weeksIn(year: y))).map(WheelWhen.week)
        case .nthWeekday(let nth, let weekday, let month):
            let calendarYear = month >= startMonth ? year.startYear : year.startYear + 1
            return Self.day(nth: nth, weekday: weekday, month: month, year: calendarYear).map(WheelWhen.date)
        }
    }

    /// The `nth` (or last, -1) `weekday` of a month, if the month has one.
    public static func day(nth: Int, weekday: Int, month: Int, year: Int) -> LocalDate? {
        guard let first = LocalDate(year: year, month: month, day: 1), (1...7).contains(weekday) else { return nil }
        let firstMatch = 1 + (weekday - first.isoWeekday + 7) % 7
        let days = LocalDate.daysIn(month: month, year: year)
        if nth < 0 {
            var day = firstMatch
            while day + 7 <= days { day += 7 }
            return LocalDate(year: year, month: month, day: day)
        }
        let day = firstMatch + (nth - 1) * 7
        return day <= days ? LocalDate(year: year, month: month, day: day) : nil
    }
}

extension Recurrence {
    public static var format: ValueFormat { .recurrence }

    /// `date`, `week`, or `weekday:2:5:5` (the second Friday of May; -1 the last).
    public init?(storedText: String) {
        switch storedText {
        case "date": self = .sameDate
        case "week": self = .sameWeek
        default:
            let parts = storedText.split(separator: ":").map(String.init)
            guard parts.count == 4, parts[0] == "weekday", let n = Int(parts[1]), let wd = Int(parts[2]),
                let m = Int(parts[3]), (1...7).contains(wd), (1...12).contains(m), n == -1 || (1...5).contains(n)
            else { return nil }
            self = .nthWeekday(nth: n, weekday: wd, month: m)
        }
    }

    public var storedText: String {
        switch self {
        case .sameDate: return "date"
        case .sameWeek: return "week"
        case .nthWeekday(let n, let wd, let m): return "weekday:\(n):\(wd):\(m)"
        }
    }
}

/// One school year's occurrence of a recurring event changed or left out ("this year only").
public struct OccurrenceChange: Hashable, Sendable, Codable {
    public var when: WheelWhen?
    public var title: String?
    public var removed: Bool?

    public init(when: WheelWhen? = nil, title: String? = nil, removed: Bool? = nil) {
        self.when = when
        self.title = title
        self.removed = removed
    }
}
