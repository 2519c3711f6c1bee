import TillitDomain

/// One line of a dialogue's journal: a sequence number and a change.
public struct JournalEntry: Codable, Hashable, Sendable {
    public var seq: Int
    public var change: DialogueChange

    public init(seq: Int, change: DialogueChange) {
        self.seq = seq
        self.change = change
    }
}
