/// When a wheel event happens: on a day (`2025-09-18`) or some time in a week (`2025-W38`).
public enum WheelWhen: Hashable, Sendable, TextCodable, Comparable {
    case date(LocalDate)
    case week(ISOWeek)

    /// The first day the event may fall on, for sorting and placing it in a month.
    public var firstDay: LocalDate {
        switch self {
        case .date(let d): return d
        case .week(let w): return w.monday
        }
    }

    public static func < (a: WheelWhen, b: WheelWhen) -> Bool { a.firstDay < b.firstDay }

    /// The day something is due by: the day, or a week's Friday.
    public var dueDay: LocalDate {
        switch self {
        case .date(let d): return d
        case .week(let w): return w.monday.adding(days: 4)
        }
    }

    public var iso: String {
        switch self {
        case .date(let d): return d.iso
        case .week(let w): return w.iso
        }
    }

    /// Parses `2025-09-18` or `2025-W38`.
    public init?(iso text: String) {
        if let d = LocalDate(iso: text) {
            self = .date(d)
        } else if let w = ISOWeek(iso: text) {
            self = .week(w)
        } else {
            return nil
        }
    }
}

extension WheelWhen {
    public static var format: ValueFormat { .dateOrWeek }
    public init?(storedText: String) { self.init(iso: storedText) }
    public var storedText: String { iso }
}
