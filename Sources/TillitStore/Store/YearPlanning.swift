import Foundation
import TillitDomain

/// A year's plan from a store: the year before's dialogues are read for their facilitators.
public enum YearPlanning {
    public static func plan(_ year: SchoolYear, store: Store, makeID: () -> String = { UUID().uuidString.lowercased() })
        -> YearPlan
    {
        store.loadEverything()
        let ids = store.dialogues.filter { $0.schoolYear == year.previous || $0.schoolYear == year }.map(\.id)
        let people = Dictionary(
            store.readDialogues(ids).map { ($0.id, $0.facilitators) }, uniquingKeysWith: { a, _ in a })
        return YearPlan.make(
            for: year, schools: store.schools, dialogues: store.dialogues, facilitatorsOf: { people[$0] ?? [] },
            startMonth: store.wheel.schoolYearStartMonth, makeID: makeID)
    }
}
