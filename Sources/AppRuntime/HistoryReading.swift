import Foundation
import TillitDomain
import TillitStore

/// One `HistoryRequest` read on its own thread, followed on the same thread by the word lists
/// of search, so that neither the first frame nor the first search waits for them. The run loop
/// polls for each as it is ready.
final class HistoryReading: @unchecked Sendable {
    private let lock = NSLock()
    private var batch: HistoryBatch?
    private var terms: PreparedSearchTerms?
    let problemsBefore: Int
    /// Whether the run loop has taken the history in (the word lists may still be coming).
    var historyTaken = false

    /// `known`: the store's summaries so far; `mayWriteCaches`: whether the word lists may be saved.
    init(
        _ request: HistoryRequest, layout: StoreLayout, known: [DialogueSummary], mayWriteCaches: Bool,
        problemsBefore: Int
    ) {
        self.problemsBefore = problemsBefore
        let thread = Thread { [self] in
            // Named for `top -H` and for tests that wait for it to end (Linux; elsewhere a no-op).
            try? "tillit-history".write(toFile: "/proc/thread-self/comm", atomically: false, encoding: .utf8)
            let read = request.read()
            lock.withLock { batch = read }
            let prepared = Store.prepareSearchTerms(
                layout, dialogues: read.merged(into: known),
                write: mayWriteCaches && !read.foundNewerFiles)
            lock.withLock { terms = prepared }
        }
        thread.start()
    }

    /// The earlier school years, once read.
    var history: HistoryBatch? { lock.withLock { batch } }

    /// The word lists, once prepared.
    var searchTerms: PreparedSearchTerms? { lock.withLock { terms } }
}
