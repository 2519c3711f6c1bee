/// What the index keeps of a dialogue, so that lists and the first screen need no dialogue file.
public struct DialogueSummary: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var level: DialogueLevel
    public var schoolID: String?
    public var areaID: String?
    public var date: LocalDate
    public var plannedWeek: ISOWeek?
    public var schoolYear: SchoolYear
    /// When the meeting starts, if a time was given (nil in summaries of earlier versions).
    public var startTime: TimeOfDay?
    public var status: DialogueStatus
    public var noteCount: Int
    public var actionCount: Int
    public var openActionCount: Int
    public var tags: [String]
    public var fingerprint: FileFingerprint?
    /// The open actions that have a date, so that what falls due shows on the wheel and in the
    /// school list without reading the dialogue (nil in summaries of earlier versions).
    public var dueActions: [DueAction]?
    /// Merge conflicts not yet resolved (nil: none, or a summary of an earlier version).
    public var conflicts: Int?

    /// How summaries are made: an index made another way is made again.
    public static let version = 4

    /// When the dialogue is: its week if planned by week, else its day.
    public var when: WheelWhen { plannedWeek.map(WheelWhen.week) ?? .date(date) }

    public init(_ d: Dialogue, fingerprint: FileFingerprint?) {
        id = d.id
        level = d.level
        schoolID = d.schoolID
        areaID = d.areaID
        date = d.date
        plannedWeek = d.plannedWeek
        schoolYear = d.schoolYear
        startTime = d.startTime
        status = d.status
        noteCount = d.notes.count
        actionCount = d.actions.count
        openActionCount = d.openActions.count
        tags = d.tags
        self.fingerprint = fingerprint
        let due = d.actions.filter { $0.status.isOpen && $0.due != nil }.map(DueAction.init)
        dueActions = due.isEmpty ? nil : due
        conflicts = d.conflicts.map(\.count).flatMap { $0 > 0 ? $0 : nil }
    }
}

/// An open action with a date, as the index keeps it.
public struct DueAction: Codable, Hashable, Sendable {
    public var id: String
    public var text: String
    public var owner: String?
    public var due: LocalDate
    public var status: ActionStatus

    public init(_ a: ActionItem) {
        id = a.id
        text = a.text
        owner = a.owner
        due = a.due ?? LocalDate(year: 2199, month: 12, day: 31)!
        status = a.status
    }

    /// Past its date on `today` (and still open).
    public func isOverdue(on today: LocalDate) -> Bool { due < today }
}

extension DialogueSummary {
    /// The order of every dialogue list: newest first, ties by id.
    public static func newestFirst(_ a: DialogueSummary, _ b: DialogueSummary) -> Bool {
        (a.date, a.id) > (b.date, b.id)
    }
}

extension SchoolList {
    /// What a dialogue is about, by name: its school, its area or the organisation.
    public func subject(of d: DialogueSummary) -> String { subject(of: DialogueRef(d)) }

    public func subject(of d: DialogueRef) -> String {
        switch d.level {
        case .school: return d.schoolID.flatMap { id in schools.first { $0.id == id }?.name } ?? d.schoolID ?? "?"
        case .area: return d.areaID.flatMap { id in areas.first { $0.id == id }?.name } ?? d.areaID ?? "?"
        case .organisation: return organisation.name
        }
    }
}
