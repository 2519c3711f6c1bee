import Foundation
import TillitDomain

/// Plans an import of figures from a CSV file: the long format (school or code; year; measure;
/// value; group) or the wide one of spreadsheet exports (one column per measure). Either every
/// row is good and the plan says what changes, or nothing changes and every bad row is named by
/// its line. A measure not defined yet becomes a new one; importing the same file again
/// changes nothing.
public struct FiguresImport: Sendable {
    public struct Issue: Hashable, Sendable {
        public enum Kind: Error, Hashable, Sendable {
            case empty
            case noRows
            case unclosedQuote
            case noSchoolColumn
            case noYearColumn
            case noValueColumn
            case fieldCount(found: Int, expected: Int)
            case unknownSchool(String)
            case codeNameMismatch(code: String, name: String)
            case badYear(String)
            case missingMeasure
            case badValue(column: String, value: String)
            case duplicate(otherLine: Int)
        }

        public var line: Int
        public var kind: Kind
    }

    public struct Issues: Error, Hashable, Sendable {
        public var all: [Issue]
    }

    public struct Plan: Hashable, Sendable {
        public var wide = false
        public var added: [Figure] = []
        public var changed: [Figure] = []
        public var unchanged = 0
        /// Cells left empty or marked missing ("–"): nothing is imported for them.
        public var missing = 0
        public var newMeasures: [Measure] = []
        public var ignoredColumns: [String] = []
        public var result: FigureBook
    }

    enum Column: CaseIterable {
        case school, code, year, measure, value, group

        var headers: [String] {
            switch self {
            case .school:
                return [
                    "skola", "skolenhet", "skolenhetens namn", "skolnamn", "enhet", "namn", "school", "school name",
                    "name", "school unit",
                ]
            case .code: return ["skolenhetskod", "skolenhets-kod", "kod", "code", "school unit code", "unit code"]
            case .year: return ["läsår", "lasar", "år", "ar", "year", "school year", "läsår/år"]
            case .measure: return ["mått", "matt", "nyckeltal", "indikator", "variabel", "measure", "indicator"]
            case .value: return ["värde", "varde", "value", "resultat"]
            case .group: return ["grupp", "kön", "kon", "elevgrupp", "group", "gender", "sex"]
            }
        }
    }

    /// Columns of spreadsheet exports that describe a row rather than measure it.
    static let descriptive: Set<String> = [
        "kommun", "kommunkod", "kommunnamn", "huvudman", "huvudmannatyp", "skolform", "län", "lan", "område",
        "utbildningsområde", "rektor", "adress", "municipality", "area", "principal", "address", "organisationsnummer",
    ]

    /// Values of a group column that mean every pupil.
    static let everyone: Set<String> = ["", "totalt", "alla", "samtliga", "alla elever", "total", "all", "everyone"]

