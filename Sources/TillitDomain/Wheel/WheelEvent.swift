/// A mark on the annual wheel. A recurring event comes back every school year from the one it was
/// made in; an occurrence can be changed or left out for one year only (`changes`, by the school
/// year's first calendar year).
public struct WheelEvent: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var when: WheelWhen
    public var kind: WheelEventKind
    public var schoolID: String?
    public var dialogueID: String?
    public var recurrence: Recurrence?
    public var changes: [String: OccurrenceChange]?

    public init(
        id: String, title: String, when: WheelWhen, kind: WheelEventKind,
        schoolID: String? = nil, dialogueID: String? = nil, recurrence: Recurrence? = nil
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.kind = kind
        self.schoolID = schoolID
        self.dialogueID = dialogueID
        self.recurrence = recurrence
    }

    public var recurs: Bool { recurrence != nil }

    /// The event as it falls in `year` (nil when it does not: not recurring and in another year,
    /// before the year it was made for, or left out that year). A recurring event belongs to the
    /// cycle: it shows in every year from its first.
    public func occurrence(in year: SchoolYear, startMonth: Int) -> WheelEvent? {
        let baseYear = SchoolYear(containing: when.firstDay, startMonth: startMonth)
        guard let recurrence else { return baseYear == year ? self : nil }
        // It comes back from the year it was made for, not before: the past is not rewritten.
        guard year >= baseYear else { return nil }
        let change = changes?[String(year.startYear)]
        if change?.removed == true { return nil }
        guard var when = recurrence.occurrence(of: self.when, baseYear: baseYear, in: year, startMonth: startMonth)
        else { return nil }
        if let moved = change?.when { when = moved }
        var e = self
        e.when = when
        if let title = change?.title { e.title = title }
        return e
    }
}
