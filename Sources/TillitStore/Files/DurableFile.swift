import Foundation
import TillitDomain

/// Writes files so that a crash, a kill or a power cut leaves either the old or the new content:
/// a temporary file in the same folder, fsync, rename over the old one, fsync the folder.
/// New files are 0600 whatever the umask. Reads look before they read: only regular files, never
/// through a symbolic link, never more than `maxSize` bytes (a FIFO or `/dev/zero` in place of a
/// store file must not hang Tillit or fill its memory).
public enum DurableFile {
    /// The marker in the names of temporary files; a leftover one is an interrupted write.
    public static let temporaryMarker = ".tmp-"

    /// The largest file Tillit reads. A store's files are far smaller (the largest index of a
    /// store with 24,000 dialogues is about 2 MB; a dialogue with a 1 MB paste about 1 MB).
    public static let maxSize: Int64 = 256 << 20

    /// Test-only fault point: when this environment variable names a file, the writer creates that
    /// file after writing and syncing the temporary file and then waits forever before the rename,
    /// so that a test can kill it at exactly that moment.
    public static let pauseBeforeRenameVariable = "TILLIT_TEST_PAUSE_BEFORE_RENAME"

    /// Replaces the file at `path` with `data`, durably. A symbolic link at `path` is replaced
    /// itself (its target is never written).
    public static func replace(_ path: String, with data: Data) throws {
        try write(path, data, replacing: true)
    }

    /// Writes a new file at `path`, durably; fails with EEXIST (and writes nothing) when anything
    /// is already there, even if it appears while this runs.
    public static func create(_ path: String, with data: Data) throws {
        try write(path, data, replacing: false)
    }

