/// When a wheel event happens: on a day (`2025-09-18`) or some time in a week (`2025-W38`).
public enum WheelWhen: Hashable, Sendable, Codable, Comparable {
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

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let when = WheelWhen(iso: text) else {
            throw ValueFormat.dateOrWeek.error(decoder, found: text)
        }
        self = when
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
