import AppCore
import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitStore

@testable import AppRuntime

/// Searches run on their own thread: the newest query is always answered, last.
@Suite struct SearchWorkerTests {
    @Test func theNewestQueryIsAnsweredLastAndOlderWaitingOnesAreDropped() throws {
        let h = try AppHarness()
        let worker = SearchWorker()
        let queries = ["k", "kl", "kly", "klyf", "klyft", "klyfta", "klyftan"]
        for q in queries {
            worker.submit(
                .init(snapshot: h.store.searchSnapshot(), query: q, ignoreDiacritics: false, names: h.store.schools))
        }
        var answers: [(String, [NoteSearch.Hit])] = []
        #expect(
            waitUntil {
                answers += worker.take()
                return !worker.busy
            })
        answers += worker.take()
        // Answers come in the order asked, never for a query twice, and the last is the newest.
        let asked = answers.map(\.0)
        #expect(asked == queries.filter(asked.contains))
        #expect(asked.last == "klyftan")
        #expect(answers.last?.1.map(\.dialogueID) == ["2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"])
    }
}
