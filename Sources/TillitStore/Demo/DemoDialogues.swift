import TillitDomain

extension DemoStore {
    /// Nytorpsskolan last autumn: closed, with two actions still open for this year's follow-up.
    static func nytorpLastYear(_ year: SchoolYear) -> Dialogue {
        let id = "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"
        let date = LocalDate(year: year.startYear, month: 10, day: 14)!
        var n = DemoNotebook(dialogueID: id, date: date)
        let rektor = "Else-Marie Hallqvist"
        let s1 = n.note(
            .strengths,
            """
            Verksamhetsplanen görs som film tillsammans med eleverna; alla i personalen kan beskriva skolans tre \
            fokusområden.
            """,
            speaker: rektor, tags: ["verksamhetsplan"])
        let q1 = n.note(.strengths, "Vad är det som gör att vi lyckas bra?", kind: .question, under: s1)
        n.note(
            .strengths,
            "Två ledningsgrupper, en strategisk och en operativ, gör att beslut blir av och följs upp varje vecka.",
            kind: .answer, speaker: rektor, tags: ["ledarskap"], under: q1)
        n.note(
            .strengths, "Tryggheten i korridorerna har ökat sedan rastvärdarna började i årskurs 4-6.",
            speaker: "Karim Said", tags: ["trygghet"])
        let r1 = n.note(
            .results, "Andelen elever i årskurs 9 med godkänt i alla ämnen har ökat från 58 till 64 procent på två år.",
            tags: ["måluppfyllelse"])
        let q2 = n.note(
            .results, "Är ökningen en trend eller en tillfällig variation mellan årskullar?", kind: .question, under: r1
        )
        n.note(
            .results, "Trend i matematik och svenska tre år i rad; i NO varierar det mellan årskullarna.",
            kind: .answer,
            speaker: rektor, under: q2)
        n.note(
            .results, "Läsförståelsen i årskurs 4 ligger under stadens snitt enligt höstens screening.",
            kind: .challenge, tags: ["läsförståelse"])
        let a1 = n.note(
            .analysis, "Många elever har svenska som andraspråk och möter ämnesspråket först i årskurs 4.",
            tags: ["läsförståelse", "kompensatoriskt-uppdrag"])
        let q3 = n.note(.analysis, "Vad händer om vi inte gör något åt det?", kind: .question, under: a1)
        let a2 = n.note(
            .analysis, "Klyftan växer i årskurs 7-9 när texterna blir längre; det syns i NO-resultaten.",
            kind: .answer, speaker: "Maria Olsson", under: q3)
        let q4 = n.note(.analysis, "Hur vet vi att det är språket och inte ämnet?", kind: .question, under: a2)
        n.note(
            .analysis, "Eleverna klarar samma uppgifter muntligt; det är läsningen som stoppar dem.", kind: .answer,
            speaker: "Maria Olsson", under: q4)
        n.note(
            .needs, "Gemensam modell för läsundervisning i alla ämnen, inte bara i svenska.",
            tags: ["läsförståelse"])
        n.note(
            .needs, "Frånvaron i årskurs 8 behöver följas upp tidigare; elevhälsan kommer in för sent.",
            tags: ["närvaro", "elevhälsa"])
        let f1 = n.note(.forward, "Hur kan vi arbeta förebyggande?", kind: .question)
        n.note(
            .forward, "Kartlägga läsningen redan i början av årskurs 4 och sätta in stöd direkt.", kind: .answer,
            speaker: rektor, tags: ["läsförståelse"], under: f1)
        n.note(
            .feedback, "Behovet av en gemensam läsmodell finns på fler skolor i området: ta upp på områdesnivå.",
            tags: ["läsförståelse"])
        n.note(
            .feedback, "Rektor verkar sliten efter omorganisationen; följ upp i medarbetarsamtalet.",
            internal: true)
        _ = n.action(
            "Införa en gemensam modell för läsundervisning i årskurs 4-6", owner: rektor,
            due: LocalDate(year: year.startYear + 1, month: 3, day: 31), status: .inProgress,
            tags: ["läsförståelse"])
        _ = n.action(
            "Elevhälsan följer upp frånvaro över 10 procent varje månad i årskurs 7-9",
            owner: "Elevhälsoteamet", due: LocalDate(year: year.startYear + 1, month: 1, day: 31),
            tags: ["närvaro"])
        _ = n.action(
            "Rastvärdar även för årskurs 7-9", owner: "Karim Said",
            due: LocalDate(year: year.startYear + 1, month: 2, day: 28), status: .done, tags: ["trygghet"])
        return Dialogue(
            id: id, schoolID: "nytorpsskolan", areaID: "nordost", date: date, schoolYear: year,
            status: .closed, facilitators: ["Lena Bergström", "Jonas Ek"],
            participants: [
                Participant(name: rektor, role: .principal),
                Participant(name: "Karim Said", role: .deputyPrincipal),
                Participant(name: "Maria Olsson", role: .leadTeacher),
                Participant(name: "Elin Tran", role: .pupilHealth),
            ],
            notes: n.notes, actions: n.actions
        ).with {
            $0.reflection = Reflection(
                purposeReached: "Ja. Analysen av läsförståelsen gick djupare än förra året.",
                takeForward: "Fråga tidigt hur läsmodellen har tagits emot i årskurs 4-6.")
        }
    }

