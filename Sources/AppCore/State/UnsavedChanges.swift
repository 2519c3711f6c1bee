/// Changes the disk would not take yet (full or read-only): they wait in memory, and quitting
/// must not drop them.
public struct UnsavedChanges: Equatable, Sendable {
    /// How many changes wait.
    public var count: Int
    /// Why, in words (the file and the system's reason).
    public var reason: String

    public init(count: Int, reason: String) {
        self.count = count
        self.reason = reason
    }
}
