import Foundation
import TillitStore

/// One `HistoryRequest` read on its own thread, followed on the same thread by the word lists
/// of search, so that neither the first frame nor the first search waits for them. The run loop
/// polls for the result.
final class HistoryReading: @unchecked Sendable {
    struct Result {
        var batch: HistoryBatch
        var searchTerms: PreparedSearchTerms
    }

    private let lock = NSLock()
    private var done: Result?
    let problemsBefore: Int

    /// `known`: the store's summaries so far; `mayWriteCaches`: whether the word lists may be saved.
    init(_ request: HistoryRequest, layout: StoreLayout, known: [DialogueSummary], mayWriteCaches: Bool, problemsBefore: Int) {
        self.problemsBefore = problemsBefore
        let thread = Thread { [self] in
            // Named for `top -H` and for tests that wait for it to end (Linux; elsewhere a no-op).
            try? "tillit-history".write(toFile: "/proc/thread-self/comm", atomically: false, encoding: .utf8)
            let batch = request.read()
            let terms = Store.prepareSearchTerms(layout, dialogues: batch.merged(into: known),
                                                 write: mayWriteCaches && !batch.foundNewerFiles)
            lock.withLock { done = Result(batch: batch, searchTerms: terms) }
        }
        thread.start()
    }

    /// The history and word lists, once read.
    var result: Result? { lock.withLock { done } }
}
