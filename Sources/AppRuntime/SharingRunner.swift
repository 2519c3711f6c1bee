import AppCore
import Foundation
import TillitDomain
import TillitShare
import TillitStore

/// A sync from the screen, in steps so that typing never waits for the network: what is local
/// and quick (folding journals, committing, merging what came in) runs on the run loop's thread,
/// between keys, where the store is written; fetching and pushing run on a thread of their own
/// and are polled for. It also counts, in the background, the changes not yet shared.
public final class SharingRunner: @unchecked Sendable {
    let sync: ShareSync
    private let network = DispatchQueue(label: "tillit-sync")
    private let counter = DispatchQueue(label: "tillit-share-count")
    private let lock = NSLock()
    private enum Phase { case idle, fetching, pushing }
    private var phase = Phase.idle
    /// What the network step came to (true: pushed; false: refused because the remote moved).
    private var networkDone: Result<Bool, ShareError>?
    private var report = SyncReport()
    private var tries = 0
    private var counting = false
    private var countAgain = false
    private var counted: Int?

    public init(sync: ShareSync) {
        self.sync = sync
    }

    /// A runner for the store at `root`, if it is shared.
    public static func forStore(
        _ root: String, t: Localizer, environment: [String: String], fallbackAuthor: (name: String, email: String)?,
        driver: String = ShareFiles.currentProgram()
    ) -> SharingRunner? {
        guard ShareSync.isShared(root) else { return nil }
        var sync = ShareSync(root: root, driver: driver, t: t, environment: environment)
        sync.fallbackAuthor = fallbackAuthor
        return SharingRunner(sync: sync)
    }

    /// Whether a step runs or a result waits to be taken.
    var busy: Bool { lock.withLock { phase != .idle || counting || counted != nil } }

    /// Starts a sync: `fold` puts every journal into its dialogue's file; the rest is committed
    /// here and fetched on the network thread. Nil while one is running.
    func begin(fold: () -> Void) -> SyncReport? {
        guard lock.withLock({ phase == .idle }) else { return nil }
        fold()
        report = SyncReport()
        tries = 0
        do {
            try sync.prepare(&report)
            report.committed = try sync.commitLocal()
        } catch {
            report.problem = (error as? ShareError) ?? .git(step: "commit", message: "\(error)")
            return report
        }
        startNetwork(.fetching) { try self.sync.fetch() }
        return nil
    }

    private func startNetwork(_ step: Phase, _ work: @escaping @Sendable () throws -> Bool) {
        lock.withLock {
            phase = step
            networkDone = nil
        }
        network.async {
            let result: Result<Bool, ShareError>
            do { result = .success(try work()) } catch {
                result = .failure((error as? ShareError) ?? .git(step: "network", message: "\(error)"))
            }
            self.lock.withLock { self.networkDone = result }
        }
    }

    private func startNetwork(_ step: Phase, _ work: @escaping @Sendable () throws -> Void) {
        startNetwork(step) { () throws -> Bool in
            try work()
            return true
        }
    }

    /// What happened since the last look. `merged` is called after a merge brought files in (the
    /// store is read again there); the finished report comes back once the sync has ended.
    func poll(merged: () -> Void) -> SyncReport? {
        let (step, done) = lock.withLock { (phase, networkDone) }
        guard let done else { return nil }
        switch (step, done) {
        case (_, .failure(let e)):
            return finish(problem: e)
        case (.fetching, .success), (.pushing, .success(false)):
            // Fetched (or refused because the remote moved on, and fetched again): merge here.
            tries += 1
            do {
                // What was saved since the sync began is committed too (a merge needs it so).
                report.committed = Array(Set(report.committed + (try sync.commitLocal()))).sorted()
                // Read again whenever the merge changed a file, also one an earlier merge of
                // this sync brought in (its count of files received does not grow then).
                if try sync.mergeIncoming(&report) { merged() }
            } catch {
                return finish(problem: (error as? ShareError) ?? .git(step: "merge", message: "\(error)"))
            }
            if tries > sync.attempts { return finish(problem: .pushRefused("")) }
            // What the push will send: the files ahead of the remote.
            report.sent = Array(Set(report.sent + ((try? sync.pushing()) ?? []))).sorted()
            let sync = self.sync
            startNetwork(.pushing) { () throws -> Bool in
                var scratch = SyncReport()
                return try sync.push(&scratch)
            }
            return nil
        case (.pushing, .success(true)):
            report.shared = true
            return finish(problem: nil)
        case (.idle, _):
            return nil
        }
    }

    private func finish(problem: ShareError?) -> SyncReport {
        lock.withLock {
            phase = .idle
            networkDone = nil
        }
        report.problem = problem
        if problem != nil { report.shared = false }
        ShareFiles.makePrivate(sync.git.folder)
        requestCount()
        return report
    }

    /// Counts the changes not yet shared, on a thread of its own (again, if asked meanwhile).
    public func requestCount() {
        let start = lock.withLock {
            if counting {
                countAgain = true
                return false
            }
            counting = true
            return true
        }
        guard start else { return }
        counter.async { self.countLoop() }
    }

    private func countLoop() {
        while true {
            let n = sync.notSharedCount()
            let again = lock.withLock {
                counted = n
                if countAgain {
                    countAgain = false
                    return true
                }
                counting = false
                return false
            }
            if !again { return }
        }
    }

    /// The newest count, once (nil when none came since the last look).
    func takeCount() -> Int? {
        lock.withLock {
            defer { counted = nil }
            return counted
        }
    }
}
