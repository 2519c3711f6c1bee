import Foundation
import Testing

@testable import TillitDomain

@Suite struct DialogueTests {
    let t0 = Date(timeIntervalSince1970: 1_758_000_000)

    func note(_ id: String, _ section: SectionKind = .strengths, parent: String? = nil) -> Note {
        Note(id: id, section: section, text: id, created: t0, parentID: parent)
    }

    @Test func sectionsKeepTheirOrderStrengthsFirst() {
        #expect(SectionKind.allCases.first == .strengths)
        #expect(SectionKind.allCases == [.strengths, .results, .analysis, .needs, .forward, .feedback])
        #expect(SectionKind.strengths.defaultNoteKind == .strength)
    }

    @Test func followUpsNestDepthFirst() {
        let d = Dialogue(
            id: "d", date: LocalDate(iso: "2025-09-18")!,
            notes: [
                note("a"), note("b"), note("a1", parent: "a"), note("a1x", parent: "a1"), note("a2", parent: "a"),
                note("r", .results),
            ])
        let threaded = d.threaded(in: .strengths)
        #expect(threaded.map(\.note.id) == ["a", "a1", "a1x", "a2", "b"])
        #expect(threaded.map(\.depth) == [0, 1, 2, 1, 0])
        #expect(d.depth(of: "a1x") == 2)
        #expect(d.children(of: "a").map(\.id) == ["a1", "a2"])
    }

    @Test func brokenParentLinksNeitherHangNorHideNotes() {
        let d = Dialogue(
            id: "d", date: LocalDate(iso: "2025-09-18")!,
            notes: [
                note("x", parent: "y"), note("y", parent: "x"), note("orphan", parent: "gone"),
            ])
        #expect(Set(d.threaded(in: .strengths).map(\.note.id)) == ["x", "y", "orphan"])
        #expect(d.depth(of: "x") <= 2)
    }

    @Test func openAndOverdueActions() {
        let due = LocalDate(iso: "2025-12-01")!
        let a = ActionItem(id: "a", text: "t", due: due, status: .inProgress, createdIn: "d")
        #expect(a.isOverdue(on: LocalDate(iso: "2025-12-02")!))
        #expect(!a.isOverdue(on: due))
        var done = a
        done.status = .done
        #expect(!done.isOverdue(on: LocalDate(iso: "2026-01-01")!))
        #expect(ActionStatus.allCases.filter(\.isOpen) == [.notStarted, .inProgress])
    }

    @Test func wheelPhasesWrapAndEventsSortWithinTheSchoolYear() {
        let phase = WheelPhase(id: "p", name: "Vinter", startMonth: 11, endMonth: 2)
        #expect(phase.covers(month: 12) && phase.covers(month: 1) && !phase.covers(month: 3))
        let wheel = Wheel(events: [
            WheelEvent(id: "b", title: "Maj", when: .date(LocalDate(iso: "2026-05-13")!), kind: .analysisDay),
            WheelEvent(id: "a", title: "v. 38", when: .week(ISOWeek(year: 2025, week: 38)!), kind: .dialogue),
            WheelEvent(id: "c", title: "Nästa år", when: .date(LocalDate(iso: "2026-08-13")!), kind: .other),
        ])
        #expect(wheel.events(in: SchoolYear(startYear: 2025)).map(\.id) == ["a", "b"])
        #expect(WheelWhen(iso: "2025-W38") == .week(ISOWeek(year: 2025, week: 38)!))
        #expect(WheelWhen(iso: "2025-W54") == nil)
    }
}
