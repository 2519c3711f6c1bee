import Foundation
import TillitDomain

/// Work spread over every core, results in order.
enum ParallelMap {
    /// `body(0) ..< body(count)` run on every core; the non-nil results in index order.
    static func compactMap<T>(_ count: Int, _ body: @Sendable (Int) -> T?) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // The results are copied out below; the buffer's own copies must be released too
            // (without this every value read stayed in memory).
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots[i] = body(i)
        }
        return results.compactMap { $0 }
    }
}
