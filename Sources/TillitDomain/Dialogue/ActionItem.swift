/// An action (åtgärd) agreed in a dialogue, followed up in the ones after it.
public struct ActionItem: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var text: String
    public var owner: String?
    public var due: LocalDate?
    public var status: ActionStatus
    public var tags: [String]
    /// The dialogue that created the action (the file the action lives in).
    public var createdIn: String
    public var followUps: [ActionFollowUp]

    public init(
        id: String, text: String, owner: String? = nil, due: LocalDate? = nil,
        status: ActionStatus = .notStarted, tags: [String] = [], createdIn: String,
        followUps: [ActionFollowUp] = []
    ) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
        self.tags = tags
        self.createdIn = createdIn
        self.followUps = followUps
    }

    /// Whether the action is past its due date and still open.
    public func isOverdue(on today: LocalDate) -> Bool {
        guard let due, status.isOpen else { return false }
        return due < today
    }
}

extension ActionItem {
    /// Its status in words, and "försenad" when it is open past its date on `today`: the same
    /// words in the dialogue, the follow-up, the exports and the command line.
    public func statusWords(_ t: Localizer, on today: LocalDate) -> String {
        t.actionStatus(status) + (isOverdue(on: today) ? " · " + t(.overdueMark) : "")
    }
}
