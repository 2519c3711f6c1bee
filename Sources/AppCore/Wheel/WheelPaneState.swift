import TillitDomain

/// The wheel pane: which school year and month is shown, which of its items is selected.
public struct WheelPaneState: Equatable, Sendable {
    public var year: SchoolYear
    /// 0 is the school year's first month (August), 11 its last.
    public var monthIndex: Int
    public var itemIndex = 0

    public init(year: SchoolYear, monthIndex: Int) {
        self.year = year
        self.monthIndex = monthIndex
    }

    /// The position of a calendar month in a school year starting in `startMonth`.
    public static func index(of month: Int, startMonth: Int) -> Int { (month - startMonth + 12) % 12 }
}

/// The wheel's items grouped by month, for views and reducers alike.
public enum WheelModel {
    /// The (year, month) of a position in the school year.
    public static func month(_ state: WheelPaneState, data: StoreData) -> (year: Int, month: Int) {
        state.year.months(startMonth: data.wheel.schoolYearStartMonth)[state.monthIndex]
    }

    /// Every item of the school year: events, dialogues, and open actions in the month they fall due.
    public static func items(_ state: WheelPaneState, data: StoreData) -> [WheelItem] {
        let items = WheelItem.items(
            wheel: data.wheel, ordered: data.wheelDialogues(in: state.year.startYear), in: state.year)
        let due = data.wheelDue[state.year.startYear] ?? []
        guard !due.isEmpty else { return items }
        // Stable: what falls on the same day keeps events and dialogues before actions.
        return (items + due).enumerated().sorted { ($0.element.when, $0.offset) < ($1.element.when, $1.offset) }
            .map(\.element)
    }

    /// The items of the shown month, in date order.
    public static func itemsInMonth(_ state: WheelPaneState, data: StoreData) -> [WheelItem] {
        let m = month(state, data: data)
        return items(state, data: data).filter { $0.when.firstDay.month == m.month && $0.when.firstDay.year == m.year }
    }

    /// The selected item, if the month has any.
    public static func selectedItem(_ state: WheelPaneState, data: StoreData) -> WheelItem? {
        let items = itemsInMonth(state, data: data)
        return items.isEmpty ? nil : items[min(state.itemIndex, items.count - 1)]
    }

    /// The colour (0-based, of five) of the phase covering a calendar month, if any: the one the
    /// phase was given, else by its place in the wheel's order.
    public static func phaseIndex(month: Int, data: StoreData) -> Int? {
        guard let i = data.wheel.phases.firstIndex(where: { $0.covers(month: month) }) else { return nil }
        return data.wheel.colour(ofPhaseAt: i) - 1
    }
}
