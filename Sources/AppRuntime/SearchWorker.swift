import AppCore
import Foundation
import TillitDomain
import TillitStore

/// Runs searches one at a time on a thread of its own, so that typing in the search field never
/// waits for one. Only the newest query is worked on; an older one still waiting is dropped.
final class SearchWorker: Sendable {
    struct Job: Sendable {
        var snapshot: SearchSnapshot
        var query: String
        var ignoreDiacritics: Bool
        /// The names of schools and areas, for the hits.
        var names: SchoolList
    }

    private let worker = NewestJobWorker<Job, (String, [NoteSearch.Hit])>(label: "tillit-search") { job in
        let names = job.names
        let (hits, _) = job.snapshot.search(job.query, ignoreDiacritics: job.ignoreDiacritics, limit: 300) { d in
            names.subject(of: DialogueSummary(d, fingerprint: nil))
        }
        return (job.query, hits)
    }

    /// Asks for a search; the answer comes from `take`.
    func submit(_ job: Job) { worker.submit(job) }

    /// Whether a search is waiting or running, or an answer waits to be taken.
    var busy: Bool { worker.busy }

    /// The answers found since the last call, oldest first.
    func take() -> [(String, [NoteSearch.Hit])] { worker.take() }
}
