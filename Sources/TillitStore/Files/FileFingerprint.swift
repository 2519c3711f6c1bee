import Foundation
import TillitDomain

/// Reading a file's fingerprint and mode, without following a link.
extension FileFingerprint {
    /// The fingerprint of the file at `path`, or nil if it cannot be stat'ed. A link is not
    /// followed (its own fingerprint never matches a file's, so it is read, and refused, again).
    public static func of(_ path: String) -> FileFingerprint? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return of(st)
    }

    /// The fingerprint a `stat` describes.
    static func of(_ st: stat) -> FileFingerprint {
        FileFingerprint(
            size: Int64(st.st_size),
            modifiedNanoseconds: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
            inode: UInt64(st.st_ino))
    }

    /// The fingerprint of the entry `name` of the open folder `folder` (no path to look up again
    /// for each of many files), without following a link.
    public static func of(_ name: String, inFolder folder: Int32) -> FileFingerprint? {
        var st = stat()
        guard fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return of(st)
    }

    /// The fingerprint with the hash of the file's content (read for it), or of `content` when
    /// the caller has just written it.
    public static func of(_ path: String, hashing: Bool, content: Data? = nil) -> FileFingerprint? {
        guard var f = of(path) else { return nil }
        if let content {
            f.contentHash = hash(of: content)
        } else if hashing, let bytes = try? DurableFile.contents(of: path) {
            f.contentHash = hash(of: bytes)
        }
        return f
    }

    /// Whether the file at `path` still holds what `known` describes: by its size, time and
    /// inode, or else (a copy, a clone: new times and inodes) by its content. Returns the file's
    /// fingerprint as it is now when it does (to write down, so that the next look is quick).
    public static func unchanged(_ path: String, since known: FileFingerprint?) -> FileFingerprint? {
        guard let known, var now = of(path) else { return nil }
        if now.matches(known) {
            now.contentHash = known.contentHash
            return now == known ? known : now
        }
        guard let hash = known.contentHash, now.size == known.size, let bytes = try? DurableFile.contents(of: path),
            FileFingerprint.hash(of: bytes) == hash
        else { return nil }
        now.contentHash = hash
        return now
    }

    /// The permission bits of the file at `path`.
    public static func mode(of path: String) -> Int? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return Int(st.st_mode & 0o777)
    }
}
