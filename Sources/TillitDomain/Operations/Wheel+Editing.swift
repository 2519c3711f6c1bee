import Foundation

/// The rules for the annual wheel's events, in one place: a title is one line and not empty;
/// events stay in date order; a new event's id is `ev-` and eight characters of a new id.
extension Wheel {
    /// An id for a new event from a fresh unique id (a UUID).
    public static func eventID(from unique: String) -> String { "ev-" + unique.lowercased().prefix(8) }

    static func cleanTitle(_ text: String) throws(Refusal) -> String {
        let t = SchoolList.cleanName(text)
        guard !t.isEmpty else { throw .emptyTitle }
        return t
    }

    @discardableResult
    public mutating func addEvent(
        id: String, title: String, when: WheelWhen, kind: WheelEventKind = .other,
        schoolID: String? = nil
    ) throws(Refusal) -> WheelEvent {
        let event = WheelEvent(id: id, title: try Self.cleanTitle(title), when: when, kind: kind, schoolID: schoolID)
        events.append(event)
        events.sort { $0.when < $1.when }
        return event
    }

    /// Changes an event: only what is given (`schoolID: .some(nil)` clears the school).
    @discardableResult
    public mutating func editEvent(
        _ id: String, title: String? = nil, when: WheelWhen? = nil, kind: WheelEventKind? = nil,
        schoolID: String?? = nil
    ) throws(Refusal) -> WheelEvent {
        guard let i = events.firstIndex(where: { $0.id == id }) else { throw .eventNotFound(id) }
        var e = events[i]
        if let title { e.title = try Self.cleanTitle(title) }
        if let when { e.when = when }
        if let kind { e.kind = kind }
        if let schoolID { e.schoolID = schoolID }
        events[i] = e
        events.sort { $0.when < $1.when }
        return e
    }

    @discardableResult
    public mutating func removeEvent(_ id: String) throws(Refusal) -> WheelEvent {
        guard let i = events.firstIndex(where: { $0.id == id }) else { throw .eventNotFound(id) }
        return events.remove(at: i)
    }

    /// Moves an event by some days (a week event to the week that many days on).
    @discardableResult
    public mutating func moveEvent(_ id: String, days: Int) throws(Refusal) -> WheelEvent {
        guard let e = events.first(where: { $0.id == id }) else { throw .eventNotFound(id) }
        switch e.when {
        case .date(let d): return try editEvent(id, when: .date(d.adding(days: days)))
        case .week(let w): return try editEvent(id, when: .week(w.monday.adding(days: days).isoWeek))
        }
    }
}