    private static func write(_ path: String, _ data: Data, replacing: Bool) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        if !replacing, SpecialFile.at(path) != nil { throw FileError(.open, path: path, code: EEXIST) }
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temp = "\(folder.isEmpty ? "." : folder)/.\(name)\(temporaryMarker)\(unique)"
        // O_EXCL never follows a link; the folder is looked at first (a missing folder is named as
        // itself, not as the temporary file's).
        if let kind = SpecialFile.at(folder.isEmpty ? "." : folder), kind != .folder {
            throw FileError(.open, path: folder, refusal: kind == .symlink ? .symlink : .notAFolder(kind))
        }
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            let code = errno
            throw FileError(.write, path: code == ENOENT ? folder : path, code: code)
        }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw FileError(.write, path: path)
                    }
                    offset += n
                }
            }
            guard fchmod(fd, 0o600) == 0 else { throw FileError(.write, path: path) }
            guard fsync(fd) == 0 else { throw FileError(.sync, path: path) }
            close(fd)
            closed = true
            if let marker = ProcessInfo.processInfo.environment[pauseBeforeRenameVariable], !marker.isEmpty {
                _ = FileManager.default.createFile(atPath: marker, contents: Data(temp.utf8))
                while true { pause() }
            }
            if replacing {
                guard rename(temp, path) == 0 else { throw FileError(.rename, path: path) }
            } else {
                // link(2) fails when the name exists: no file is ever replaced.
                guard link(temp, path) == 0 else { throw FileError(.rename, path: path) }
                unlink(temp)
            }
        } catch {
            unlink(temp)
            throw error
        }
        try syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Flushes a folder's entries (a rename or a new file) to disk.
    public static func syncFolder(_ folder: String) throws(FileError) {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw FileError(.open, path: folder) }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw FileError(.sync, path: folder) }
    }

    /// Creates a folder (and its parents) with mode 0700. A folder that is already there keeps its
    /// mode unless `private` (a folder of the store's own), which sets 0700 on it. A link or a file
    /// in its place is refused, and nothing is changed then.
    public static func makeFolder(_ path: String, private makePrivate: Bool = true) throws(FileError) {
        if let kind = SpecialFile.at(path) {
            guard kind == .folder else {
                throw FileError(.createFolder, path: path, refusal: kind == .symlink ? .symlink : .notAFolder(kind))
            }
            if makePrivate, chmod(path, 0o700) != 0 { throw FileError(.createFolder, path: path) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, SpecialFile.at(parent) == nil {
            try makeFolder(parent, private: makePrivate)
        }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw FileError(.createFolder, path: path) }
        // mkdir's mode is masked by the umask; the folder is ours, so it is made private.
        guard chmod(path, 0o700) == 0 else { throw FileError(.createFolder, path: path) }
    }

    /// Opens a file for reading after looking at it: a regular file (not a link, a FIFO, a device
    /// or a folder) of at most `limit` bytes. Returns the descriptor and the file's size.
    public static func openForReading(_ path: String, limit: Int64 = maxSize) throws -> (fd: Int32, size: Int64) {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw FileError(.read, path: path, refusal: .symlink) }
            throw FileError(.read, path: path, code: code)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = FileError(.stat, path: path)
            close(fd)
            throw e
        }
        let kind = SpecialFile(mode: st.st_mode)
        guard kind == .file else {
            close(fd)
            throw FileError(.read, path: path, refusal: .notAFile(kind))
        }
        guard Int64(st.st_size) <= limit else {
            close(fd)
            throw FileError(.read, path: path, refusal: .tooLarge(size: Int64(st.st_size), limit: limit))
        }
        return (fd, Int64(st.st_size))
    }

    /// Reads a whole regular file's bytes (see `openForReading`), straight into the array that
    /// holds them (no buffer between, nothing zeroed first).
    public static func contents(of path: String, limit: Int64 = maxSize) throws -> [UInt8] {
        let (fd, size) = try openForReading(path, limit: limit)
        defer { close(fd) }
        // One byte more than its size: a file that grew since is seen to have grown.
        var out = try [UInt8](unsafeUninitializedCapacity: Int(size) + 1) { buffer, count in
            count = try readAll(fd, into: UnsafeMutableRawBufferPointer(buffer), path: path)
        }
        guard out.count > size else { return out }
        if Int64(out.count) > limit {
            throw FileError(.read, path: path, refusal: .tooLarge(size: Int64(out.count), limit: limit))
        }
        // It grew while it was read: the rest a piece at a time, still held to the limit.
        var piece = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = try piece.withUnsafeMutableBytes { try readAll(fd, into: $0, path: path) }
            if n == 0 { break }
            out += piece[0..<n]
            if Int64(out.count) > limit {
                throw FileError(.read, path: path, refusal: .tooLarge(size: Int64(out.count), limit: limit))
            }
        }
        return out
    }

    /// Reads until `buffer` is full or the file ends; how many bytes came.
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
        var count = 0
        while count < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path)
            }
            if n == 0 { break }
            count += n
        }
        return count
    }

    /// Whether a regular file (not a link) is at `path`.
    public static func isFile(_ path: String) -> Bool { SpecialFile.at(path) == .file }

    /// The names in a folder that end in `suffix` (ASCII) and do not start with a dot, with the
    /// suffix taken off: a dialogue's id from `ID.json`. Looked at as bytes (24,000 names made
    /// into text and compared as text took 15 ms of a search).
    public static func stems(in folder: String, ending suffix: String) -> [String] {
        let tail = Array(suffix.utf8)
        var out: [String] = []
        eachName(in: folder) { name in
            guard name.count > tail.count, name[0] != UInt8(ascii: "."), name.suffix(tail.count).elementsEqual(tail)
            else { return }
            out.append(String(decoding: name.dropLast(tail.count), as: UTF8.self))
        }
        return out
    }

    /// The names in a folder (not `.` and `..`); empty when it cannot be listed. Never follows a
    /// link in place of the folder.
    public static func names(in folder: String) -> [String] {
        var out: [String] = []
        eachName(in: folder) { name in
            if !name.elementsEqual(".".utf8), !name.elementsEqual("..".utf8) {
                out.append(String(decoding: name, as: UTF8.self))
            }
        }
        return out
    }

    /// Each name's bytes in a folder that is a folder (not a link to one).
    private static func eachName(in folder: String, _ body: (UnsafeRawBufferPointer.SubSequence) -> Void) {
        guard SpecialFile.at(folder) == .folder, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in body(raw[..<(raw.firstIndex(of: 0) ?? raw.count)]) }
        }
    }
}
