import Foundation

/// A failed system call on a file, with the errno it gave.
public struct FileError: Error, Hashable, Sendable {
    public enum Operation: String, Sendable {
        case open, write, sync, rename, read, createFolder, stat, lock, list, remove
    }

    public var operation: Operation
    public var path: String
    public var code: Int32

    public init(_ operation: Operation, path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's own words for the error (in English).
    public var systemMessage: String { String(cString: strerror(code)) }

    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
    public var isReadOnly: Bool { code == EROFS || code == EACCES || code == EPERM }
}
