import TillitDomain

/// Changes the disk would not take yet (full or read-only): they wait in memory, and quitting
/// must not drop them.
public struct UnsavedChanges: Equatable, Sendable {
    /// How many changes wait.
    public var count: Int
    /// Why: the last write that failed (the file and the system's reason).
    public var trouble: FileError?

    public init(count: Int, trouble: FileError?) {
        self.count = count
        self.trouble = trouble
    }
}
