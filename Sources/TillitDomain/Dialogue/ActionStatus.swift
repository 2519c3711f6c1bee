/// How far an action has come.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable, StoredCase {
    case notStarted
    case inProgress
    case done
    case dropped

    /// Not done and not dropped: still to follow up.
    public var isOpen: Bool { self == .notStarted || self == .inProgress }
}
