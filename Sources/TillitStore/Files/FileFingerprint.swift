import Foundation
import TillitDomain

/// Reading a file's fingerprint and mode, without following a link.
extension FileFingerprint {
    /// The fingerprint of the file at `path`, or nil if it cannot be stat'ed. A link is not
    /// followed (its own fingerprint never matches a file's, so it is read, and refused, again).
    public static func of(_ path: String) -> FileFingerprint? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return FileFingerprint(
            size: Int64(st.st_size),
            modifiedNanoseconds: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
            inode: UInt64(st.st_ino))
    }

    /// The permission bits of the file at `path`.
    public static func mode(of path: String) -> Int? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return Int(st.st_mode & 0o777)
    }
}
