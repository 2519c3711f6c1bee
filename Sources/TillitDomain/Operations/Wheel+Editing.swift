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
        schoolID: String? = nil, recurrence: Recurrence? = nil
    ) throws(Refusal) -> WheelEvent {
        let event = WheelEvent(
            id: id, title: try Self.cleanTitle(title), when: when, kind: kind, schoolID: schoolID,
            recurrence: recurrence)
        events.append(event)
        events.sort { $0.when < $1.when }
        return event
    }

    /// Which occurrences of a recurring event a change is for.
    public enum Scope: Hashable, Sendable {
        /// The event itself: every year it comes back (for an event that does not recur, the event).
        case everyYear
        /// The occurrence of one school year only.
        case only(SchoolYear)
    }

    /// Changes an event: only what is given (`schoolID: .some(nil)` clears the school, and
    /// `recurrence: .some(nil)` makes it a one-off). A date given for every year of a recurring
    /// event, with the year it was given in, moves every occurrence alike; the kind, the school and
    /// the recurrence are always the event's.
    @discardableResult
    public mutating func editEvent(
        _ id: String, title: String? = nil, when: WheelWhen? = nil, kind: WheelEventKind? = nil,
        schoolID: String?? = nil, recurrence: Recurrence?? = nil, scope: Scope = .everyYear, seenIn: SchoolYear? = nil
    ) throws(Refusal) -> WheelEvent {
        guard let i = events.firstIndex(where: { $0.id == id }) else { throw .eventNotFound(id) }
        var e = events[i]
        let cleanTitle = try title.map { (t: String) throws(Refusal) -> String in try Self.cleanTitle(t) }
        if case .only(let year) = scope, e.recurs {
            var change = e.changes?[String(year.startYear)] ?? OccurrenceChange()
            if let cleanTitle { change.title = cleanTitle }
            if let when { change.when = when }
            e.changes = (e.changes ?? [:]).merging([String(year.startYear): change]) { _, new in new }
        } else {
            if let cleanTitle { e.title = cleanTitle }
            if let when {
                e.when = rebased(when, of: e, seenIn: seenIn)
                if case .nthWeekday = e.recurrence { e.recurrence = .weekdayRule(of: e.when.firstDay) }
            }
        }
        if let kind { e.kind = kind }
        if let schoolID { e.schoolID = schoolID }
        // How an event comes back belongs to the whole series: a change of one year's occurrence
        // never touches it (the form recomputes the rule from the date it shows).
        let onlyOneYear = { if case .only = scope { return e.recurs } else { return false } }()
        if let recurrence, !onlyOneYear {
            e.recurrence = recurrence
            if recurrence == nil { e.changes = nil }
        }
        events[i] = e
        events.sort { $0.when < $1.when }
        // What the user sees: the occurrence of the year the change was made in.
        var year = seenIn
        if case .only(let y) = scope { year = y }
        return year.flatMap { e.occurrence(in: $0, startMonth: schoolYearStartMonth) } ?? e
    }

    /// A date given in `seenIn` for a recurring event, as it falls in the year the event was
    /// made for (so that the years before keep their occurrences).
    func rebased(_ when: WheelWhen, of e: WheelEvent, seenIn: SchoolYear?) -> WheelWhen {
        guard e.recurs, let seenIn else { return when }
        let base = SchoolYear(containing: e.when.firstDay, startMonth: schoolYearStartMonth)
        let shift = base.startYear - seenIn.startYear
        guard shift != 0 else { return when }
        return Recurrence.sameDate.occurrence(of: when, baseYear: seenIn, in: base, startMonth: schoolYearStartMonth)
            .map { moved in
                if case .week(let w) = when, let week = ISOWeek(year: w.year + shift, week: w.week) {
                    return .week(week)
                }
                return moved
            } ?? when
    }

    /// Removes an event, or leaves one year's occurrence of a recurring event out.
    @discardableResult
    public mutating func removeEvent(_ id: String, scope: Scope = .everyYear) throws(Refusal) -> WheelEvent {
        guard let i = events.firstIndex(where: { $0.id == id }) else { throw .eventNotFound(id) }
        if case .only(let year) = scope, events[i].recurs {
            var change = events[i].changes?[String(year.startYear)] ?? OccurrenceChange()
            change.removed = true
            events[i].changes = (events[i].changes ?? [:]).merging([String(year.startYear): change]) { _, new in new }
            return events[i]
        }
        return events.remove(at: i)
    }

    /// Moves an event by some days (a week event to the week that many days on); a recurring
    /// event's occurrence in `year` only.
    @discardableResult
    public mutating func moveEvent(_ id: String, days: Int, in year: SchoolYear? = nil) throws(Refusal) -> WheelEvent {
        guard let base = events.first(where: { $0.id == id }) else { throw .eventNotFound(id) }
        let year = year ?? SchoolYear(containing: base.when.firstDay, startMonth: schoolYearStartMonth)
        guard let e = base.occurrence(in: year, startMonth: schoolYearStartMonth) ?? (base.recurs ? nil : base) else {
            throw .eventNotFound(id)
        }
        let moved: WheelWhen
        switch e.when {
        case .date(let d): moved = .date(d.adding(days: days))
        case .week(let w): moved = .week(w.monday.adding(days: days).isoWeek)
        }
        return try editEvent(id, when: moved, scope: base.recurs ? .only(year) : .everyYear)
    }
}
