import AppCore
import Foundation
import TillitDomain
import TillitStore

/// Runs searches one at a time on a thread of its own, so that typing in the search field never
/// waits for one. Only the newest query is worked on; an older one still waiting is dropped.
final class SearchWorker: @unchecked Sendable {
    struct Job {
        var snapshot: SearchSnapshot
        var query: String
        var ignoreDiacritics: Bool
        /// The names of schools and areas, for the hits.
        var names: SchoolList
    }

    private let lock = NSLock()
    private let queue = DispatchQueue(label: "tillit-search")
    private var waiting: Job?
    private var running = false
    private var answers: [(String, [NoteSearch.Hit])] = []

    /// Asks for a search; the answer comes from `take`.
    func submit(_ job: Job) {
        let start = lock.withLock {
            waiting = job
            if running { return false }
            running = true
            return true
        }
        if start { queue.async { self.work() } }
    }

    private func work() {
        while let job = lock.withLock({ () -> Job? in
            let next = waiting
            waiting = nil
            if next == nil { running = false }
            return next
        }) {
            let names = job.names
            let (hits, _) = job.snapshot.search(job.query, ignoreDiacritics: job.ignoreDiacritics, limit: 300) { d in
                names.subject(of: DialogueSummary(d, fingerprint: nil))
            }
            lock.withLock { answers.append((job.query, hits)) }
        }
    }

    /// Whether a search is waiting or running, or an answer waits to be taken.
    var busy: Bool { lock.withLock { running || waiting != nil || !answers.isEmpty } }

    /// The answers found since the last call, oldest first.
    func take() -> [(String, [NoteSearch.Hit])] {
        lock.withLock {
            defer { answers = [] }
            return answers
        }
    }
}
