import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitExport
@testable import TillitStore

/// The quality report's material on the demo store: every level (school, area, organisation),
/// every part of a dialogue, actions across years, what "held" means, narrowing, and tags as one
/// theme however typed.
@Suite struct QualityReportTests {
    static let today = ExportTests.today
    static let content = DemoStore.content(today: today)

    static func input(_ language: Language, year: Int = 2026, extra: [Dialogue] = []) -> QualityReport.Input {
        .init(
            year: SchoolYear(startYear: year), organisation: content.schools.organisation.name,
            areas: content.schools.areas, schools: content.schools.schools, dialogues: content.dialogues + extra,
            today: today, language: language)
    }

    static func markdown(
        _ language: Language = .sv, year: Int = 2026, extra: [Dialogue] = [],
        options: QualityReport.Options = .init()
    ) -> String {
        let report = QualityReport(input(language, year: year, extra: extra), options: options)
        return String(decoding: report.render(.md, language: language), as: UTF8.self)
    }

    /// The text between a heading and the next heading of its level or above.
    static func part(_ md: String, _ heading: String) -> String {
        guard let start = md.range(of: heading) else { return "" }
        let rest = md[start.upperBound...]
        let level = heading.prefix { $0 == "#" }.count
        let next = (1...level).compactMap { rest.range(of: "\n" + String(repeating: "#", count: $0) + " ") }
            .map(\.lowerBound).min()
        return String(rest[..<(next ?? rest.endIndex)])
    }

    @Test func startsWithHowToReadAndEveryPartInOrder() {
        let md = Self.markdown()
        let order = [
            "## Så läser du underlaget", "## Dialogerna under läsåret", "## 1. Styrkor och framgångsfaktorer",
            "## 2. Resultat och uppföljning", "## 3. Analys", "## 4. Utvecklingsbehov", "## 5. Framåt",
            "## 6. Återkoppling", "## Områdena", "## Huvudmannanivå", "## Åtgärder",
        ]
        let places = order.map { md.range(of: $0)?.lowerBound }
        #expect(places.allSatisfy { $0 != nil }, "\(zip(order, places).filter { $0.1 == nil }.map(\.0))")
        #expect(places.compactMap { $0 } == places.compactMap { $0 }.sorted())
    }

