/// A later dialogue's word on an action: its status then, and a comment.
public struct ActionFollowUp: Hashable, Sendable, Codable {
    public var dialogueID: String
    public var date: LocalDate
    public var status: ActionStatus
    public var comment: String

    public init(dialogueID: String, date: LocalDate, status: ActionStatus, comment: String) {
        self.dialogueID = dialogueID
        self.date = date
        self.status = status
        self.comment = comment
    }
}
