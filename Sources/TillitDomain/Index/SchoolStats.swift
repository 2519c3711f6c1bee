/// Per-school figures for lists, computed from the index alone.
public struct SchoolStats: Codable, Hashable, Sendable {
    /// The newest dialogue that has been held (live or closed).
    public var lastDialogue: LocalDate?
    /// The next planned dialogue.
    public var nextPlanned: LocalDate?
    public var openActions: Int
    public var dialogueCount: Int
    /// When the open actions with a date fall due.
    public var dueDates: [LocalDate]?

    public init(
        lastDialogue: LocalDate? = nil, nextPlanned: LocalDate? = nil, openActions: Int = 0, dialogueCount: Int = 0,
        dueDates: [LocalDate]? = nil
    ) {
        self.lastDialogue = lastDialogue
        self.nextPlanned = nextPlanned
        self.openActions = openActions
        self.dialogueCount = dialogueCount
        self.dueDates = dueDates
    }

    /// How many open actions are past their date on `today`.
    public func overdue(on today: LocalDate) -> Int { (dueDates ?? []).filter { $0 < today }.count }

    /// The figures of two sets of dialogues taken together.
    public func merged(with o: SchoolStats) -> SchoolStats {
        SchoolStats(
            lastDialogue: [lastDialogue, o.lastDialogue].compactMap { $0 }.max(),
            nextPlanned: [nextPlanned, o.nextPlanned].compactMap { $0 }.min(),
            openActions: openActions + o.openActions, dialogueCount: dialogueCount + o.dialogueCount,
            dueDates: (dueDates ?? []) + (o.dueDates ?? []))
    }

    /// Per-school figures of several parts (school years) taken together.
    public static func merge(_ parts: [[String: SchoolStats]]) -> [String: SchoolStats] {
        var out: [String: SchoolStats] = [:]
        for part in parts {
            for (id, s) in part { out[id] = out[id].map { $0.merged(with: s) } ?? s }
        }
        return out
    }

    public static func compute(_ dialogues: [DialogueSummary]) -> [String: SchoolStats] {
        var out: [String: SchoolStats] = [:]
        for d in dialogues {
            guard let id = d.schoolID else { continue }
            var s = out[id] ?? SchoolStats(openActions: 0, dialogueCount: 0)
            s.dialogueCount += 1
            s.openActions += d.openActionCount
            if let due = d.dueActions, !due.isEmpty { s.dueDates = (s.dueDates ?? []) + due.map(\.due) }
            if d.status == .planned {
                if s.nextPlanned.map({ d.date < $0 }) ?? true { s.nextPlanned = d.date }
            } else if s.lastDialogue.map({ d.date > $0 }) ?? true {
                s.lastDialogue = d.date
            }
            out[id] = s
        }
        return out
    }
}
