import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitExport

/// The wheel in calendars: dialogues at their time in Swedish time (summer and winter), at their
/// place, with their people and agenda; phases as spans of days; recurring events in every year
/// with a UID of their own; read back by the `icalendar` parser.
@Suite struct WheelCalendarTests {
    static func date(_ s: String) -> LocalDate { LocalDate(iso: s)! }

    static func calendar(_ language: Language = .sv) -> WheelCalendar {
        let schools = SchoolList(
            organisation: Organisation(name: "Grundskoleförvaltningen"),
            areas: [Area(id: "nordost", name: "Nordost")],
            schools: [
                School(id: "nytorp", name: "Nytorpsskolan", areaID: "nordost", address: "Nytorpsvägen 12, Göteborg"),
                School(id: "lov", name: "Lövgärdesskolan", areaID: "nordost"),
            ])
        let wheel = Wheel(
            schoolYearStartMonth: 8,
            phases: [
                WheelPhase(id: "dialoger", name: "Kvalitetsdialoger", startMonth: 9, endMonth: 11),
                WheelPhase(id: "analys", name: "Resultat och analys", startMonth: 6, endMonth: 8),
            ],
            events: [
                WheelEvent(
                    id: "rapport", title: "Kvalitetsrapporten klar", when: .date(date("2026-12-15")),
                    kind: .reportDeadline, recurrence: .sameDate),
                WheelEvent(id: "once", title: "Extra analysdag", when: .date(date("2026-10-01")), kind: .analysisDay),
            ])
        var autumn = Dialogue(
            id: "a", schoolID: "nytorp", areaID: "nordost", date: date("2026-10-15"), status: .planned,
            facilitators: ["Lena Bergström", "Jonas Ek"],
            participants: [Participant(name: "Else-Marie Hallqvist", role: .principal)])
        autumn.startTime = TimeOfDay(hour: 9, minute: 0)
        var winter = Dialogue(id: "w", schoolID: "lov", areaID: "nordost", date: date("2026-12-07"), status: .planned)
        winter.startTime = TimeOfDay(hour: 13, minute: 0)
        winter.place = "Aulan, ring 070-123 45 67"
        winter.clock = DialogueClock(agendaMinutes: [
            .strengths: 30, .results: 30, .analysis: 30, .needs: 15, .forward: 15, .feedback: 0,
        ])
        var late = Dialogue(id: "l", level: .area, areaID: "nordost", date: date("2026-11-02"), status: .planned)
        late.startTime = TimeOfDay(hour: 23, minute: 30)
        let allDay = Dialogue(
            id: "d", schoolID: "lov", areaID: "nordost", date: date("2027-03-22"), status: .planned,
            plannedWeek: ISOWeek(year: 2027, week: 12))
        return WheelCalendar(
            wheel: wheel, schools: schools, dialogues: [autumn, winter, late, allDay], t: Localizer(language))
    }

    func parsed(_ items: [ICalendarExporter.Item]) throws -> (text: String, found: [String]) {
        let text = ICalendarExporter.render(
            items, calendarName: "Årshjul", stamp: Date(timeIntervalSince1970: 1_795_000_000))
        return (text, try ExportTests().parse("ics", Data(text.utf8), ext: "ics"))
    }

    @Test func dialoguesAreAtTheirTimeAndPlaceInSwedishTime() throws {
        let c = Self.calendar()
        let (text, found) = try parsed(c.items(in: [SchoolYear(startYear: 2026)]))
        #expect(found.contains("timezone:Europe/Stockholm"))
        // Summer time in October, winter time in December; the default agenda is 90 minutes.
        #expect(found.contains("event:dialogue-a@tillit:Kvalitetsdialog: Nytorpsskolan:2026-10-15 09:00:00+02:00"))
        #expect(found.contains("end:dialogue-a@tillit:2026-10-15 10:30:00+02:00"))
        #expect(found.contains("event:dialogue-w@tillit:Kvalitetsdialog: Lövgärdesskolan:2026-12-07 13:00:00+01:00"))
        #expect(found.contains("end:dialogue-w@tillit:2026-12-07 15:00:00+01:00"))
        // Past midnight: the next day.
        #expect(found.contains("end:dialogue-l@tillit:2026-11-03 01:00:00+01:00"))
        // No time: a whole week, Monday to Friday.
        #expect(found.contains("event:dialogue-d@tillit:Kvalitetsdialog: Lövgärdesskolan:2027-03-22"))
        #expect(found.contains("end:dialogue-d@tillit:2027-03-27"))
        // The school's address when no place is given; personal data masked in a place.
        #expect(found.contains("location:dialogue-a@tillit:Nytorpsvägen 12, Göteborg"))
        #expect(found.contains("location:dialogue-w@tillit:Aulan, ring [telefon]"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("location:dialogue-l@") })
        let description = try #require(found.first { $0.hasPrefix("description:dialogue-a@tillit:") })
        #expect(description.contains("Dialogledare: Lena Bergström, Jonas Ek"))
        #expect(description.contains("Deltagare: Else-Marie Hallqvist (rektor)"))
        #expect(description.contains("Agenda, 90 min:\\n1. Styrkor och framgångsfaktorer – 15 min"))
        let winter = try #require(found.first { $0.hasPrefix("description:dialogue-w@tillit:") })
        #expect(winter.contains("Agenda, 120 min") && !winter.contains("Återkoppling"))
        // A meeting takes the time; the wheel's marks do not.
        #expect(text.components(separatedBy: "TRANSP:OPAQUE").count == 4)
    }

