/// Someone taking part in a dialogue, with their role.
public struct Participant: Hashable, Sendable, Codable {
    public var name: String
    public var role: ParticipantRole

    public init(name: String, role: ParticipantRole) {
        self.name = name
        self.role = role
    }
}
