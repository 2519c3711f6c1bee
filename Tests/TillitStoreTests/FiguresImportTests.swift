import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitStore

/// Figures from the files municipalities have: Skolverket-style wide exports with masked cells,
/// Windows-1252 files with decimal commas, every bad row named, nothing half imported.
@Suite struct FiguresImportTests {
    static func schools() -> SchoolList {
        var list = SchoolList(organisation: Organisation(name: "Kommunen"))
        _ = try? list.addSchool(name: "Nytorpsskolan", area: "Nordost", code: "12345678")
        _ = try? list.addSchool(name: "Lövgärdesskolan", area: "Nordost", code: "87654321")
        return list
    }

    static func plan(_ bytes: [UInt8], into book: FigureBook = FigureBook(measures: DefaultMeasures.all))
        -> Result<FiguresImport.Plan, FiguresImport.Issues>
    {
        let text = CSVText(bytes: bytes)
        let records = try! CSVParser.parse(text.text, separator: CSVParser.detectSeparator(text.text))
        return FiguresImport.plan(records: records, into: book, schools: schools())
    }

    @Test func aSkolverketWideExportWithMaskedCells() throws {
        let csv = """
            \u{FEFF}Skolenhetskod;Skolenhet;Kommun;Läsår;Meritvärde åk 9;Andel (%) behöriga till yrkesprogram;Trygghet
            12345678;Nytorpsskolan;Göteborg;2024/25;235,3;88,1;..
            87654321;Lövgärdesskolan;Göteborg;2024/25;~224;*;–

            """
        guard case .success(let plan) = Self.plan(Array(csv.utf8)) else {
            Issue.record("the file was refused")
            return
        }
        #expect(plan.wide)
        #expect(plan.ignoredColumns == ["Kommun"])
        #expect(plan.newMeasures.map(\.sv) == ["Andel behöriga till yrkesprogram"])
        #expect(plan.newMeasures.first?.unit == "%" && plan.newMeasures.first?.decimals == 1)
        #expect(plan.missing == 1)
        let book = plan.result
        let y = SchoolYear(startYear: 2024)
        #expect(book.value(.school("nytorpsskolan"), "meritvarde-ak9", y) == .number(235.3))
        #expect(book.value(.school("lovgardesskolan"), "meritvarde-ak9", y) == .number(224))
        // Masked is "too few", never zero; missing is nothing at all.
        #expect(book.value(.school("nytorpsskolan"), "trygghet", y) == .tooFew)
        let vocational = plan.newMeasures[0].id
        #expect(book.value(.school("lovgardesskolan"), vocational, y) == .tooFew)
        #expect(book.value(.school("lovgardesskolan"), "trygghet", y) == nil)
        // The same file again changes nothing.
        guard case .success(let again) = Self.plan(Array(csv.utf8), into: book) else {
            Issue.record("refused the second time")
            return
        }
        #expect(again.added.isEmpty && again.changed.isEmpty && again.newMeasures.isEmpty)
        #expect(again.result == book)
    }

    @Test func aWindows1252LongFileWithDecimalCommasAndGroups() throws {
        // "Skola;År;Mått;Värde;Kön" in Windows-1252, a single year meaning the school year ending then.
        var bytes: [UInt8] = Array("Skola;".utf8) + [0xC5, 0x72] + Array(";M".utf8) + [0xE5]
        bytes += Array("tt;V".utf8) + [0xE4] + Array("rde;K".utf8) + [0xF6] + Array("n\r\n".utf8)
        bytes += Array("Nytorpsskolan;2025;N".utf8) + [0xE4] + Array("rvaro;89,3;Flickor\r\n".utf8)
        bytes += Array("Nytorpsskolan;2025;N".utf8) + [0xE4] + Array("rvaro;91,0;Totalt\r\n".utf8)
        guard case .success(let plan) = Self.plan(bytes) else {
            Issue.record("the file was refused")
            return
        }
        #expect(!plan.wide)
        let y = SchoolYear(startYear: 2024)
        #expect(plan.result.value(.school("nytorpsskolan"), "narvaro", y, group: "Flickor") == .number(89.3))
        #expect(plan.result.value(.school("nytorpsskolan"), "narvaro", y) == .number(91))
        #expect(plan.newMeasures.isEmpty)
    }

    @Test func everyBadRowIsNamedAndNothingIsImported() {
        let csv = """
            Skola,År,Mått,Värde
            Nytorpsskolan,2025/26,Närvaro,90
            Nytorpsskolan,2025/26,Närvaro,abc
            Okändskolan,2025/26,Närvaro,90
            Nytorpsskolan,20x5,Närvaro,90
            Nytorpsskolan,2025/26,Närvaro,91
            Nytorpsskolan,2025/26

            """
        guard case .failure(let issues) = Self.plan(Array(csv.utf8)) else {
            Issue.record("a bad file was accepted")
            return
        }
        #expect(issues.all.map(\.line) == [3, 4, 5, 6, 7])
        #expect(issues.all[0].kind == .badValue(column: "Värde", value: "abc"))
        #expect(issues.all[1].kind == .unknownSchool("Okändskolan"))
        #expect(issues.all[2].kind == .badYear("20x5"))
        #expect(issues.all[3].kind == .duplicate(otherLine: 2))
    }

    @Test func aCodeAndANameThatDisagreeAreRefused() {
        let csv = "Skolenhetskod;Skola;Läsår;Närvaro\n87654321;Nytorpsskolan;2025/26;90\n"
        guard case .failure(let issues) = Self.plan(Array(csv.utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(issues.all.first?.kind == .codeNameMismatch(code: "87654321", name: "Nytorpsskolan"))
    }

    @Test func aFigureFileThatCannotBeReadIsNeverWrittenOver() throws {
        let folder = TempFolder("figures")
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        let path = root + "/" + StoreLayout.figuresFile
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        let store = try Store.open(at: root, mode: .write(command: "test"))
        defer { store.close() }
        #expect(store.figuresProblem != nil)
        #expect(throws: StoreError.self) { try store.saveFigures(FigureBook(measures: DefaultMeasures.all)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ not json")
    }

    /// A figures file from a newer Tillit (a field this one does not know) opens, but is never
    /// written over (that would drop the field), and the doctor names it.
    @Test func aNewerFiguresFileIsReadButNeverWrittenOver() throws {
        let folder = TempFolder("figures-newer")
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        let path = root + "/" + StoreLayout.figuresFile
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"formatVersion\"", with: "\"targets\" : {},\n  \"formatVersion\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let store = try Store.open(at: root, mode: .write(command: "test"))
        defer { store.close() }
        #expect(!store.figures.isEmpty)
        #expect(throws: StoreError.self) { try store.saveFigures(FigureBook(measures: DefaultMeasures.all)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let report = StoreDoctor.check(store)
        #expect(report.problems.contains { $0.file == StoreLayout.figuresFile })
    }
}
