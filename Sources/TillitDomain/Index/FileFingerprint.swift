/// Size, modification time and inode of a file: when any changes, its index entry is stale.
/// The inode matters because file times are coarse (a few milliseconds): two writes of the same
/// size within one tick look alike, but every write of the store replaces the file by renaming
/// a new one over it, which gives it a new inode.
public struct FileFingerprint: Codable, Hashable, Sendable {
    public var size: Int64
    public var modifiedNanoseconds: Int64
    /// Absent in entries written by earlier versions (which are then read again once).
    public var inode: UInt64?

    public init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64? = nil) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    /// Whether two fingerprints describe the same file contents. An entry from an earlier version
    /// has no inode; size and time then decide, so that an upgrade does not read everything again.
    public func matches(_ other: FileFingerprint?) -> Bool {
        guard let other, size == other.size, modifiedNanoseconds == other.modifiedNanoseconds else { return false }
        guard let a = inode, let b = other.inode else { return true }
        return a == b
    }
}
