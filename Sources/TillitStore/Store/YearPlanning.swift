import Foundation
import TillitDomain

/// A year's plan from a store: the dialogues it is made from are read for their facilitators.
public enum YearPlanning {
    public static func plan(
        _ year: SchoolYear, store: Store, today: LocalDate, makeID: () -> String = { UUID().uuidString.lowercased() }
    ) -> YearPlan {
        store.loadEverything()
        let ids = YearPlan.sources(for: year, dialogues: store.dialogues)
        let people = Dictionary(
            store.readDialogues(ids).map { ($0.id, $0.facilitators) }, uniquingKeysWith: { a, _ in a })
        return YearPlan.make(
            for: year, schools: store.schools, dialogues: store.dialogues, facilitatorsOf: { people[$0] ?? [] },
            startMonth: store.wheel.schoolYearStartMonth, notBefore: today, makeID: makeID)
    }
}