    @Test func phasesAreSpansAndRecurringEventsComeEveryYear() throws {
        let c = Self.calendar(.en)
        let years = [SchoolYear(startYear: 2026), SchoolYear(startYear: 2027)]
        let (_, found) = try parsed(c.items(in: years))
        #expect(found.contains("event:phase-dialoger-2026@tillit:Kvalitetsdialoger:2026-09-01"))
        #expect(found.contains("end:phase-dialoger-2026@tillit:2026-12-01"))
        // June to August is the end of the school year: the next calendar year.
        #expect(found.contains("event:phase-analys-2027@tillit:Resultat och analys:2028-06-01"))
        #expect(found.contains("end:phase-analys-2027@tillit:2028-09-01"))
        // The recurring report keeps its UID in its first year and has one of its own after.
        #expect(found.contains("event:rapport@tillit:Kvalitetsrapporten klar:2026-12-15"))
        #expect(found.contains("event:rapport-2027@tillit:Kvalitetsrapporten klar:2027-12-15"))
        #expect(found.filter { $0.hasPrefix("event:once") } == ["event:once@tillit:Extra analysdag:2026-10-01"])
        #expect(found.contains { $0.hasPrefix("description:dialogue-a@tillit:") && $0.contains("Facilitators:") })
        // The years a calendar covers by default: those with dialogues or events, this one and the next.
        #expect(c.years(today: Self.date("2026-11-30")).map(\.startYear) == [2026, 2027])
        #expect(c.years(today: Self.date("2029-01-10")).map(\.startYear) == [2026, 2028, 2029])
    }

    @Test func withoutATimedEventThereIsNoTimeZone() {
        let text = ICalendarExporter.render(
            [.init(uid: "x@tillit", summary: "Analysdag", when: .date(Self.date("2026-10-01")), category: "analysdag")],
            calendarName: "Årshjul", stamp: Date(timeIntervalSince1970: 0))
        #expect(!text.contains("VTIMEZONE") && text.contains("TRANSP:TRANSPARENT"))
    }

    /// A real calendar program reads it: calcurse imports every item, at its Swedish time (read
    /// here on a machine in UTC, so that summer and winter time show).
    @Test func aCalendarProgramImportsItAtTheRightTime() throws {
        let tmp = TempFolder("calcurse")
        let file = tmp.sub("arshjul.ics")
        let text = ICalendarExporter.render(
            Self.calendar().items(in: [SchoolYear(startYear: 2026)]), calendarName: "Årshjul",
            stamp: Date(timeIntervalSince1970: 1_795_000_000))
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["calcurse", "-D", tmp.sub("data"), "-C", tmp.sub("config"), "-i", file]
        p.environment = ["TZ": "UTC", "HOME": tmp.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try FileManager.default.createDirectory(atPath: tmp.sub("data"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tmp.sub("config"), withIntermediateDirectories: true)
        try p.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(report)")
        #expect(report.contains("0 skipped"), "\(report)")
        let apts = try String(contentsOfFile: tmp.sub("data/apts"), encoding: .utf8)
        #expect(apts.contains("10/15/2026 @ 07:00 -> 10/15/2026 @ 08:30"), "\(apts)")
        #expect(apts.contains("12/07/2026 @ 12:00 -> 12/07/2026 @ 14:00"))
        #expect(apts.contains("09/01/2026 [1] {1D -> 11/30/2026}"))
    }
}
