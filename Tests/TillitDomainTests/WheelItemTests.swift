import TestSupport
import Testing

@testable import TillitDomain

/// The open actions falling due in a school year, sorted by their keys, come in the order of
/// comparing the items themselves (date, then id), as before that sort was made cheaper.
@Suite struct WheelItemTests {
    @Test func dueActionsInTheOrderOfTheirDatesAndIDs() {
        var rng = SplitMix64(seed: 16)
        let days = (0..<40).map { LocalDate(iso: "2025-08-01")!.adding(days: $0 * 11) }
        for round in 0..<60 {
            let dialogues = (0..<rng.int(30)).map { n -> DialogueSummary in
                let actions = (0..<rng.int(6)).map { k in
                    ActionItem(
                        id: "a\(rng.int(50))", text: "åtgärd \(k)", due: rng.int(5) == 0 ? nil : rng.pick(days),
                        status: rng.pick(ActionStatus.allCases), createdIn: "d\(n)")
                }
                let d = Dialogue(id: "d\(round)-\(n)", date: rng.pick(days), actions: actions)
                return DialogueSummary(d, fingerprint: nil)
            }
            for year in [SchoolYear(startYear: 2025), SchoolYear(startYear: 2026)] {
                let old = dialogues.flatMap { d in
                    (d.dueActions ?? []).filter { year.contains($0.due, startMonth: 8) }.map {
                        WheelItem(due: $0, in: d)
                    }
                }.sorted { ($0.when, $0.due!.id) < ($1.when, $1.due!.id) }
                let new = WheelItem.dueActions(dialogues, in: year, startMonth: 8)
                #expect(new == old, "round \(round), \(year.startYear)")
                #expect(new.map { $0.dueIn!.id } == old.map { $0.dueIn!.id })
            }
        }
    }
}