    /// Guldhedsskolan last autumn: closed, its actions done or dropped.
    static func guldhedenLastYear(_ year: SchoolYear) -> Dialogue {
        let id = "4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054"
        let date = LocalDate(year: year.startYear, month: 11, day: 5)!
        var n = DemoNotebook(dialogueID: id, date: date)
        let rektor = "Tuija Talvikki Daalenstierna"
        let s1 = n.note(
            .strengths, "Förstelärarna leder arbetslagens analysarbete; analysfrågorna används i alla lag.",
            speaker: rektor, tags: ["kollegialt-lärande"])
        let q1 = n.note(.strengths, "Hur kan styrkan spridas till fler?", kind: .question, under: s1)
        n.note(
            .strengths, "Skolutvecklingsgruppen bjuder in andra skolor till sina analysträffar i vår.", kind: .answer,
            speaker: "Henrik Alm", under: q1)
        n.note(
            .results, "Meritvärdet i årskurs 9 är stabilt högt; flickor och pojkar närmar sig varandra i matematik.",
            tags: ["måluppfyllelse"])
        n.note(
            .analysis, "Resultaten hänger ihop med att bedömningen diskuteras i lagen varje månad.",
            tags: ["bedömning"])
        n.note(
            .needs, "Elever med lite stöd hemma halkar efter i läxorna: kompensatoriskt uppdrag.",
            tags: ["kompensatoriskt-uppdrag"])
        let f1 = n.note(.forward, "Vad är det första konkreta steget?", kind: .question)
        n.note(
            .forward, "Läxhjälp på skolan två eftermiddagar i veckan från januari.", kind: .answer,
            speaker: rektor, tags: ["kompensatoriskt-uppdrag"], under: f1)
        n.note(.feedback, "Önskar stöd från förvaltningen med statistik per elevgrupp.")
        _ = n.action(
            "Läxhjälp på skolan två eftermiddagar i veckan", owner: rektor,
            due: LocalDate(year: year.startYear + 1, month: 1, day: 15), status: .done,
            tags: ["kompensatoriskt-uppdrag"])
        _ = n.action(
            "Gemensam analysträff med Långedragsskolan", owner: "Henrik Alm",
            due: LocalDate(year: year.startYear + 1, month: 4, day: 30), status: .dropped,
            tags: ["kollegialt-lärande"])
        return Dialogue(
            id: id, schoolID: "guldhedsskolan", areaID: "centrum-vaster", date: date, schoolYear: year,
            status: .closed, facilitators: ["Peter Johansson", "Sara Lund"],
            participants: [
                Participant(name: rektor, role: .principal),
                Participant(name: "Henrik Alm", role: .leadTeacher),
                Participant(name: "Annika Berg", role: .deputyPrincipal),
            ],
            notes: n.notes, actions: n.actions)
    }

