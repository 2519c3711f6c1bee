import TillitDomain

/// The built-in demo store: the schools of the source documents, a wheel for the current school
/// year (the dialogues themselves show on the wheel from the index), two closed dialogues from
/// last year (one school with actions still open, a reflection and an internal note), one school
/// and one area dialogue (Nordost) closed this autumn and two planned ones, all dated relative to
/// `today`.
public enum DemoStore {
    public static func content(today: LocalDate) -> StoreContent {
        let year = SchoolYear(containing: today)
        let last = year.previous
        let areas = [
            Area(id: "centrum-vaster", name: "Utbildningsområde Centrum-Väster", head: "Peter Johansson"),
            Area(id: "nordost", name: "Utbildningsområde Nordost", head: "Lena Bergström"),
            Area(id: "hisingen", name: "Utbildningsområde Hisingen", head: "Johan Sjöberg"),
        ]
        let schools = [
            School(
                id: "guldhedsskolan", name: "Guldhedsskolan", areaID: "centrum-vaster",
                principal: "Tuija Talvikki Daalenstierna", grades: Grades(text: "F-9"),
                address: "Doktor Bex gata 2, Göteborg"),
            School(
                id: "langedragsskolan", name: "Långedragsskolan", areaID: "centrum-vaster",
                principal: "Karolina Cronberg", grades: Grades(text: "F-6")),
            School(
                id: "hagenskolan", name: "Hagenskolan", areaID: "centrum-vaster",
                principal: "Sofia Nyberg", grades: Grades(text: "F-6")),
            School(
                id: "nytorpsskolan", name: "Nytorpsskolan", areaID: "nordost",
                principal: "Else-Marie Hallqvist", grades: Grades(text: "4-9"),
                address: "Nytorpsvägen 12, Göteborg"),
            School(
                id: "lovgardesskolan", name: "Lövgärdesskolan", areaID: "nordost",
                principal: "Marika Andersson", grades: Grades(text: "F-9"),
                address: "Lövgärdets torg 3, Angered"),
            School(
                id: "langmosseskolan", name: "Långmosseskolan", areaID: "hisingen",
                principal: "Anna-Kristina Jerlhag", grades: Grades(text: "F-6"),
                address: "Långmossegatan 20, Hisings Backa"),
            School(
                id: "nya-varvets-skola", name: "Nya Varvets skola", areaID: "hisingen",
                principal: "Emir Kovačević", grades: Grades(text: "F-9"),
                address: "Varvsgatan 7, Västra Frölunda"),
            School(
                id: "sjostadsskolan", name: "Sjöstadsskolan", areaID: "hisingen",
                principal: "Gunilla Åberg", grades: Grades(text: "F-3"), archived: true),
        ]
        var nytorp = nytorpLastYear(last)
        nytorp.startTime = TimeOfDay(hour: 8, minute: 30)
        let guldheden = guldhedenLastYear(last)
        var langmosse = langmosseThisAutumn(year)
        langmosse.startTime = TimeOfDay(hour: 13, minute: 15)
        langmosse.place = "Långmosseskolan, konferensrum Lärkan"
        let nordost = nordostThisAutumn(year)
        var nytorpPlanned = Dialogue(
            id: "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73", schoolID: "nytorpsskolan", areaID: "nordost",
            date: max(today.adding(days: 7), year.firstDay()), schoolYear: year, status: .planned,
            facilitators: ["Lena Bergström", "Jonas Ek"])
        nytorpPlanned.startTime = TimeOfDay(hour: 9, minute: 0)
        var lovgardenPlanned = Dialogue(
            id: "b5d4a0e2-8f61-4c3b-a9d7-61e2f08c5b19", schoolID: "lovgardesskolan", areaID: "nordost",
            date: max(today.adding(days: 14), year.firstDay()), schoolYear: year, status: .planned,
            facilitators: ["Lena Bergström", "Jonas Ek"])
        lovgardenPlanned.startTime = TimeOfDay(hour: 13, minute: 0)
        lovgardenPlanned.place = "Lövgärdesskolan, aulan"
        let dialogues = [nytorp, guldheden, langmosse, nordost, nytorpPlanned, lovgardenPlanned]
        return StoreContent(
            schools: SchoolList(
                organisation: Organisation(name: "Grundskoleförvaltningen (demo)"),
                areas: areas, schools: schools),
            wheel: wheel(year),
            dialogues: dialogues, figures: DemoFigures.book(schools: schools, lastYear: last))
    }

