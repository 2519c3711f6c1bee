/// A mark on the annual wheel.
public struct WheelEvent: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var when: WheelWhen
    public var kind: WheelEventKind
    public var schoolID: String?
    public var dialogueID: String?

    public init(
        id: String, title: String, when: WheelWhen, kind: WheelEventKind,
        schoolID: String? = nil, dialogueID: String? = nil
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.kind = kind
        self.schoolID = schoolID
        self.dialogueID = dialogueID
    }
}
