import AppCore
import Foundation
import TillitDomain
import TillitExport
import TillitStore

/// Puts the quality report together on a thread of its own: a school year of a large store is
/// thousands of dialogue files, seconds of reading, and the screen must not stop meanwhile.
final class ReportWorker: Sendable {
    struct Job: Sendable {
        var reading: ReportReading
        /// Everything but the dialogues, which are read on the worker's thread.
        var input: QualityReport.Input
    }

    private let worker = NewestJobWorker<Job, AppAction>(label: "tillit-report") { job in
        var input = job.input
        input.dialogues = job.reading.read()
        return .reportLoaded(job.reading.year, QualityReport(input).blocks)
    }

    func submit(_ job: Job) { worker.submit(job) }
    var busy: Bool { worker.busy }
    func take() -> [AppAction] { worker.take() }
}
