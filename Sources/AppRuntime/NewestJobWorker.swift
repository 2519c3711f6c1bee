import Foundation

/// Runs jobs one at a time on a thread of its own, so that the screen never waits for one: only
/// the newest job is worked on (an older one still waiting is dropped), and the run loop takes
/// the answers in (`take`) as it takes in the other threads' work.
final class NewestJobWorker<Job: Sendable, Answer: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let queue: DispatchQueue
    private let work: @Sendable (Job) -> Answer
    private var waiting: Job?
    private var running = false
    private var answers: [Answer] = []

    init(label: String, _ work: @escaping @Sendable (Job) -> Answer) {
        queue = DispatchQueue(label: label)
        self.work = work
    }

    /// Asks for a job; its answer comes from `take`.
    func submit(_ job: Job) {
        let start = lock.withLock {
            waiting = job
            if running { return false }
            running = true
            return true
        }
        if start { queue.async { self.run() } }
    }

    private func run() {
        while let job = lock.withLock({ () -> Job? in
            let next = waiting
            waiting = nil
            if next == nil { running = false }
            return next
        }) {
            let answer = work(job)
            lock.withLock { answers.append(answer) }
        }
    }

    /// Whether a job is waiting or running, or an answer waits to be taken.
    var busy: Bool { lock.withLock { running || waiting != nil || !answers.isEmpty } }

    /// The answers since the last call, oldest first.
    func take() -> [Answer] {
        lock.withLock {
            defer { answers = [] }
            return answers
        }
    }
}
