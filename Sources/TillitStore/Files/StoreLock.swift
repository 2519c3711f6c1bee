import Foundation
import TillitDomain

/// One writer at a time: an exclusive `flock` on the store's lock file, opened with O_CLOEXEC so
/// no child inherits it; the kernel frees it when the holder dies, even on SIGKILL.
public final class StoreLock: @unchecked Sendable {
    /// Who holds a lock that could not be taken.
    public typealias Holder = LockHolder

    /// Why the lock could not be taken.
    public enum Failure: Error, Hashable, Sendable {
        case inUse(Holder)
        case file(FileError)
    }

    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock on `path` without waiting, writing this process's id and command into it.
    /// A link or anything but a regular file at `path` is refused (never followed, never truncated).
    public static func acquire(_ path: String, command: String) -> Result<StoreLock, Failure> {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { return .failure(.file(FileError(.lock, path: path, refusal: .symlink))) }
            if code == EISDIR { return .failure(.file(FileError(.lock, path: path, refusal: .notAFile(.folder)))) }
            return .failure(.file(FileError(.lock, path: path, code: code)))
        }
        var st = stat()
        if fstat(fd, &st) != 0 || SpecialFile(mode: st.st_mode) != .file {
            close(fd)
            return .failure(.file(FileError(.lock, path: path, refusal: .notAFile(SpecialFile(mode: st.st_mode)))))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            var holder = readHolder(fd: fd)
            let inode = UInt64(st.st_ino)
            close(fd)
            guard code == EWOULDBLOCK else { return .failure(.file(FileError(.lock, path: path, code: code))) }
            // The holder may not have written its name yet (it writes right after taking the lock):
            // the kernel always knows which process holds it.
            if holder.pid == nil, let pid = lockHolderPID(inode: inode) { holder.pid = pid }
            if holder.command == nil, let pid = holder.pid { holder.command = commandLine(of: pid) }
            return .failure(.inUse(holder))
        }
        fchmod(fd, 0o600)
        // Written over the old text first and cut to length after, so that a process that finds
        // the store in use never reads an empty file.
        let text = "\(getpid())\n\(command)\n"
        let written = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        if written > 0 { ftruncate(fd, off_t(written)) }
        return .success(StoreLock(fd: fd))
    }

    private static func readHolder(fd: Int32) -> Holder {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        guard n > 0 else { return Holder() }
        let lines = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n")
        let pid = lines.first.flatMap { Int32($0) }
        let command = lines.count > 1 ? String(lines[1]) : nil
        return Holder(pid: pid, command: pid == nil ? nil : command)
    }

    /// The process holding a `flock` on the file with this inode, from `/proc/locks`.
    static func lockHolderPID(inode: UInt64) -> Int32? {
        guard let bytes = try? DurableFile.contents(of: "/proc/locks", limit: 16 << 20) else { return nil }
        // "1: FLOCK  ADVISORY  WRITE 12345 fd:01:1234567 0 EOF"
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", fields[3] == "WRITE",
                let id = fields[5].split(separator: ":").last, UInt64(id) == inode
            else { continue }
            return Int32(fields[4])
        }
        return nil
    }

    /// A process's command line, from `/proc` (nil when it cannot be read).
    static func commandLine(of pid: Int32) -> String? {
        guard let bytes = try? DurableFile.contents(of: "/proc/\(pid)/cmdline", limit: 64 << 10), !bytes.isEmpty else {
            return nil
        }
        let parts = bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard let first = parts.first else { return nil }
        return ([(first as NSString).lastPathComponent] + parts.dropFirst()).joined(separator: " ")
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
