/// The annual wheel (årshjul): the school year's fixed cycle of quality work.
public struct Wheel: Hashable, Sendable, Codable {
    /// The month the school year starts, 8 (August) in Swedish schools.
    public var schoolYearStartMonth: Int
    public var phases: [WheelPhase]
    public var events: [WheelEvent]
    /// What a merge of two computers' copies could not settle alone, until someone resolves it.
    public var conflicts: [MergeConflict]?

    public init(schoolYearStartMonth: Int = 8, phases: [WheelPhase] = [], events: [WheelEvent] = []) {
        self.schoolYearStartMonth = schoolYearStartMonth
        self.phases = phases
        self.events = events
    }

    /// The events of one school year (recurring ones as they fall that year), in date order.
    public func events(in year: SchoolYear) -> [WheelEvent] {
        events.compactMap { $0.occurrence(in: year, startMonth: schoolYearStartMonth) }
            .sorted { ($0.when, $0.title) < ($1.when, $1.title) }
    }

    /// Which of the theme's five phase colours (1...5) the phase at `index` is drawn in: its own,
    /// else by its place.
    public func colour(ofPhaseAt index: Int) -> Int {
        guard phases.indices.contains(index) else { return index % 5 + 1 }
        return phases[index].colour ?? (index % 5 + 1)
    }

    /// The phases covering a calendar month.
    public func phases(covering month: Int) -> [WheelPhase] {
        phases.filter { $0.covers(month: month) }
    }
}

extension Wheel {
    /// The wheel with control characters kept out of its phase names and event titles.
    public var withoutControlCharacters: Wheel {
        var w = self
        for i in w.phases.indices { w.phases[i].name = ControlCharacters.clean(w.phases[i].name, multiline: false) }
        for i in w.events.indices { w.events[i].title = ControlCharacters.clean(w.events[i].title, multiline: false) }
        return w
    }
}
