import TillitDomain

/// What the index keeps of a dialogue, so that lists and the first screen need no dialogue file.
public struct DialogueSummary: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var level: DialogueLevel
    public var schoolID: String?
    public var areaID: String?
    public var date: LocalDate
    public var plannedWeek: ISOWeek?
    public var schoolYear: SchoolYear
    public var status: DialogueStatus
    public var noteCount: Int
    public var actionCount: Int
    public var openActionCount: Int
    public var tags: [String]
    public var fingerprint: FileFingerprint?

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
        status = d.status
        noteCount = d.notes.count
        actionCount = d.actions.count
        openActionCount = d.openActions.count
        tags = d.tags
        self.fingerprint = fingerprint
    }
}
