import TillitDomain

/// Everything a new store is created with.
public struct StoreContent: Hashable, Sendable {
    public var schools: SchoolsDocument
    public var wheel: Wheel
    public var dialogues: [Dialogue]

    public init(schools: SchoolsDocument, wheel: Wheel, dialogues: [Dialogue] = []) {
        self.schools = schools
        self.wheel = wheel
        self.dialogues = dialogues
    }
}