    static func fold(_ s: String) -> String {
        s.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }
    }

    public static func plan(records: [CSVParser.Record], into book: FigureBook, schools: SchoolList)
        -> Result<Plan, Issues>
    {
        guard let header = records.first else { return .failure(Issues(all: [Issue(line: 1, kind: .empty)])) }
        var columns: [Column: Int] = [:]
        var measureColumns: [(index: Int, name: String)] = []
        var ignored: [String] = []
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if let c = Column.allCases.first(where: { $0.headers.map(fold).contains(fold(name)) }), columns[c] == nil {
                columns[c] = i
            } else if descriptive.map(fold).contains(fold(name)) || name.isEmpty {
                if !name.isEmpty { ignored.append(name) }
            } else {
                measureColumns.append((i, name))
            }
        }
        let wide = columns[.measure] == nil
        var issues: [Issue] = []
        if columns[.school] == nil && columns[.code] == nil {
            issues.append(Issue(line: header.line, kind: .noSchoolColumn))
        }
        if columns[.year] == nil { issues.append(Issue(line: header.line, kind: .noYearColumn)) }
        if wide ? measureColumns.isEmpty : columns[.value] == nil {
            issues.append(Issue(line: header.line, kind: .noValueColumn))
        }
        if !wide { ignored += measureColumns.map(\.name) }
        if !issues.isEmpty { return .failure(Issues(all: issues)) }
        let rows = records.dropFirst()
        if rows.isEmpty { return .failure(Issues(all: [Issue(line: header.line, kind: .noRows)])) }

        var plan = Plan(wide: wide, ignoredColumns: ignored, result: book)
        var result = book
        var seen: [FigureID: (line: Int, value: FigureValue)] = [:]
        var decimals: [String: Int] = [:]
        var accepted: [Figure] = []
        for record in rows {
            if record.fields.count != header.fields.count {
                issues.append(
                    Issue(
                        line: record.line,
                        kind: .fieldCount(found: record.fields.count, expected: header.fields.count)))
                continue
            }
            func field(_ c: Column) -> String {
                columns[c].map { record.fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            }
            let subject: FigureSubject
            switch Self.subject(code: field(.code), name: field(.school), schools) {
            case .success(let s): subject = s
            case .failure(let kind):
                issues.append(Issue(line: record.line, kind: kind))
                continue
            }
            guard let year = FigureCell.schoolYear(field(.year)) else {
                issues.append(Issue(line: record.line, kind: .badYear(field(.year))))
                continue
            }
            let groupText = ControlCharacters.clean(field(.group), multiline: false)
            let group = everyone.contains(groupText.lowercased()) ? nil : groupText
            let cells: [(name: String, raw: String, column: String)] =
                wide
                ? measureColumns.map { ($0.name, record.fields[$0.index], $0.name) }
                : [(field(.measure), field(.value), header.fields[columns[.value]!])]
            for cell in cells {
                let measureName = ControlCharacters.clean(cell.name, multiline: false)
                guard !measureName.isEmpty else {
                    issues.append(Issue(line: record.line, kind: .missingMeasure))
                    continue
                }
                let value: FigureValue
                switch FigureCell(cell.raw) {
                case .missing:
                    plan.missing += 1
                    continue
                case .bad:
                    issues.append(Issue(line: record.line, kind: .badValue(column: cell.column, value: cell.raw)))
                    continue
                case .value(let v): value = v
                }
                let measure =
                    result.measures.first { $0.isNamed(measureName) } ?? newMeasure(measureName, &result, &plan)
                if plan.newMeasures.contains(where: { $0.id == measure.id }) {
                    decimals[measure.id] = max(decimals[measure.id] ?? 0, FigureCell.decimals(cell.raw))
                }
                let figure = Figure(
                    schoolID: subject.schoolIDValue, areaID: subject.areaIDValue, schoolYear: year,
                    measureID: measure.id,
                    group: group, value: value)
                if let other = seen[figure.id] {
                    if other.value != value {
                        issues.append(Issue(line: record.line, kind: .duplicate(otherLine: other.line)))
                    }
                    continue
                }
                seen[figure.id] = (record.line, value)
                if let old = book.figure(figure.id) {
                    if old.value == value { plan.unchanged += 1 } else { plan.changed.append(figure) }
                } else {
                    plan.added.append(figure)
                }
                accepted.append(figure)
            }
        }
        if !issues.isEmpty { return .failure(Issues(all: issues)) }
        result.set(contentsOf: accepted)
        for (i, m) in plan.newMeasures.enumerated() {
            var defined = m
            defined.decimals = min(2, decimals[m.id] ?? 0)
            plan.newMeasures[i] = defined
            result.define(defined)
        }
        plan.result = result
        return .success(plan)
    }

    /// A measure named in the file and not defined yet: "Andel (%) med betyg i alla ämnen"
    /// is counted in per cent.
    static func newMeasure(_ name: String, _ book: inout FigureBook, _ plan: inout Plan) -> Measure {
        let percent = name.contains("%") || name.lowercased().hasPrefix("andel") || name.lowercased().hasPrefix("share")
        let clean = name.replacingOccurrences(of: "(%)", with: "").replacingOccurrences(of: "%", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let m = Measure(
            id: Slug.unique(clean, taken: Set(book.measures.map(\.id))), sv: clean, en: clean,
            unit: percent ? "%" : "")
        book.define(m)
        plan.newMeasures.append(m)
        return m
    }

    /// The school a row names by its code or its name (or an area, or the organisation).
    static func subject(code: String, name: String, _ schools: SchoolList) -> Result<FigureSubject, Issue.Kind> {
        let byCode = code.isEmpty ? nil : schools.schools.first { $0.code == code.filter(\.isNumber) }
        let byName = name.isEmpty ? nil : try? schools.findSchool(name)
        if let s = byCode {
            if let n = byName, n.id != s.id { return .failure(.codeNameMismatch(code: code, name: name)) }
            return .success(.school(s.id))
        }
        if let s = byName, s.name.lowercased() == SchoolList.cleanName(name).lowercased() {
            return .success(.school(s.id))
        }
        if code.isEmpty, let a = schools.areas.named(name) { return .success(.area(a.id)) }
        if code.isEmpty, schools.meansOrganisation(name) {
            return .success(.organisation)
        }
        return .failure(.unknownSchool(code.isEmpty ? name : code))
    }
}
