import Foundation

/// A failed system call on a file, with the errno it gave, or a file Tillit refused to touch.
public struct FileError: Error, Hashable, Sendable {
    public enum Operation: String, Sendable {
        case open, write, sync, rename, read, createFolder, stat, lock, list, remove
    }

    /// Why Tillit would not read or write a file although the system would have let it.
    public enum Refusal: Hashable, Sendable {
        /// A symbolic link: Tillit never follows links inside a store (git stores them).
        case symlink
        /// Not a regular file: a FIFO, a device, a socket or a folder (`kind` names it).
        case notAFile(SpecialFile)
        /// Larger than Tillit reads (a store file is never this big).
        case tooLarge(size: Int64, limit: Int64)
        /// A folder was expected.
        case notAFolder(SpecialFile)
    }

    public var operation: Operation
    public var path: String
    public var code: Int32
    public var refusal: Refusal?

    public init(_ operation: Operation, path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public init(_ operation: Operation, path: String, refusal: Refusal) {
        self.operation = operation
        self.path = path
        self.refusal = refusal
        switch refusal {
        case .symlink: code = ELOOP
        case .notAFile(.folder): code = EISDIR
        case .notAFile: code = EINVAL
        case .tooLarge: code = EFBIG
        case .notAFolder: code = ENOTDIR
        }
    }

    /// The system's own words for the error (in English).
    public var systemMessage: String { String(cString: strerror(code)) }

    public var isDiskFull: Bool { refusal == nil && (code == ENOSPC || code == EDQUOT) }
    public var isReadOnly: Bool { refusal == nil && (code == EROFS || code == EACCES || code == EPERM) }
    public var isMissing: Bool { refusal == nil && code == ENOENT }
}

/// What kind of thing stands where a file or folder was expected.
public enum SpecialFile: String, Hashable, Sendable {
    case file, folder, symlink, fifo, characterDevice, blockDevice, socket, unknown

    /// The kind of the thing described by `st_mode`.
    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symlink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }
}
