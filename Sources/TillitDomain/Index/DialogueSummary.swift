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

extension DialogueSummary {
    /// The order of every dialogue list: newest first, ties by id.
    public static func newestFirst(_ a: DialogueSummary, _ b: DialogueSummary) -> Bool {
        (a.date, a.id) > (b.date, b.id)
    }
}

extension SchoolList {
    /// What a dialogue is about, by name: its school, its area or the organisation.
    public func subject(of d: DialogueSummary) -> String {
        switch d.level {
        case .school: return d.schoolID.flatMap { id in schools.first { $0.id == id }?.name } ?? d.schoolID ?? "?"
        case .area: return d.areaID.flatMap { id in areas.first { $0.id == id }?.name } ?? d.areaID ?? "?"
        case .organisation: return organisation.name
        }
    }
}