    @Test func theAreaDialogueIsInEveryPartAndItsConclusionsUnderTheAreas() {
        let md = Self.markdown()
        #expect(md.contains("Utbildningsområde Nordost (områdesnivå)"))
        #expect(Self.part(md, "## 2. Resultat").contains("Studieron har blivit sämre"))
        let nordost = Self.part(md, "### Utbildningsområde Nordost")
        #expect(nordost.contains("Teman i områdesdialogen: \\#studiero"))
        #expect(nordost.contains("Områdesdialogen 8 oktober 2026 kom fram till:"))
        #expect(nordost.contains("Området behöver stöd från förvaltningen med vikarieanskaffningen"))
        #expect(nordost.contains("Gemensam lektionsstart i årskurs 7-9"))
        // A school-level dialogue is not an area's conclusion.
        #expect(
            Self.part(md, "### Utbildningsområde Hisingen").contains("Ingen områdesdialog har hållits under läsåret."))
    }

    @Test func anOrganisationDialogueIsReported() {
        var d = Dialogue(
            id: "org-1", level: .organisation, date: LocalDate(iso: "2026-11-02")!, status: .closed,
            facilitators: ["Förvaltningschefen"])
        d.notes = [
            Note(
                id: "o1", section: .feedback, text: "Nämnden vill se läsresultaten per område",
                created: Date(timeIntervalSince1970: 1_790_000_000))
        ]
        let md = Self.markdown(extra: [d])
        let org = Self.part(md, "## Huvudmannanivå")
        #expect(org.contains("Dialogen på huvudmannanivå 2 november 2026 kom fram till:"))
        #expect(org.contains("Nämnden vill se läsresultaten per område"))
        #expect(Self.part(md, "## 6. Återkoppling").contains("Grundskoleförvaltningen (demo), 2026-11-02"))
    }

    @Test func everyPartHoldsItsNotesTaggedOrNot() {
        let md = Self.markdown()
        // Untagged notes are not lost.
        #expect(Self.part(md, "## 3. Analys").contains("Vi måste våga vara kritiska"))
        #expect(Self.part(md, "## 3. Analys").contains("Långmosseskolan, 2026-09-18"))
        #expect(Self.part(md, "## 1. Styrkor").contains("Fråga: Vad är det som gör att vi lyckas bra?"))
        // What each school asks of the administration travels up.
        #expect(Self.part(md, "## 6. Återkoppling").contains("läsmodellen fungerar och kan spridas"))
    }

    @Test func actionsWhateverTheirYearAndHowLastYearsWereFollowedUp() {
        let md = Self.markdown()
        let open = Self.part(md, "### Öppna åtgärder, oavsett läsår")
        // Last year's attendance action was due 2026-01-31 and is still not started.
        #expect(open.contains("Elevhälsan följer upp frånvaro"))
        #expect(open.contains("ej påbörjad · försenad"))
        #expect(open.contains("Nytorpsskolan, 2025-10-14"))
        #expect(!md.contains("Ingen åtgärd är försenad"))
        let followed = Self.part(md, "### Så följdes åtgärderna från läsåret 2025/26 upp")
        #expect(followed.contains("Rastvärdar även för årskurs 7-9 | Nytorpsskolan, 2025-10-14 | klar"))
        #expect(followed.contains("Gemensam analysträff med Långedragsskolan | Guldhedsskolan, 2025-11-05 | avbruten"))
    }

    @Test func heldMeansClosedNotStarted() {
        // Hagenskolan's dialogue was started and nothing was written: it is under way, not held.
        let started = Dialogue(
            id: "hagen-1", schoolID: "hagenskolan", areaID: "centrum-vaster", date: LocalDate(iso: "2026-11-20")!,
            status: .live)
        let md = Self.markdown(extra: [started])
        #expect(md.contains("| Hagenskolan | Utbildningsområde Centrum-Väster | pågående |"))
        #expect(md.contains("Genomförda: 1 av 7 skolor · pågående: 1 · planerade: 2 · ingen dialog: 3."))
        #expect(md.contains("| Nytorpsskolan | Utbildningsområde Nordost | planerad |"))
        #expect(md.contains("| Guldhedsskolan | Utbildningsområde Centrum-Väster | ingen dialog |"))
        #expect(md.contains("Föregående läsår: 2 av 7 skolor."))
        #expect(!md.contains("Sjöstadsskolan"))  // archived
    }

    @Test func aSchoolOrAnAreaNarrowsIt() {
        let school = Self.markdown(.en, options: .init(school: "Långmosse"))
        #expect(school.contains("This material covers Långmosseskolan only."))
        #expect(!school.contains("Nytorpsskolan") && !school.contains("Studieron"))
        #expect(!school.contains("## The education areas"))
        let area = Self.markdown(.en, year: 2025, options: .init(area: "centrum-vaster"))
        #expect(area.contains("This material covers Utbildningsområde Centrum-Väster only."))
        #expect(!area.contains("Nordost") && !area.contains("Nytorpsskolan"))
        #expect(area.contains("\\#kompensatoriskt-uppdrag: 1 of 3 schools (the year before: 0): Guldhedsskolan"))
    }

    @Test func oneThemeHoweverTheTagWasTyped() {
        var older = Self.content.dialogues.first { $0.schoolID == "langmosseskolan" }!
        older.id = "older-spelling"
        older.schoolID = "hagenskolan"
        older.areaID = "centrum-vaster"
        older.notes = [
            Note(
                id: "k1", section: .strengths, text: "Kollegialt lärande i alla lag", tags: ["Kollegialt lärande"],
                created: Date(timeIntervalSince1970: 1_790_000_000))
        ]
        var newer = older
        newer.id = "newer-spelling"
        newer.schoolID = "guldhedsskolan"
        newer.notes[0].tags = ["kollegialt-lärande"]
        let strengths = Self.part(Self.markdown(extra: [older, newer]), "## 1. Styrkor")
        // One theme, two schools, shown by the first spelling met.
        #expect(
            strengths.contains("#kollegialt-lärande: 2 av 7 skolor (föregående läsår: 1): Guldhedsskolan, Hagenskolan"))
        #expect(strengths.components(separatedBy: "lärande: ").count == 2)
    }

    @Test func internalNotesOnlyWhenAskedForAndMarked() {
        let md = Self.markdown(year: 2025)
        #expect(!md.contains("Rektor verkar sliten"))
        let admin = Self.markdown(year: 2025, options: .init(includeInternal: true))
        #expect(admin.contains("Rektor verkar sliten efter omorganisationen; följ upp i medarbetarsamtalet. (internt)"))
        #expect(admin.hasPrefix("# Underlag till kvalitetsrapporten 2025/26 – intern version"))
        #expect(admin.contains("lämnas inte till skolan"))
    }

    /// The figures: each measure's schools from highest to lowest with the change, the areas'
    /// and the organisation's medians, and the schools that moved most with their dialogues' words.
    @Test func theFiguresAcrossSchools() {
        var input = Self.input(.sv, year: 2026)
        input.figures = Self.content.figures
        let md = String(decoding: QualityReport(input).render(.md, language: .sv), as: UTF8.self)
        #expect(md.contains("### Resultat i siffror (2025/26)"))
        #expect(md.contains("| ▼ Nytorpsskolan | 89,3\u{a0}% (−4,0) |"))
        #expect(md.contains("| Utbildningsområde Nordost | 91,8\u{a0}% (median) | 89,3\u{a0}% – 94,2\u{a0}% |"))
        #expect(md.contains("▼ Nytorpsskolan, Närvaro: 93,3\u{a0}% → 89,3\u{a0}% (−4,0)"))
        // Strengths still come first; the figures stand under the results.
        let strengths = md.range(of: "Styrkor och framgångsfaktorer")!.lowerBound
        #expect(md.range(of: "Resultat i siffror")!.lowerBound > strengths)
        // Without figures the part is not there.
        #expect(!QualityReport(Self.input(.sv)).blocks.contains(.heading(3, "Resultat i siffror (2025/26)")))
    }

    @Test func goldenFilesAndRealParsers() throws {
        var input = Self.input(.sv, year: 2025)
        input.figures = Self.content.figures
        let report = QualityReport(input)
        let md = report.render(.md, language: .sv)
        ExportTests().golden(md, "report-2025-26-sv.md")
        let found = try ExportTests().parse("md", md, ext: "md")
        #expect(found.contains("h2:Utbildningsområde Nordost (Lena Bergström)") == false)
        #expect(found.contains("h3:Utbildningsområde Nordost (Lena Bergström)"))
        #expect(found.contains("table"))
        let html = report.render(.html, language: .sv)
        ExportTests().golden(html, "report-2025-26-sv.html")
        let page = try ExportTests().parse("html", html, ext: "html")
        #expect(page.contains("h1:Underlag till kvalitetsrapporten 2025/26"))
        #expect(!page.contains { $0.hasPrefix("outside-link") })
        // Each measure across the schools as an inline chart, its numbers written beside the bars.
        #expect(page.contains("svg:Närvaro per skola, 2024/25"))
        let docx = report.render(.docx, language: .sv)
        let doc = try ExportTests().parse("docx", docx, ext: "docx")
        #expect(doc.first == "Title:Underlag till kvalitetsrapporten 2025/26")
        #expect(doc.contains { $0.hasPrefix("table:") })
    }
}