    /// Långmosseskolan this autumn: closed.
    static func langmosseThisAutumn(_ year: SchoolYear) -> Dialogue {
        let id = "9d3b6f80-1a2c-4e57-b8f9-0e4d7a6c2b31"
        let date = LocalDate(year: year.startYear, month: 9, day: 18)!
        var n = DemoNotebook(dialogueID: id, date: date)
        let rektor = "Anna-Kristina Jerlhag"
        let s1 = n.note(
            .strengths,
            """
            Vi stämmer av varje barn och använder resultaten i arbetslagen: \"vi har sett det här, vad gör vi åt \
            det\".
            """,
            speaker: "Marie Strid", tags: ["uppföljning"])
        let q1 = n.note(.strengths, "Vad är det som gör att vi lyckas bra?", kind: .question, under: s1)
        n.note(
            .strengths, "Att samma frågor diskuteras i arbetslag, på skolnivå och i elevhälsan.", kind: .answer,
            speaker: rektor, under: q1)
        n.note(
            .results, "Läsförståelsen i årskurs 3 har ökat efter två år med gemensam läsmodell.",
            tags: ["läsförståelse"])
        let a1 = n.note(.analysis, "Vi måste våga vara kritiska: vad gör vi rätt och vad gör vi fel?", speaker: rektor)
        n.note(.analysis, "Det vi gör rätt förstärker vi: högläsning varje dag i F-3.", under: a1)
        n.note(.needs, "Tryggheten på rasterna i årskurs 4-6 behöver stärkas.", tags: ["trygghet"])
        n.note(.forward, "Rastaktiviteter ledda av vuxna tre dagar i veckan.", tags: ["trygghet"])
        n.note(
            .feedback, "Mönster att lyfta i området: läsmodellen fungerar och kan spridas.",
            tags: ["läsförståelse"])
        _ = n.action(
            "Rastaktiviteter ledda av vuxna tre dagar i veckan", owner: rektor,
            due: LocalDate(year: year.startYear, month: 12, day: 1), status: .inProgress, tags: ["trygghet"])
        return Dialogue(
            id: id, schoolID: "langmosseskolan", areaID: "hisingen", date: date, schoolYear: year,
            status: .closed, facilitators: ["Johan Sjöberg", "Jonas Ek"],
            participants: [
                Participant(name: rektor, role: .principal),
                Participant(name: "Marie Strid", role: .leadTeacher),
            ],
            notes: n.notes, actions: n.actions)
    }

    /// Utbildningsområde Nordost this autumn: an area dialogue with the administration, closed.
    static func nordostThisAutumn(_ year: SchoolYear) -> Dialogue {
        let id = "e3c1f7a2-6b4d-4f09-a2e8-5d7b3c9f1a46"
        let date = LocalDate(year: year.startYear, month: 10, day: 8)!
        var n = DemoNotebook(dialogueID: id, date: date)
        let head = "Lena Bergström"
        let s1 = n.note(
            .strengths, "Rektorerna i området delar analyser med varandra varje månad.", speaker: head,
            tags: ["kollegialt-lärande"])
        let q1 = n.note(.strengths, "Vad är det som gör att vi lyckas bra?", kind: .question, under: s1)
        n.note(
            .strengths, "En gemensam mötesstruktur och att alla tar med ett eget resultat att diskutera.",
            kind: .answer, speaker: "Marika Andersson", under: q1)
        n.note(
            .results, "Studieron har blivit sämre i årskurs 7-9 på två av områdets skolor enligt elevenkäten.",
            tags: ["studiero"])
        n.note(
            .analysis, "Många vikarier och korta lektionspass gör att rutinerna inte hinner sätta sig.",
            tags: ["studiero"])
        n.note(.needs, "Gemensamma rutiner för lektionsstarter i hela området.", tags: ["studiero"])
        n.note(
            .forward, "Skolorna prövar samma lektionsstart under våren och jämför i maj.", kind: .decision,
            tags: ["studiero"])
        n.note(
            .feedback, "Området behöver stöd från förvaltningen med vikarieanskaffningen.",
            tags: ["studiero"])
        _ = n.action(
            "Gemensam lektionsstart i årskurs 7-9 på områdets skolor", owner: head,
            due: LocalDate(year: year.startYear + 1, month: 5, day: 31), status: .notStarted, tags: ["studiero"])
        return Dialogue(
            id: id, level: .area, schoolID: nil, areaID: "nordost", date: date, schoolYear: year,
            status: .closed, facilitators: ["Ulla Franzén", "Jonas Ek"],
            participants: [
                Participant(name: head, role: .headOfEducation),
                Participant(name: "Else-Marie Hallqvist", role: .principal),
                Participant(name: "Marika Andersson", role: .principal),
            ],
            notes: n.notes, actions: n.actions)
    }
}
