/// A new school year's dialogues in one step: every active school (and each area and the
/// organisation that had a dialogue) gets one in the week it had this year, on the same weekday at
/// the same time, spread so that no facilitator has two on one day; a school that had none gets a
/// free day in the weeks the others use. Schools that already have one planned that year are left as they are.
public struct YearPlan: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var dialogue: Dialogue
        /// The dialogue of the year before it was made from, if any.
        public var from: DialogueSummary?
    }

    public var year: SchoolYear
    public var entries: [Entry]

    /// The plan for `year`, from the dialogues of the year before it.
    public static func make(
        for year: SchoolYear, schools: SchoolList, dialogues: [DialogueSummary], facilitatorsOf: (String) -> [String],
        startMonth: Int, notBefore: LocalDate? = nil, makeID: () -> String
    ) -> YearPlan {
        // Each one's latest dialogue before the year gives its week (the year before, or earlier);
        // one with a dialogue in the year already is left alone. Both worked out in one pass (for
        // each school through every dialogue took most of a second on a large store).
        let latest = latestBefore(year, dialogues)
        var planned: Set<DialogueSubject> = []
        var busy: [LocalDate: Set<String>] = [:]
        for d in dialogues where d.schoolYear == year {
            planned.insert(DialogueSubject(d))
            busy[d.date, default: []].formUnion(facilitatorsOf(d.id))
        }
        var entries: [Entry] = []
        func place(_ level: DialogueLevel, school: School?, area: Area?, from: DialogueSummary?) {
            if planned.contains(DialogueSubject(level, schoolID: school?.id, areaID: area?.id ?? school?.areaID)) {
                return
            }
            let people =
                from.map { facilitatorsOf($0.id) }
                ?? (schools.area(school?.areaID ?? area?.id ?? "")?.head.map { [$0] } ?? [])
            var day =
                from.map { shifted($0.date, by: year.startYear - $0.schoolYear.startYear) }
                ?? firstFreeDay(year: year, startMonth: startMonth, people: people, busy: busy)
            // Never a day already gone (planning the year under way).
            if let notBefore, day < notBefore {
                day = notBefore
                while day.isoWeekday > 5 { day = day.adding(days: 1) }
            }
            // No facilitator twice on one day: the next working day that is free for all of them.
            var guardDays = 0
            while !(busy[day] ?? []).isDisjoint(with: people), guardDays < 60 {
                day = nextWorkday(after: day)
                guardDays += 1
            }
            busy[day, default: []].formUnion(people)
            guard
                let d = try? Dialogue.planned(
                    id: makeID(), level: level, school: school, area: area, when: .date(day), facilitators: people,
                    startMonth: startMonth, startTime: from?.startTime)
            else { return }
            entries.append(Entry(dialogue: d, from: from))
        }
        for school in SwedishOrder.sorted(schools.schools.filter { !$0.archived }, by: \.name) {
            place(
                .school, school: school, area: nil,
                from: latest[DialogueSubject(.school, schoolID: school.id, areaID: nil)])
        }
        for area in schools.areas {
            guard let from = latest[DialogueSubject(.area, schoolID: nil, areaID: area.id)] else { continue }
            place(.area, school: nil, area: area, from: from)
        }
        if let from = latest[DialogueSubject(.organisation, schoolID: nil, areaID: nil)] {
            place(.organisation, school: nil, area: nil, from: from)
        }
        return YearPlan(
            year: year,
            entries: entries.sorted { ($0.dialogue.date, $0.dialogue.id) < ($1.dialogue.date, $1.dialogue.id) })
    }

    /// The dialogues whose facilitators a plan for `year` needs: each school's, area's and the
    /// organisation's latest before the year, and those already in it (their days are taken).
    public static func sources(for year: SchoolYear, dialogues: [DialogueSummary]) -> [String] {
        latestBefore(year, dialogues).values.map(\.id) + dialogues.filter { $0.schoolYear == year }.map(\.id)
    }

    /// Each one's latest dialogue before `year`.
    static func latestBefore(_ year: SchoolYear, _ dialogues: [DialogueSummary]) -> [DialogueSubject: DialogueSummary] {
        var latest: [DialogueSubject: DialogueSummary] = [:]
        for d in dialogues where d.schoolYear < year {
            let k = DialogueSubject(d)
            if let known = latest[k], !DialogueSummary.newestFirst(d, known) { continue }
            latest[k] = d
        }
        return latest
    }

    /// The same weekday of the same ISO week, `years` later.
    static func shifted(_ date: LocalDate, by years: Int) -> LocalDate {
        let week = date.isoWeek
        let target = ISOWeek(year: week.year + years, week: min(week.week, ISOWeek.weeksIn(year: week.year + years)))
        return target.map { $0.monday.adding(days: date.isoWeekday - 1) } ?? date
    }

    static func nextWorkday(after day: LocalDate) -> LocalDate {
        var d = day.adding(days: 1)
        while d.isoWeekday > 5 { d = d.adding(days: 1) }
        return d
    }

    /// A school without a dialogue last year: the first working day from mid-September that is
    /// free for its facilitators.
    static func firstFreeDay(year: SchoolYear, startMonth: Int, people: [String], busy: [LocalDate: Set<String>])
        -> LocalDate
    {
        var d = LocalDate(year: year.startYear, month: 9, day: 15)!
        while d.isoWeekday > 5 || !(busy[d] ?? []).isDisjoint(with: people) { d = nextWorkday(after: d) }
        return d
    }
}
