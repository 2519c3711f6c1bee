import Foundation
import Testing

@testable import TillitDomain

/// A new school year in one step: the weeks of the year before, no facilitator twice on a day,
/// nothing planned twice.
@Suite struct YearPlanTests {
    static let area = Area(id: "nordost", name: "Utbildningsområde Nordost", head: "Lena Bergström")
    static let schools = SchoolList(
        organisation: Organisation(name: "Förvaltningen"), areas: [area],
        schools: ["a", "b", "c", "d"].map { School(id: $0, name: "Skola \($0.uppercased())", areaID: "nordost") }
            + [School(id: "x", name: "Arkiverad", areaID: "nordost", archived: true)])

    static func summary(_ id: String, school: String?, level: DialogueLevel = .school, _ date: String)
        -> DialogueSummary
    {
        DialogueSummary(
            Dialogue(
                id: id, level: level, schoolID: school, areaID: "nordost", date: LocalDate(iso: date)!,
                status: .closed),
            fingerprint: nil)
    }

    @Test func theWeeksOfTheYearBeforeAndNoFacilitatorTwiceOnADay() {
        // A and B were on the same Tuesday (different facilitators then); C had none; D is planned already.
        let dialogues = [
            Self.summary("1", school: "a", "2026-09-22"), Self.summary("2", school: "b", "2026-09-22"),
            Self.summary("3", school: nil, level: .area, "2026-10-08"),
            Self.summary("4", school: "d", "2027-10-05"),
        ]
        var n = 0
        let plan = YearPlan.make(
            for: SchoolYear(startYear: 2027), schools: Self.schools, dialogues: dialogues,
            facilitatorsOf: { _ in ["Lena Bergström"] }, startMonth: 8,
            makeID: {
                n += 1
                return "new-\(n)"
            })
        let bySchool = Dictionary(
            plan.entries.compactMap { e in e.dialogue.schoolID.map { ($0, e.dialogue) } },
            uniquingKeysWith: { a, _ in a })
        // The same weekday of the same week: 22 Sep 2026 (Tue, week 39) → 28 Sep 2027.
        #expect(bySchool["a"]?.date == LocalDate(iso: "2027-09-28"))
        // B shared the day with A and the same facilitator: the next working day.
        #expect(bySchool["b"]?.date == LocalDate(iso: "2027-09-29"))
        #expect(bySchool["c"] != nil)  // none the year before: a free day
        #expect(bySchool["d"] == nil)  // already planned
        #expect(bySchool["x"] == nil)  // archived
        #expect(
            plan.entries.contains { $0.dialogue.level == .area && $0.dialogue.date == LocalDate(iso: "2027-10-14") })
        // No facilitator twice on one day.
        let days = plan.entries.map(\.dialogue.date)
        #expect(Set(days).count == days.count)
        #expect(plan.entries.allSatisfy { $0.dialogue.status == .planned && $0.dialogue.date.isoWeekday <= 5 })
    }

    /// Facilitators come from each one's latest dialogue, whatever its year; the year under way is
    /// planned from today on.
    @Test func facilitatorsOfTheLatestDialogueAndNoDayAlreadyGone() {
        let dialogues = [
            Self.summary("old", school: "a", "2025-09-23"),  // two years back: the latest of a
            Self.summary("1", school: "b", "2026-09-22"),
        ]
        let sources = YearPlan.sources(for: SchoolYear(startYear: 2027), dialogues: dialogues)
        #expect(Set(sources) == ["old", "1"])
        let people = ["old": ["Peter Johansson", "Sara Lund"], "1": ["Lena Bergström"]]
        let plan = YearPlan.make(
            for: SchoolYear(startYear: 2027), schools: Self.schools, dialogues: dialogues,
            facilitatorsOf: { people[$0] ?? [] }, startMonth: 8, makeID: { UUID().uuidString })
        #expect(
            plan.entries.first { $0.dialogue.schoolID == "a" }?.dialogue.facilitators == [
                "Peter Johansson", "Sara Lund",
            ])
        let now = YearPlan.make(
            for: SchoolYear(startYear: 2026), schools: Self.schools,
            dialogues: [Self.summary("p", school: "a", "2025-09-23")],
            facilitatorsOf: { _ in ["Lena Bergström"] }, startMonth: 8, notBefore: LocalDate(iso: "2026-11-30")!,
            makeID: { UUID().uuidString })
        #expect(!now.entries.isEmpty)
        #expect(now.entries.allSatisfy { $0.dialogue.date >= LocalDate(iso: "2026-11-30")! })
    }
}
