/// What is settled when a dialogue starts: date, time and place, level, who leads, who takes part,
/// the agenda.
public struct DialogueSetup: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var level: DialogueLevel
    public var facilitators: [String]
    public var participants: [Participant]
    public var agendaMinutes: [SectionKind: Int]
    public var startTime: TimeOfDay?
    public var place: String?

    public init(
        date: LocalDate, level: DialogueLevel, facilitators: [String], participants: [Participant],
        agendaMinutes: [SectionKind: Int], startTime: TimeOfDay? = nil, place: String? = nil
    ) {
        self.startTime = startTime
        self.place = place
        self.date = date
        self.level = level
        self.facilitators = facilitators
        self.participants = participants
        self.agendaMinutes = agendaMinutes
    }

    /// Reads "Else-Marie Hallqvist (rektor), Karim Said (biträdande rektor)" (commas or semicolons).
    public static func participants(from text: String) -> [Participant] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { raw in
            let part = raw.trimmingCharacters(in: .whitespaces)
            guard !part.isEmpty else { return nil }
            if let open = part.lastIndex(of: "("), part.hasSuffix(")") {
                let name = part[..<open].trimmingCharacters(in: .whitespaces)
                let role = part[part.index(after: open)..<part.index(before: part.endIndex)]
                return Participant(name: name, role: ParticipantRole(parsing: String(role)))
            }
            return Participant(name: part, role: .other(""))
        }
    }

    /// Reads agenda minutes in section order: "15 15 20 15 20 5" (spaces, commas or slashes).
    public static func agenda(from text: String) -> [SectionKind: Int]? {
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).map { Int($0) }
        guard numbers.count == SectionKind.allCases.count, numbers.allSatisfy({ ($0 ?? -1) >= 0 && ($0 ?? 0) <= 600 })
        else {
            return nil
        }
        return Dictionary(uniqueKeysWithValues: zip(SectionKind.allCases, numbers.map { $0! }))
    }
}

/// An earlier dialogue's action as it was followed up in this one (shown in both).
public struct ReviewedAction: Hashable, Sendable, Codable {
    public var dialogueID: String
    public var actionID: String
    public var text: String
    public var status: ActionStatus
    public var comment: String

    public init(dialogueID: String, actionID: String, text: String, status: ActionStatus, comment: String) {
        self.dialogueID = dialogueID
        self.actionID = actionID
        self.text = text
        self.status = status
        self.comment = comment
    }
}
