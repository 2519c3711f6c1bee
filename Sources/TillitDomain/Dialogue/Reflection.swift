/// The facilitator's short check when a dialogue closes.
public struct Reflection: Hashable, Sendable, Codable {
    /// Did we reach the dialogue's purpose?
    public var purposeReached: String
    /// What do we take to the next dialogue?
    public var takeForward: String

    public init(purposeReached: String, takeForward: String) {
        self.purposeReached = purposeReached
        self.takeForward = takeForward
    }
}
