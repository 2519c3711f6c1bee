import Foundation
import TillitDomain

/// Appends a dialogue's changes to its journal (`journal/ID.jsonl`) with one `write(2)` each,
/// before the screen shows them: that survives kill -9 and a closed terminal. A `JournalFlusher`
/// makes them survive a power cut too, off the typing path. When the disk is full or read-only,
/// entries wait in memory (`pendingChanges`) and go out with the next write that succeeds; a line
/// cut short by a full disk is cut off again, so the journal never holds half a line.
public final class JournalWriter {
    public let path: String
    private var fd: Int32 = -1
    /// The last sequence number written (read from the journal when it is opened).
    private var seq: Int?
    private var pending: [DialogueChange] = []
    /// What this writer has written since the journal was last emptied: if the journal file
    /// disappears under it (removed, or replaced by a `git checkout`), it is written again.
    private var written: [DialogueChange] = []
    private var unsynced = false
    private let flusher: JournalFlusher?

    /// `flusher` syncs the journal in the background; without one, `sync()` does it.
    public init(path: String, flusher: JournalFlusher? = nil) {
        self.path = path
        self.flusher = flusher
    }

    /// Entries not yet written because of a disk problem.
    public var pendingCount: Int { pending.count }

    /// The changes not yet written (for an emergency copy when they never can be).
    public var pendingChanges: [DialogueChange] { pending }

    /// Whether anything waits for the disk, or for fdatasync when there is no flusher.
    public var needsSync: Bool { (flusher == nil && unsynced) || !pending.isEmpty }

    private func openIfNeeded() throws(FileError) {
        guard fd < 0 else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try DurableFile.makeFolder(folder)
        // Never through a link: the journal is written only where it belongs.
        let f = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0o600)
        guard f >= 0 else {
            let code = errno
            if code == ELOOP { throw FileError(.open, path: path, refusal: .symlink) }
            throw FileError(.open, path: path, code: code)
        }
        var st = stat()
        guard fstat(f, &st) == 0, SpecialFile(mode: st.st_mode) == .file else {
            Glibc.close(f)
            throw FileError(.open, path: path, refusal: .notAFile(SpecialFile(mode: st.st_mode)))
        }
        fchmod(f, 0o600)
        fd = f
        if seq == nil {
            // Numbers go on from what the journal already holds (after a fold that failed).
            seq = st.st_size > 0 ? JournalReader.read(path).lastSeq : 0
        }
    }

    /// Records a change. Throws (after keeping the entry) when it could not be written yet.
    public func append(_ change: DialogueChange) throws {
        pending.append(change)
        try flushPending()
    }

    /// Whether the open journal is still the file at the journal's path.
    private var stillInPlace: Bool {
        guard fd >= 0 else { return true }
        var open = stat()
        var here = stat()
        guard fstat(fd, &open) == 0, open.st_nlink > 0 else { return false }
        return lstat(path, &here) == 0 && here.st_ino == open.st_ino && here.st_dev == open.st_dev
    }

    /// Writes what is waiting, oldest first.
    public func flushPending() throws {
        if !stillInPlace {
            // The journal went away under us: a new one gets everything written since the last
            // fold again, so that nothing lives only in a file that no longer exists.
            Glibc.close(fd)
            fd = -1
            seq = nil
            pending = written + pending
            written = []
        }
        guard !pending.isEmpty else { return }
        try openIfNeeded()
        let encoder = JSONEncoder()
        while let change = pending.first {
            // Numbered when written, so that numbers follow the journal's own order.
            var line = try JournalEntry(seq: (seq ?? 0) + 1, change: change).line(encoder)
            line.append(0x0A)
            var offset = 0
            let ok = line.withUnsafeBytes { raw -> Bool in
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
                // A line cut short by a full disk is cut off again: the next attempt starts clean.
                // Only this writer appends to the journal (the store's lock), so the line's first
                // `offset` bytes are the file's last.
                var st = stat()
                if offset > 0, fstat(fd, &st) == 0, st.st_size >= offset { ftruncate(fd, st.st_size - off_t(offset)) }
                throw error
            }
            written.append(pending.removeFirst())
            seq = (seq ?? 0) + 1
            unsynced = true
            flusher?.markUnsynced(path)
        }
    }

    /// Forgets the changes waiting for the disk, once an emergency copy holds them.
    public func discardPending() { pending = [] }

    /// Flushes the journal to disk (fdatasync) now.
    public func sync() throws {
        try? flushPending()
        guard fd >= 0, unsynced else { return }
        guard fdatasync(fd) == 0 else { throw FileError(.sync, path: path) }
        unsynced = false
    }

    /// Empties the journal after its changes were written into the dialogue file.
    public func truncate() throws(FileError) {
        if !stillInPlace {
            Glibc.close(fd)
            fd = -1
        }
        try openIfNeeded()
        guard ftruncate(fd, 0) == 0 else { throw FileError(.write, path: path) }
        _ = fsync(fd)
        written = []
        seq = 0
        unsynced = false
    }

    public func close() {
        if fd >= 0 {
            if unsynced { _ = fdatasync(fd) }
            Glibc.close(fd)
            fd = -1
        }
    }

    deinit { close() }
}
