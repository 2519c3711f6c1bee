import Foundation
import TillitDomain

/// Flushes journals to disk (fdatasync) on a thread of its own, at most `interval` after a
/// change was written, however steadily someone types: a power cut loses at most that much, and
/// typing never waits for the disk. The journal is opened by its path for each flush (the data
/// of a file is flushed through any descriptor of it), so no descriptor is shared between
/// threads.
public final class JournalFlusher: @unchecked Sendable {
    private let condition = NSCondition()
    private var unsynced: Set<String> = []
    private var errors: [FileError] = []
    private var flushes = 0
    private var stopped = false
    private var started = false
    /// The thread is idle and a change came: it is woken by `wakeIfOwed()` (see `defersWakes`).
    private var wakeOwed = false
    /// Whether a change leaves the wake to `wakeIfOwed()`: the screen calls it once the key's
    /// frame is out, so that the thread switch (and the thread taking the lock just given back)
    /// does not come between a key and its answer. Off, a change wakes the thread at once.
    public var defersWakes: Bool {
        get { condition.withLock { deferring } }
        set { condition.withLock { deferring = newValue } }
    }
    private var deferring = false
    /// The longest a written change waits for the disk.
    public let interval: TimeInterval
    /// How long a round waits after it was woken, at least.
    let settle: TimeInterval = 0.01

    public init(interval: TimeInterval = 0.4) {
        self.interval = interval
    }

    /// A change was written to the journal at `path`: flush it within `interval`.
    public func markUnsynced(_ path: String) {
        condition.lock()
        // The thread waits for a signal only while nothing is unsynced (else it waits for the
        // time of its next round): waking it for every key would cost a switch of threads each.
        let wasIdle = unsynced.isEmpty
        unsynced.insert(path)
        if !started {
            started = true
            let thread = Thread { [self] in run() }
            thread.name = "tillit-journal-sync"
            thread.start()
        }
        let wake = wasIdle && !deferring
        if wasIdle && deferring { wakeOwed = true }
        condition.unlock()
        // Signalled after the lock is given back, so that the thread woken does not wait for it.
        if wake { condition.signal() }
    }

    /// Wakes the thread when a change came while it was idle and its wake was deferred.
    public func wakeIfOwed() {
        condition.lock()
        let wake = wakeOwed
        wakeOwed = false
        condition.unlock()
        if wake { condition.signal() }
    }

    /// How many rounds of flushing have run (for tests and the benchmark).
    public var flushCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return flushes
    }

    /// Whether a written change still waits for the disk.
    public var hasUnsynced: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !unsynced.isEmpty
    }

    /// Flushes that failed since the last call.
    public func takeErrors() -> [FileError] {
        condition.lock()
        defer { condition.unlock() }
        let out = errors
        errors = []
        return out
    }

    /// Ends the thread after a last flush.
    public func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        var lastFlush = Date.distantPast
        while true {
            condition.lock()
            while unsynced.isEmpty && !stopped { condition.wait() }
            if unsynced.isEmpty && stopped {
                condition.unlock()
                return
            }
            // Changes that come while the disk is busy are gathered for the next round, which
            // starts no sooner than half the interval after this one (the bound still holds).
            // Woken by a key, it also lets that key's frame go out first (`settle`): a flush
            // that starts at once takes the other core from whoever reads the screen.
            let earliest = max(lastFlush.addingTimeInterval(interval / 2), Date().addingTimeInterval(settle))
            while !stopped, Date() < earliest { _ = condition.wait(until: earliest) }
            let paths = unsynced
            unsynced = []
            condition.unlock()
            lastFlush = Date()
            var failed: [FileError] = []
            for path in paths.sorted() {
                let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
                guard fd >= 0 else { continue }  // gone (folded and removed): nothing to flush
                if fdatasync(fd) != 0 { failed.append(FileError(.sync, path: path)) }
                close(fd)
            }
            condition.lock()
            flushes += 1
            errors += failed
            condition.unlock()
        }
    }
}
