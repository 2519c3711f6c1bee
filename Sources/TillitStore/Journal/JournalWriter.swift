import Foundation
import TillitDomain

/// Appends a dialogue's changes to its journal (`journal/ID.jsonl`) with one `write(2)` each,
/// before the screen shows them: that survives kill -9 and a closed terminal. `sync()` (called off
/// the typing path, about twice a second) makes them survive a power cut too. When the disk is
/// full or read-only, entries wait in memory and go out with the next write that succeeds.
public final class JournalWriter {
    public let path: String
    private var fd: Int32 = -1
    private var seq = 0
    private var pending: [Data] = []
    private var dirty = false

    public init(path: String) {
        self.path = path
    }

    /// Entries not yet written because of a disk problem.
    public var pendingCount: Int { pending.count }

    /// Whether anything waits for the disk or for fdatasync.
    public var needsSync: Bool { dirty || !pending.isEmpty }

    private func openIfNeeded() throws {
        guard fd < 0 else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try DurableFile.makeFolder(folder)
        let f = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard f >= 0 else { throw FileError(.open, path: path) }
        fchmod(f, 0o600)
        fd = f
    }

    /// Records a change. Throws (after keeping the entry) when it could not be written yet.
    public func append(_ change: DialogueChange) throws {
        seq += 1
        var line = try JSONEncoder().encode(JournalEntry(seq: seq, change: change))
        line.append(0x0A)
        pending.append(line)
        try flushPending()
    }

    /// Writes what is waiting, oldest first.
    public func flushPending() throws {
        guard !pending.isEmpty else { return }
        try openIfNeeded()
        while let line = pending.first {
            let ok = line.withUnsafeBytes { raw -> Bool in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += n
                }
                return true
            }
            if !ok {
                let error = FileError(.write, path: path)
                // A line cut in the middle by a full disk would end the journal early: start the
                // next attempt on a fresh line.
                _ = "\n".withCString { Glibc.write(fd, $0, 1) }
                throw error
            }
            pending.removeFirst()
            dirty = true
        }
    }

    /// Flushes the journal to disk (fdatasync).
    public func sync() throws {
        try? flushPending()
        guard fd >= 0, dirty else { return }
        guard fdatasync(fd) == 0 else { throw FileError(.sync, path: path) }
        dirty = false
    }

    /// Empties the journal after its changes were written into the dialogue file.
    public func truncate() throws {
        try openIfNeeded()
        guard ftruncate(fd, 0) == 0 else { throw FileError(.write, path: path) }
        _ = fsync(fd)
        seq = 0
        dirty = false
    }

    public func close() {
        if fd >= 0 {
            _ = fdatasync(fd)
            Glibc.close(fd)
            fd = -1
        }
    }

    deinit { close() }

    /// The changes in a journal file, in order. A torn last line (the process died mid-write)
    /// and blank lines are skipped; the count of unreadable lines is returned.
    public static func read(_ path: String) -> (changes: [DialogueChange], unreadable: Int) {
        guard let bytes = try? DurableFile.contents(of: path) else { return ([], 0) }
        var changes: [DialogueChange] = []
        var bad = 0
        let decoder = JSONDecoder()
        for line in bytes.split(separator: 0x0A) where !line.isEmpty {
            if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) {
                changes.append(entry.change)
            } else {
                bad += 1
            }
        }
        return (changes, bad)
    }
}
