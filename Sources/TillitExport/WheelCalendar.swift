import TillitDomain

/// The annual wheel as calendar items: for each school year asked for, its events (recurring
/// ones as they fall that year), its phases as spans of whole days, and its dialogues, timed when
/// they have a start time, with their place, people and agenda. Personal data in the texts is
/// masked: a calendar is shared more widely than meeting notes.
public struct WheelCalendar {
    public var wheel: Wheel
    public var schools: SchoolList
    public var dialogues: [Dialogue]
    public var t: Localizer

    public init(wheel: Wheel, schools: SchoolList, dialogues: [Dialogue], t: Localizer) {
        self.wheel = wheel
        self.schools = schools
        self.dialogues = dialogues
        self.t = t
    }

    /// The school years a calendar without a chosen year covers: every year something happens
    /// in (a dialogue, an event made for it), and this year and the next.
    public func years(today: LocalDate) -> [SchoolYear] {
        let start = wheel.schoolYearStartMonth
        let current = SchoolYear(containing: today, startMonth: start)
        var years: Set<SchoolYear> = [current, current.next]
        for d in dialogues { years.insert(d.schoolYear) }
        for e in wheel.events { years.insert(SchoolYear(containing: e.when.firstDay, startMonth: start)) }
        return years.sorted()
    }

    public func items(in years: [SchoolYear]) -> [ICalendarExporter.Item] {
        var items: [ICalendarExporter.Item] = []
        let wanted = Set(years)
        for year in years {
            items += events(in: year)
            items += phases(in: year)
        }
        for d in dialogues where wanted.contains(d.schoolYear) { items.append(item(for: d)) }
        return items.sorted { ($0.firstDay, $0.uid) < ($1.firstDay, $1.uid) }
    }

    func safe(_ s: String) -> String { PersonalData.redact(s, labels: ExportModel.redactionLabels(t)) }

    func events(in year: SchoolYear) -> [ICalendarExporter.Item] {
        let start = wheel.schoolYearStartMonth
        return wheel.events(in: year).map { e in
            // A recurring event's first year keeps the UID it always had; each later year has its own.
            let first = SchoolYear(
                containing: wheel.events.first { $0.id == e.id }?.when.firstDay ?? e.when.firstDay, startMonth: start)
            let uid = e.recurs && year != first ? "\(e.id)-\(year.startYear)@tillit" : "\(e.id)@tillit"
            return .init(
                uid: uid, summary: safe(e.title), timing: .allDay(e.when), category: t.eventKind(e.kind),
                description: e.schoolID.flatMap { schools.school($0)?.name })
        }
    }

    func phases(in year: SchoolYear) -> [ICalendarExporter.Item] {
        wheel.phases.compactMap { p in
            let calendarYear = p.startMonth >= wheel.schoolYearStartMonth ? year.startYear : year.startYear + 1
            guard let first = LocalDate(year: calendarYear, month: p.startMonth, day: 1) else { return nil }
            let months = (p.endMonth - p.startMonth + 12) % 12
            let lastMonth = (p.startMonth - 1 + months) % 12 + 1
            let lastYear = calendarYear + (p.startMonth - 1 + months) / 12
            guard
                let last = LocalDate(
                    year: lastYear, month: lastMonth, day: LocalDate.daysIn(month: lastMonth, year: lastYear))
            else { return nil }
            return .init(
                uid: "phase-\(p.id)-\(year.startYear)@tillit", summary: safe(p.name),
                timing: .days(first: first, last: last), category: t(.icsPhase))
        }
    }

    func item(for d: Dialogue) -> ICalendarExporter.Item {
        let school = d.schoolID.flatMap(schools.school)
        let summary = DialogueSummary(d, fingerprint: nil)
        let timing: ICalendarExporter.Timing
        if let time = d.startTime, case .date(let day) = d.when {
            timing = .timed(day, time, minutes: d.plannedMinutes)
        } else {
            timing = .allDay(d.when)
        }
        return .init(
            uid: "dialogue-\(d.id)@tillit",
            summary: safe("\(t.eventKind(.dialogue).capitalizedFirstLetter): \(schools.subject(of: summary))"),
            timing: timing, category: t.eventKind(.dialogue), description: safe(description(d)),
            location: d.location(school: school).map(safe))
    }

    /// Status, who leads, who takes part, and the agenda section by section.
    func description(_ d: Dialogue) -> String {
        var lines = ["\(t(.labelStatus)): \(t.status(d.status))"]
        if let time = d.startTime, case .week = d.when { lines.append("\(t(.labelTime)): \(t.time(time))") }
        if !d.facilitators.isEmpty {
            lines.append("\(t(.labelFacilitators)): " + d.facilitators.joined(separator: ", "))
        }
        if !d.participants.isEmpty {
            lines.append("\(t(.labelParticipants)): " + t.participants(d.participants))
        }
        let agenda = d.agenda
        let total = agenda.values.reduce(0, +)
        if total > 0 {
            lines.append("")
            lines.append(t(.icsAgenda, ["minutes": String(total)]) + ":")
            for (i, s) in SectionKind.allCases.enumerated() where (agenda[s] ?? 0) > 0 {
                lines.append("\(i + 1). \(t.section(s)) – \(agenda[s] ?? 0) min")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