/// The report reads earlier years only for their open actions, and says the same as reading them in full.
@Suite struct ReportReadingTests {
    @Test func earlierYearsAreReadForTheirOpenActionsAndTheReportIsTheSame() throws {
        let folder = TempFolder("report-reading")
        defer { withExtendedLifetime(folder) {} }
        var content = DemoStore.content(today: LocalDate(iso: "2026-11-23")!)
        // Three years earlier: the same dialogue, its actions still open, one of them done.
        var old = content.dialogues.first { $0.id == "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28" }!
        old.id = "0a1b2c3d-0000-4000-8000-000000000001"
        old.date = LocalDate(iso: "2022-10-11")!
        old.schoolYear = SchoolYear(startYear: 2022)
        old.actions[0].status = .done
        content.dialogues.append(old)
        // And one whose open action has no date: the index does not hold it, so its file is read.
        var undated = old
        undated.id = "0a1b2c3d-0000-4000-8000-000000000002"
        undated.actions[1].due = nil
        for i in undated.actions.indices { undated.actions[i].id += "-u" }
        content.dialogues.append(undated)
        // The year before's themes, with internal notes (one of them followed up) among the
        // rest and one tag spelled three ways: the report counts them the same read as tags alone.
        let created = Date(timeIntervalSince1970: 1_760_000_000)
        var before = content.dialogues.first { $0.schoolID == "guldhedsskolan" }!
        before.id = "0a1b2c3d-0000-4000-8000-000000000003"
        before.schoolID = "hagenskolan"
        before.areaID = "centrum-vaster"
        before.notes += [
            Note(id: "t1", section: .strengths, text: "a", tags: ["Läsning"], created: created, isInternal: true),
            Note(id: "t2", section: .strengths, text: "b", tags: ["läsning", "Trygghet"], created: created),
            Note(id: "t3", section: .strengths, text: "c", tags: ["hemligt"], created: created, parentID: "t1"),
            Note(id: "t4", section: .strengths, text: "d", tags: ["TRYGGHET", "#trygghet"], created: created),
            Note(id: "t5", section: .needs, text: "e", tags: ["hemligt"], created: created, isInternal: true),
        ]
        content.dialogues.append(before)
        // This year's school names the same tags, so that the year before's counts are shown.
        let i = content.dialogues.firstIndex { $0.schoolID == "langmosseskolan" }!
        for (section, tags) in [(SectionKind.strengths, ["läsning", "trygghet", "hemligt"]), (.needs, ["hemligt"])] {
            content.dialogues[i].notes.append(
                Note(id: "now-\(section.rawValue)", section: section, text: "x", tags: tags, created: created))
        }
        let root = folder.sub("store")
        try Store.create(at: root, content: content)
        let store = try Store.open(at: root, mode: .read)
        let year = SchoolYear(startYear: 2026)
        #expect(Store.openActionsFromIndex(try #require(store.dialogues.first { $0.id == old.id })) != nil)
        #expect(Store.openActionsFromIndex(try #require(store.dialogues.first { $0.id == undated.id })) == nil)
        let read = store.readForReport(year: year)
        for d in [old, undated] {
            let earlier = try #require(read.first { $0.id == d.id })
            #expect(earlier.notes.isEmpty && earlier.participants.isEmpty)
            #expect(earlier.actions.map(\.id) == d.actions.filter(\.status.isOpen).map(\.id))
            #expect(earlier.actions.map(\.text) == d.actions.filter(\.status.isOpen).map(\.text))
        }
        // The year before as its tags alone: a note for each run of notes the school sees or
        // does not see (internal, and the follow-up under one), each tag once in each kind.
        let tagsBefore = try #require(read.first { $0.id == before.id })
        #expect(tagsBefore.notes.allSatisfy { $0.text.isEmpty && $0.speaker == nil })
        let runs = tagsBefore.notes.filter { $0.section == .strengths }.suffix(4)
        #expect(runs.map(\.internalOnly) == [true, false, true, false])
        #expect(runs.filter(\.internalOnly).map(\.tags) == [["Läsning"], ["hemligt"]])
        #expect(runs.last?.tags.suffix(2) == ["TRYGGHET", "#trygghet"])
        #expect(tagsBefore.notes.count <= 2 * SectionKind.allCases.count)
        #expect(read.contains { $0.schoolYear == year && $0.notes.contains { !$0.text.isEmpty } })
        // The same report as from every wanted dialogue read in full, with internal notes or
        // without them, masked or not, for the whole organisation or one area.
        let everything = store.readDialogues(store.dialogues.filter { QualityReport.wanted($0, year: year) }.map(\.id))
        func report(_ dialogues: [Dialogue], _ options: QualityReport.Options = .init()) -> [DocumentBlock] {
            QualityReport(
                .init(
                    year: year, organisation: "Kommunen", areas: content.schools.areas,
                    schools: content.schools.schools, dialogues: dialogues, today: LocalDate(iso: "2026-11-23")!,
                    language: .sv), options: options
            ).blocks
        }
        #expect(Set(read.map(\.id)) == Set(everything.map(\.id)))
        for options in [
            QualityReport.Options(), .init(includeInternal: true), .init(redact: true),
            .init(area: "centrum-vaster", includeInternal: true),
        ] {
            #expect(report(read, options) == report(everything, options))
        }
        // Counted as the school sees them: the internal tag only with internal notes.
        let strengths = { (o: QualityReport.Options) in
            report(read, o).flatMap(\.texts).filter { $0.hasPrefix("#hemligt") || $0.hasPrefix("#läsning") }
        }
        #expect(strengths(.init()).contains { $0.hasPrefix("#läsning") && $0.contains("föregående läsår: 1") })
        #expect(strengths(.init()).contains { $0.hasPrefix("#hemligt") && $0.contains("föregående läsår: 0") })
        #expect(
            strengths(.init(includeInternal: true)).contains {
                $0.hasPrefix("#hemligt") && $0.contains("föregående läsår: 1")
            })
        #expect(report(read).contains { $0.texts.contains { $0.contains(old.actions[1].text) } })
        // The index is enough for the first: its file is not read.
        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: "\(root)/\(StoreLayout.dialogueFile(old.id))"))
        #expect(report(store.readForReport(year: year)) == report(read))
    }
}
