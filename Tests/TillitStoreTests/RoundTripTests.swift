import Foundation
import Testing
import TillitDomain

@testable import TillitStore

@Suite struct RoundTripTests {
    let demo = DemoStore.content(today: LocalDate(iso: "2026-11-23")!)

    func roundTrip<T: Codable & Equatable>(_ value: T) throws {
        let data = try StoreJSON.encode(value)
        let back = try StoreJSON.decoder().decode(T.self, from: data)
        #expect(back == value)
        // Written twice, the bytes are the same: sorted keys make files stable for diffs.
        #expect(try StoreJSON.encode(back) == data)
    }

    @Test func everyTypeSurvivesARoundTrip() throws {
        try roundTrip(Manifest())
        try roundTrip(SchoolsDocument(demo.schools))
        try roundTrip(WheelDocument(wheel: demo.wheel))
        for d in demo.dialogues { try roundTrip(DialogueDocument(dialogue: d)) }
        try roundTrip(IndexDocument(dialogues: demo.dialogues.map { DialogueSummary($0, fingerprint: nil) }))
        try roundTrip(ParticipantRole.other("Specialpedagog"))
        for role in ParticipantRole.known { try roundTrip(role) }
        try roundTrip(
            ActionItem(
                id: "a", text: "Läsmodell", owner: "Rektor", due: LocalDate(iso: "2026-03-31"),
                status: .inProgress, tags: ["läsförståelse"], createdIn: "d",
                followUps: [
                    ActionFollowUp(
                        dialogueID: "e", date: LocalDate(iso: "2026-10-01")!,
                        status: .done, comment: "Klar i alla klasser")
                ]))
        try roundTrip(WheelWhen.week(ISOWeek(year: 2026, week: 53)!))
        try roundTrip(Grades(text: "F-3")!)
        try roundTrip(SchoolYear(startYear: 2025))
        for kind in NoteKind.allCases {
            try roundTrip(
                Note(
                    id: "n", section: .analysis, kind: kind, text: "Rad 1\nRad 2 å ä ö 学校 🙂",
                    speaker: "Else-Marie", tags: ["trygghet"], created: Date(timeIntervalSince1970: 1_760_000_000),
                    parentID: "p"))
        }
    }

    @Test func filesArePrettySortedAndReadable() throws {
        let text = String(decoding: try StoreJSON.encode(SchoolsDocument(demo.schools)), as: UTF8.self)
        #expect(text.contains("\n  \"areas\" : ["))
        #expect(text.contains("\"grades\" : \"F-9\""))
        #expect(text.contains("Lövgärdesskolan"))
        let keys = ["areas", "formatVersion", "organisation", "schools"].map {
            text.range(of: "\"\($0)\" :")!.lowerBound
        }
        #expect(keys == keys.sorted())
        #expect(text.hasSuffix("}\n"))
    }

    @Test func demoStoreHasWhatLaterFeaturesNeed() {
        let closed = demo.dialogues.filter { $0.status == .closed }
        #expect(closed.count >= 2)
        for d in closed.prefix(2) {
            for section in SectionKind.allCases { #expect(!d.rootNotes(in: section).isEmpty, "\(d.id) \(section)") }
            #expect(d.notes.contains { $0.parentID != nil })
            #expect(!d.actions.isEmpty)
        }
        let lastYear = SchoolYear(startYear: 2025)
        #expect(demo.dialogues.contains { $0.schoolYear == lastYear && !$0.openActions.isEmpty })
        let names = Set(demo.schools.schools.map(\.name))
        for name in [
            "Långmosseskolan", "Guldhedsskolan", "Långedragsskolan", "Nya Varvets skola", "Hagenskolan",
            "Nytorpsskolan", "Lövgärdesskolan",
        ] {
            #expect(names.contains(name))
        }
        #expect(demo.schools.schools.first { $0.name == "Nytorpsskolan" }?.grades?.text == "4-9")
        let events = demo.wheel.events(in: SchoolYear(startYear: 2026))
        #expect(events.contains { $0.kind == .reportDeadline && $0.when.firstDay.month == 12 })
        #expect(events.contains { $0.kind == .analysisDay && $0.when.firstDay.month == 8 })
        #expect(events.contains { $0.when == .date(LocalDate(iso: "2027-05-12")!) })
    }
}
