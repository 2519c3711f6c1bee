import TillitDomain

/// Plans an import of schools from a CSV file into the school list. Either every row is good and
/// the plan says what changes, or nothing changes and every bad row is listed with its line.
public struct SchoolImport: Sendable {
    /// A problem with one line of the file (line 1 is the header).
    public struct Issue: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case empty
            case noRows
            case noNameColumn
            case noAreaColumn
            case unclosedQuote
            case fieldCount(found: Int, expected: Int)
            case missingName
            case missingArea
            case badGrades(String)
            case badArchived(String)
            case badCode(String)
            case duplicateCode(String, school: String)
            case duplicate(name: String, otherLine: Int)
            /// A line break inside a name (a quoted cell written on two lines).
            case lineBreak(column: String, value: String)
        }

        public var line: Int
        public var kind: Kind
    }

    /// Every problem found, in line order.
    public struct Issues: Error, Hashable, Sendable {
        public var all: [Issue]
        public init(_ all: [Issue]) { self.all = all }
    }

    /// What an import would do.
    public struct Plan: Hashable, Sendable {
        public var added: [School] = []
        public var updated: [School] = []
        public var unchanged: [School] = []
        public var newAreas: [Area] = []
        public var ignoredColumns: [String] = []
        /// The school list after the import.
        public var result: SchoolList
    }

    public enum Column: CaseIterable, Sendable {
        case name, area, principal, grades, archived, areaHead, address, code

        /// Header names understood, in Swedish and English (compared without case and spaces).
        public var headers: [String] {
            switch self {
            case .name:
                return [
                    "namn", "skola", "skolnamn", "skolenhet", "skolenhetens namn", "enhet", "name", "school",
                    "school name",
                ]
            case .area: return ["utbildningsområde", "område", "omrade", "utbildningsomrade", "area", "education area"]
            case .principal: return ["rektor", "ansvarig rektor", "principal", "head teacher"]
            case .grades: return ["årskurser", "årskurs", "arskurser", "stadium", "grades", "grade", "years"]
            case .archived: return ["arkiverad", "arkiverat", "nedlagd", "archived"]
            case .areaHead: return ["utbildningschef", "områdeschef", "area head", "head of education"]
            case .address: return ["adress", "besöksadress", "gatuadress", "address", "street address"]
            case .code: return ["skolenhetskod", "kod", "school unit code", "code", "unit code"]
            }
        }
    }

    static func fold(_ s: String) -> String {
        s.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }
    }

    public static func plan(records: [CSVParser.Record], into doc: SchoolList) -> Result<Plan, Issues> {
        guard let header = records.first else { return .failure(Issues([Issue(line: 1, kind: .empty)])) }
        var columns: [Column: Int] = [:]
        var ignored: [String] = []
        for (i, raw) in header.fields.enumerated() {
            let name = fold(raw)
            if let col = Column.allCases.first(where: { c in c.headers.map(fold).contains(name) }), columns[col] == nil
            {
                columns[col] = i
            } else if !raw.trimmingCharacters(in: .whitespaces).isEmpty {
                ignored.append(raw.trimmingCharacters(in: .whitespaces))
            }
        }
        var issues: [Issue] = []
        if columns[.name] == nil { issues.append(Issue(line: header.line, kind: .noNameColumn)) }
        if columns[.area] == nil { issues.append(Issue(line: header.line, kind: .noAreaColumn)) }
        if !issues.isEmpty { return .failure(Issues(issues)) }
        let rows = records.dropFirst()
        if rows.isEmpty { return .failure(Issues([Issue(line: header.line, kind: .noRows)])) }

        var result = doc
        var plan = Plan(result: doc)
        plan.ignoredColumns = ignored
        var seen: [String: Int] = [:]
        for record in rows {
            func field(_ c: Column) -> String? {
                guard let i = columns[c], i < record.fields.count else { return nil }
                let v = record.fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            if record.fields.count != header.fields.count {
                issues.append(
                    Issue(
                        line: record.line,
                        kind: .fieldCount(found: record.fields.count, expected: header.fields.count)))
                continue
            }
            guard let name = field(.name) else {
                issues.append(Issue(line: record.line, kind: .missingName))
                continue
            }
            guard let areaName = field(.area) else {
                issues.append(Issue(line: record.line, kind: .missingArea))
                continue
            }
            // Names are one line: a quoted cell written over two lines is a mistake in the file.
            let broken = [
                (Column.name, name), (.area, areaName), (.principal, field(.principal) ?? ""),
                (.areaHead, field(.areaHead) ?? ""), (.address, field(.address) ?? ""),
            ].first { $0.1.contains(where: \.isNewline) }
            if let (column, value) = broken {
                issues.append(
                    Issue(line: record.line, kind: .lineBreak(column: header.fields[columns[column]!], value: value)))
                continue
            }
            var archived: Bool?
            if let a = field(.archived) {
                switch a.lowercased() {
                case "ja", "j", "yes", "y", "true", "1", "x": archived = true
                case "nej", "n", "no", "false", "0": archived = false
                default:
                    issues.append(Issue(line: record.line, kind: .badArchived(a)))
                    continue
                }
            }
            let key = name.lowercased()
            if let other = seen[key] {
                issues.append(Issue(line: record.line, kind: .duplicate(name: name, otherLine: other)))
                continue
            }
            seen[key] = record.line

            // The school list's own rules (the ones the command line and the screen use).
            do throws(Refusal) {
                let (area, created) = try result.area(named: areaName)
                if let head = field(.areaHead), let i = result.areas.firstIndex(where: { $0.id == area.id }) {
                    result.areas[i].head = head
                }
                if created, let made = result.area(area.id) { plan.newAreas.append(made) }
                if let existing = result.schools.first(where: { $0.name.lowercased() == key }) {
                    let (s, _) = try result.editSchool(
                        existing.id, area: area.id, principal: field(.principal),
                        grades: field(.grades), address: field(.address), code: field(.code))
                    if let archived { try result.setArchived(s.id, archived) }
                    let now = result.school(s.id)!
                    if now == existing { plan.unchanged.append(now) } else { plan.updated.append(now) }
                } else {
                    let (s, _) = try result.addSchool(
                        name: name, area: area.id, principal: field(.principal),
                        grades: field(.grades), address: field(.address), code: field(.code))
                    if let archived { try result.setArchived(s.id, archived) }
                    plan.added.append(result.school(s.id)!)
                }
            } catch {
                switch error {
                case .badGrades(let g): issues.append(Issue(line: record.line, kind: .badGrades(g)))
                case .emptyName: issues.append(Issue(line: record.line, kind: .missingName))
                case .badSchoolCode(let c): issues.append(Issue(line: record.line, kind: .badCode(c)))
                case .duplicateSchoolCode(let c, let school):
                    issues.append(Issue(line: record.line, kind: .duplicateCode(c, school: school)))
                default: issues.append(Issue(line: record.line, kind: .missingArea))
                }
            }
        }
        if !issues.isEmpty { return .failure(Issues(issues)) }
        plan.result = result
        return .success(plan)
    }
}
