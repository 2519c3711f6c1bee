import Testing
import TillitDomain

/// Figures as a dialogue reads them: five years, the change, a fall marked and asked about, the
/// area and organisation beside them, numbers in each language's way, and merged by meaning.
@Suite struct FiguresTests {
    static let y = SchoolYear(startYear: 2025)

    static func book() -> (FigureBook, SchoolList) {
        var list = SchoolList(organisation: Organisation(name: "Kommunen"))
        _ = try? list.addSchool(name: "A-skolan", area: "Nordost")
        _ = try? list.addSchool(name: "B-skolan", area: "Nordost")
        _ = try? list.addSchool(name: "C-skolan", area: "Väster")
        var book = FigureBook(measures: DefaultMeasures.all)
        for (i, v) in [93.0, 93.4, 92.9, 93.3, 89.3].enumerated() {
            book.set(
                Figure(
                    schoolID: "a-skolan", schoolYear: SchoolYear(startYear: 2021 + i), measureID: "narvaro",
                    value: .number(v)))
        }
        book.set(Figure(schoolID: "b-skolan", schoolYear: y, measureID: "narvaro", value: .number(95)))
        book.set(Figure(schoolID: "c-skolan", schoolYear: y, measureID: "narvaro", value: .number(91)))
        book.set(Figure(schoolID: "a-skolan", schoolYear: y, measureID: "trygghet", value: .tooFew))
        return (book, list)
    }

    @Test func aFallIsMarkedAndAskedAbout() {
        let (book, list) = Self.book()
        let trends = FigureTrend.trends(
            book, FigureLevels(book, schools: list), subject: .school("a-skolan"), areaID: "nordost", year: Self.y)
        let attendance = trends.first { $0.measure.id == "narvaro" }!
        #expect(attendance.worsened)
        #expect(attendance.change.map { ($0 * 10).rounded() / 10 } == -4.0)
        #expect(attendance.sparkline.count == 5 && attendance.sparkline.last == "▁")
        // The area is the median of its two schools; the organisation of all three.
        #expect(attendance.area == 92.15 && attendance.areaIsMedian)
        #expect(attendance.organisation == 91)
        let safety = trends.first { $0.measure.id == "trygghet" }!
        #expect(safety.current == .tooFew && !safety.worsened && safety.change == nil)
        let d = Dialogue(id: "d", schoolID: "a-skolan", date: LocalDate(iso: "2026-10-01")!)
        let prompts = FigurePrompts.make(trends, in: d)
        #expect(prompts.map(\.sv) == ["Vad tror ni att nedgången i närvaro beror på?"])
        #expect(prompts.map(\.en) == ["What do you think lies behind the fall in attendance?"])
        // An autumn dialogue looks at the school year that ended in the summer.
        #expect(FigureTrend.trends(for: d, book, FigureLevels(book, schools: list), schools: list).count == 2)
    }

    /// Found in the comparison: last year's dialogue showed this year's figures. A dialogue looks
    /// at the school year that ended before its own began, whatever came in since.
    @Test func aDialogueLooksAtTheYearBeforeItsOwn() {
        let (book, list) = Self.book()
        let levels = FigureLevels(book, schools: list)
        let lastAutumn = Dialogue(id: "a", schoolID: "a-skolan", date: LocalDate(iso: "2025-10-14")!)
        let thisAutumn = Dialogue(id: "b", schoolID: "a-skolan", date: LocalDate(iso: "2026-10-14")!)
        let before = FigureTrend.trends(for: lastAutumn, book, levels, schools: list).filter {
            $0.measure.id == "narvaro"
        }
        let now = FigureTrend.trends(for: thisAutumn, book, levels, schools: list).filter { $0.measure.id == "narvaro" }
        #expect(before.first?.years.last == SchoolYear(startYear: 2024))
        #expect(before.first?.current == .number(93.3))
        #expect(now.first?.years.last == SchoolYear(startYear: 2025))
        #expect(now.first?.current == .number(89.3))
    }

