import Testing
import TillitDomain

@testable import TillitStore

@Suite struct CSVImportTests {
    let empty = SchoolList(
        organisation: Organisation(name: "Test"),
        areas: [Area(id: "nordost", name: "Nordost")],
        schools: [School(id: "nytorpsskolan", name: "Nytorpsskolan", areaID: "nordost")])

    func plan(_ text: String) -> Result<SchoolImport.Plan, SchoolImport.Issues> {
        let csv = CSVText(bytes: Array(text.utf8))
        let records = try! CSVParser.parse(csv.text, separator: CSVParser.detectSeparator(csv.text))
        return SchoolImport.plan(records: records, into: empty)
    }

    @Test func parsesQuotedFieldsAndRemembersLines() throws {
        let records = try CSVParser.parse("a;b\n\"x;y\";\"två\nrader\"\n\n\"sa \"\"hej\"\"\";z\n", separator: ";")
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["x;y", "två\nrader"])
        #expect(records[2].fields == ["sa \"hej\"", "z"])
        #expect(throws: CSVParser.UnclosedQuote(line: 2)) { try CSVParser.parse("a\n\"open\n", separator: ",") }
    }

    @Test func detectsTheSeparator() {
        #expect(CSVParser.detectSeparator("Namn;Område;Rektor\n") == ";")
        #expect(CSVParser.detectSeparator("name,area\n") == ",")
        #expect(CSVParser.detectSeparator("\"a,b\";c\n") == ";")
    }

    @Test func decodesUTF8WithBOMAndWindows1252() {
        #expect(CSVText(bytes: [0xEF, 0xBB, 0xBF] + Array("Lövgärden".utf8)).text == "Lövgärden")
        #expect(CSVText(bytes: [0xEF, 0xBB, 0xBF]).encoding == .utf8WithBOM)
        let cp1252: [UInt8] = [0x4C, 0xF6, 0x76, 0x67, 0xE4, 0x72, 0x64, 0x65, 0x6E, 0x20, 0x96, 0x20, 0xC5]
        let text = CSVText(bytes: cp1252)
        #expect(text.encoding == .windows1252)
        #expect(text.text == "Lövgärden – Å")
        // Decomposed input is normalised so that names compare equal.
        #expect(CSVText(bytes: Array("Lo\u{308}vga\u{308}rden".utf8)).text == "Lövgärden")
    }

    @Test func importsSwedishHeaders() throws {
        let result = plan(
            """
            Skolenhet;Utbildningsområde;Rektor;Årskurser\nHagenskolan;Väster;Sofia \
            Nyberg;F–6\nNytorpsskolan;Nordost;Else-Marie Hallqvist;4-9\n
            """
        )
        let p = try result.get()
        #expect(p.added.map(\.name) == ["Hagenskolan"])
        #expect(p.added[0].grades?.text == "F-6")
        #expect(p.updated.map(\.name) == ["Nytorpsskolan"])
        #expect(p.newAreas.map(\.name) == ["Väster"])
        #expect(p.result.schools.count == 2)
        #expect(p.result.schools.first { $0.name == "Hagenskolan" }?.areaID == "vaster")
    }

    @Test func importsEnglishHeadersWithCommas() throws {
        let p = try plan("name,area,principal,grades,archived\n\"Guldhedsskolan, Göteborg\",Centrum,Tuija,F-9,no\n")
            .get()
        #expect(p.added.first?.name == "Guldhedsskolan, Göteborg")
        #expect(p.added.first?.archived == false)
    }

    @Test func reportsEveryBadRowWithItsLineAndImportsNothing() throws {
        let result = plan(
            "Namn;Område;Årskurser\nA;Nordost;F-3\n;Nordost;4-9\nB;;F-6\nC;Nordost;F-12\nA;Nordost;F-3\nD;Nordost\n")
        guard case .failure(let issues) = result else {
            Issue.record("a bad file was accepted")
            return
        }
        #expect(issues.all.map(\.line) == [3, 4, 5, 6, 7])
        #expect(issues.all[0].kind == .missingName)
        #expect(issues.all[1].kind == .missingArea)
        #expect(issues.all[2].kind == .badGrades("F-12"))
        #expect(issues.all[3].kind == .duplicate(name: "A", otherLine: 2))
        #expect(issues.all[4].kind == .fieldCount(found: 2, expected: 3))
    }

    @Test func aFileWithoutTheNeededColumnsSaysWhich() {
        guard case .failure(let issues) = plan("Skola;Rektor\nA;B\n") else {
            Issue.record("accepted")
            return
        }
        #expect(issues.all.map(\.kind) == [.noAreaColumn])
        guard case .failure(let empty) = plan("") else {
            Issue.record("accepted")
            return
        }
        #expect(empty.all.map(\.kind) == [.empty])
    }
}
