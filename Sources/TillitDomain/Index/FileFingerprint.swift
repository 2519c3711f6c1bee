/// Size, modification time and inode of a file: when any changes, its index entry is stale.
/// The inode matters because file times are coarse (a few milliseconds): two writes of the same
/// size within one tick look alike, but every write of the store replaces the file by renaming
/// a new one over it, which gives it a new inode.
public struct FileFingerprint: Codable, Hashable, Sendable {
    public var size: Int64
    public var modifiedNanoseconds: Int64
    /// Absent in entries written by earlier versions (which are then read again once).
    public var inode: UInt64?
    /// The content's `StableHash`, so that a copy or a clone (new times, new inodes) is known for
    /// the same file without being read as JSON again. Absent in entries of earlier versions.
    public var contentHash: String?

    enum CodingKeys: String, CodingKey {
        case size, modifiedNanoseconds, inode
        case contentHash = "hash"
    }

    public init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64? = nil, contentHash: String? = nil) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
        self.contentHash = contentHash
    }

    /// The hash a fingerprint keeps of a file's bytes.
    public static func hash<S: Sequence>(of bytes: S) -> String where S.Element == UInt8 {
        StableHash.hex(StableHash.of(bytes))
    }

    /// Whether two fingerprints describe the same file contents. An entry from an earlier version
    /// has no inode; size and time then decide, so that an upgrade does not read everything again.
    public func matches(_ other: FileFingerprint?) -> Bool {
        guard let other, size == other.size, modifiedNanoseconds == other.modifiedNanoseconds else { return false }
        guard let a = inode, let b = other.inode else { return true }
        return a == b
    }
}
