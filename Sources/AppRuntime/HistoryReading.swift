import Foundation
import TillitStore

/// One `HistoryRequest` read on its own thread; the run loop polls for the result.
final class HistoryReading: @unchecked Sendable {
    private let lock = NSLock()
    private var batch: HistoryBatch?
    let problemsBefore: Int

    init(_ request: HistoryRequest, problemsBefore: Int) {
        self.problemsBefore = problemsBefore
        let thread = Thread { [self] in
            let result = request.read()
            lock.withLock { batch = result }
        }
        thread.name = "tillit-history"
        thread.start()
    }

    /// The batch, once read.
    var result: HistoryBatch? { lock.withLock { batch } }
}