    static func wheel(_ year: SchoolYear) -> Wheel {
        let y = year.startYear
        func d(_ yy: Int, _ m: Int, _ dd: Int) -> WheelWhen { .date(LocalDate(year: yy, month: m, day: dd)!) }
        func w(_ yy: Int, _ wk: Int) -> WheelWhen { .week(ISOWeek(year: yy, week: wk)!) }
        // The fixed points of the cycle come back every school year.
        let events = [
            WheelEvent(
                id: "ev-analysdag-aug", title: "Analysdag: förra läsårets resultat", when: d(y, 8, 14),
                kind: .analysisDay, recurrence: .weekdayRule(of: LocalDate(year: y, month: 8, day: 14)!)),
            WheelEvent(
                id: "ev-verksamhetsplaner", title: "Skolornas verksamhetsplaner klara", when: w(y, 39),
                kind: .other, recurrence: .sameWeek),
            WheelEvent(
                id: "ev-namnd-okt", title: "Nämnd: rektorer redovisar sitt kvalitetsarbete",
                when: d(y, 10, 20), kind: .boardMeeting,
                recurrence: .weekdayRule(of: LocalDate(year: y, month: 10, day: 20)!)),
            WheelEvent(
                id: "ev-kvalitetsrapport", title: "Kvalitetsrapporten klar", when: d(y, 12, 15),
                kind: .reportDeadline, recurrence: .sameDate),
            WheelEvent(
                id: "ev-namnd-feb", title: "Nämnd: kvalitetsrapporten behandlas", when: d(y + 1, 2, 17),
                kind: .boardMeeting, recurrence: .weekdayRule(of: LocalDate(year: y + 1, month: 2, day: 17)!)),
            WheelEvent(
                id: "ev-vardialoger", title: "Vårens uppföljningsdialoger", when: w(y + 1, 12),
                kind: .dialogue, recurrence: .sameWeek),
            // A working day every year: the second Wednesday of May.
            WheelEvent(
                id: "ev-analysdag-maj", title: "Analysdag: ämnesprov på skolnivå",
                when: .date(Recurrence.day(nth: 2, weekday: 3, month: 5, year: y + 1)!), kind: .analysisDay,
                recurrence: .nthWeekday(nth: 2, weekday: 3, month: 5)),
            WheelEvent(
                id: "ev-namnd-jun", title: "Nämnd: läsårets resultat", when: d(y + 1, 6, 9),
                kind: .boardMeeting, recurrence: .weekdayRule(of: LocalDate(year: y + 1, month: 6, day: 9)!)),
        ]
        return Wheel(
            schoolYearStartMonth: 8,
            phases: [
                WheelPhase(id: "uppstart", name: "Uppstart och analys", startMonth: 8, endMonth: 9),
                WheelPhase(id: "dialoger", name: "Kvalitetsdialoger", startMonth: 9, endMonth: 11),
                WheelPhase(id: "rapport", name: "Kvalitetsrapport", startMonth: 11, endMonth: 12),
                WheelPhase(id: "genomforande", name: "Genomförande och uppföljning", startMonth: 1, endMonth: 4),
                WheelPhase(id: "resultat", name: "Resultat och analys", startMonth: 5, endMonth: 6),
            ], events: events.sorted { $0.when < $1.when })
    }
}