    @Test func manyFiguresAreSetAtOnceAsOneByOne() {
        let (base, _) = Self.book()
        let new = [
            Figure(schoolID: "b-skolan", schoolYear: Self.y, measureID: "narvaro", value: .number(94)),
            Figure(schoolID: "c-skolan", schoolYear: Self.y, measureID: "studiero", value: .number(70)),
            Figure(schoolID: "c-skolan", schoolYear: Self.y, measureID: "narvaro", value: .number(91)),
        ]
        var oneByOne = base
        for f in new { oneByOne.set(f) }
        var atOnce = base
        #expect(atOnce.set(contentsOf: new) == 2)
        #expect(atOnce == oneByOne)
        #expect(atOnce.value(.school("c-skolan"), "studiero", Self.y) == .number(70))
        #expect(atOnce.set(contentsOf: new) == 0)
    }

    @Test func numbersAreWrittenAsEachLanguageWritesThem() {
        let m = DefaultMeasures.all.first { $0.id == "narvaro" }!
        #expect(
            FigureFormat.value(.number(89.25), m, .sv) == "89,3\u{a0}%"
                || FigureFormat.value(.number(89.25), m, .sv) == "89,2\u{a0}%")
        #expect(FigureFormat.value(.number(89.3), m, .en) == "89.3%")
        #expect(FigureFormat.value(.tooFew, m, .sv) == "för få")
        #expect(FigureFormat.change(-4, m, .sv) == "−4,0")
        #expect(FigureFormat.change(0.01, m, .en) == "±0.0")
        #expect(FigureFormat.change(1.5, m, .en) == "+1.5")
        // Halves are rounded up, as reports round them (84.5 per cent is 85), both signs alike.
        #expect(FigureFormat.number(84.5, decimals: 0, .sv) == "85")
        #expect(FigureFormat.number(-2.25, decimals: 1, .sv) == "−2,3")
        #expect(FigureFormat.number(-0.01, decimals: 1, .en) == "0.0")
    }

    @Test func cellsAndYearsAreReadAsSpreadsheetsWriteThem() {
        #expect(FigureCell("92,5") == .value(.number(92.5)))
        #expect(FigureCell(" 1 234,5 ") == .value(.number(1234.5)))
        #expect(FigureCell("85 %") == .value(.number(85)))
        #expect(FigureCell("..") == .value(.tooFew))
        #expect(FigureCell("*") == .value(.tooFew))
        #expect(FigureCell("–") == .missing)
        #expect(FigureCell("") == .missing)
        #expect(FigureCell("abc") == .bad)
        #expect(FigureCell.schoolYear("2024/25") == SchoolYear(startYear: 2024))
        #expect(FigureCell.schoolYear("Läsår 2024/2025") == SchoolYear(startYear: 2024))
        #expect(FigureCell.schoolYear("2025") == SchoolYear(startYear: 2024))
        #expect(FigureCell.schoolYear("20x5") == nil)
    }

    @Test func twoComputersFiguresMergeByKeyAndAClashIsKept() {
        let (base, _) = Self.book()
        var ours = base
        var theirs = base
        ours.set(Figure(schoolID: "b-skolan", schoolYear: Self.y, measureID: "narvaro", value: .number(94)))
        theirs.set(Figure(schoolID: "b-skolan", schoolYear: Self.y, measureID: "narvaro", value: .number(96)))
        theirs.set(Figure(schoolID: "c-skolan", schoolYear: Self.y, measureID: "studiero", value: .number(70)))
        let merged = ListMerge.figures(base: base, ours: ours, theirs: theirs)
        #expect(merged.value(.school("b-skolan"), "narvaro", Self.y) == .number(94))
        #expect(merged.value(.school("c-skolan"), "studiero", Self.y) == .number(70))
        #expect(merged.conflicts?.count == 1)
        let taken = merged.resolving(merged.conflicts![0], takeOther: true)
        #expect(taken?.value(.school("b-skolan"), "narvaro", Self.y) == .number(96))
        #expect(taken?.conflicts == nil)
    }

    @Test func aSchoolCodeIsEightDigitsAndOneSchoolsOnly() {
        var list = SchoolList(organisation: Organisation(name: "K"))
        #expect(throws: Refusal.badSchoolCode("1234")) { try list.addSchool(name: "A", area: "N", code: "1234") }
        _ = try? list.addSchool(name: "A", area: "N", code: "1234 5678")
        #expect(list.schools.first?.code == "12345678")
        #expect(throws: Refusal.duplicateSchoolCode("12345678", school: "A")) {
            try list.addSchool(name: "B", area: "N", code: "12345678")
        }
    }
}
