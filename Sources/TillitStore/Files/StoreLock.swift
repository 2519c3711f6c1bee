import Foundation

/// One writer at a time: an exclusive `flock` on the store's lock file, opened with O_CLOEXEC so
/// no child inherits it; the kernel frees it when the holder dies, even on SIGKILL.
public final class StoreLock: @unchecked Sendable {
    /// Who holds a lock that could not be taken.
    public struct Holder: Hashable, Sendable {
        public var pid: Int32?
        public var command: String?
    }

    /// Why the lock could not be taken.
    public enum Failure: Error, Hashable, Sendable {
        case inUse(Holder)
        case file(FileError)
    }

    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock on `path` without waiting, writing this process's id and command into it.
    public static func acquire(_ path: String, command: String) -> Result<StoreLock, Failure> {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failure(.file(FileError(.open, path: path))) }
        fchmod(fd, 0o600)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            let holder = readHolder(fd: fd)
            close(fd)
            if code == EWOULDBLOCK { return .failure(.inUse(holder)) }
            return .failure(.file(FileError(.lock, path: path, code: code)))
        }
        ftruncate(fd, 0)
        let text = "\(getpid())\n\(command)\n"
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        return .success(StoreLock(fd: fd))
    }

    private static func readHolder(fd: Int32) -> Holder {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        guard n > 0 else { return Holder() }
        let lines = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n")
        return Holder(pid: lines.first.flatMap { Int32($0) },
                      command: lines.count > 1 ? String(lines[1]) : nil)
    }

    /// Releases the lock (also done when the object goes away).
    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
