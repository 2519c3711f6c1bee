import Foundation

/// Writes files so that a crash, a kill or a power cut leaves either the old or the new content:
/// a temporary file in the same folder, fsync, rename over the old one, fsync the folder.
/// New files are 0600 whatever the umask.
public enum DurableFile {
    /// The marker in the names of temporary files; a leftover one is an interrupted write.
    public static let temporaryMarker = ".tmp-"

    /// Test-only fault point: when this environment variable names a file, the writer creates that
    /// file after writing and syncing the temporary file and then waits forever before the rename,
    /// so that a test can kill it at exactly that moment.
    public static let pauseBeforeRenameVariable = "TILLIT_TEST_PAUSE_BEFORE_RENAME"

    /// Replaces the file at `path` with `data`, durably.
    public static func replace(_ path: String, with data: Data) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = "\(folder)/.\(name)\(temporaryMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileError(.open, path: temp) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw FileError(.write, path: temp)
                    }
                    offset += n
                }
            }
            guard fchmod(fd, 0o600) == 0 else { throw FileError(.write, path: temp) }
            guard fsync(fd) == 0 else { throw FileError(.sync, path: temp) }
            close(fd)
            closed = true
            if let marker = ProcessInfo.processInfo.environment[pauseBeforeRenameVariable], !marker.isEmpty {
                _ = FileManager.default.createFile(atPath: marker, contents: Data(temp.utf8))
                while true { pause() }
            }
            guard rename(temp, path) == 0 else { throw FileError(.rename, path: path) }
        } catch {
            unlink(temp)
            throw error
        }
        try syncFolder(folder)
    }

    /// Flushes a folder's entries (a rename or a new file) to disk.
    public static func syncFolder(_ folder: String) throws {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw FileError(.open, path: folder) }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw FileError(.sync, path: folder) }
    }

    /// Creates a folder (and its parents) with mode 0700, and sets 0700 on it if it exists.
    public static func makeFolder(_ path: String) throws {
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != path, !FileManager.default.fileExists(atPath: parent) {
                try makeFolder(parent)
            }
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw FileError(.createFolder, path: path) }
        }
        guard chmod(path, 0o700) == 0 else { throw FileError(.createFolder, path: path) }
    }

    /// Reads a whole file's bytes.
    public static func contents(of path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(.read, path: path) }
        defer { close(fd) }
        var out: [UInt8] = []
        var st = stat()
        if fstat(fd, &st) == 0 { out.reserveCapacity(Int(st.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path)
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }
}
