import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit school import FILE.csv [--dry-run]`: all rows or none.
struct SchoolImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import schools from CSV (comma or semicolon; UTF-8 or Windows-1252; Swedish or English headers).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(name: .long, help: "Check the file and show what would change, without writing.") var dryRun = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        let (text, separator, records) = try CSVFile.read(file, ctx)
        // A dry run only reads; a real import takes the lock before reading the school list.
        let store = try dryRun ? ctx.open(.read) : ctx.openForWriting("tillit school import")
        if let p = store.problems.first(where: { $0.file == StoreLayout.schoolsFile }) {
            throw ctx.fail(ErrorText(t).store(.protected(p)))
        }
        TerminalOutput.error(
            t(
                .importReadAs,
                [
                    "file": file, "encoding": text.encoding.rawValue,
                    "separator": String(separator),
                ]) + "\n")
        switch SchoolImport.plan(records: records, into: store.schools) {
        case .failure(let issues):
            for issue in issues.all {
                CLIContext.printError(
                    t(
                        .importRowError,
                        [
                            "file": file, "line": String(issue.line),
                            "message": message(issue.kind, t),
                        ]), t)
            }
            throw ctx.fail(t(.importFailed, ["count": String(Set(issues.all.map(\.line)).count)]))
        case .success(let plan):
            for column in plan.ignoredColumns { ctx.warn(t(.importIgnoredColumn, ["name": column])) }
            let areaName = { (id: String) in plan.result.areas.first { $0.id == id }?.name ?? id }
            for a in plan.newAreas {
                print(dryRun ? t(.importWouldCreateArea, ["area": a.name]) : t(.areaCreated, ["area": a.name]))
            }
            for s in plan.added {
                print(t(dryRun ? .importWouldAdd : .importAdded, ["name": s.name, "area": areaName(s.areaID)]))
            }
            for s in plan.updated { print(t(dryRun ? .importWouldUpdate : .importUpdated, ["name": s.name])) }
            if !dryRun {
                do { try store.saveSchools(plan.result) } catch { throw ctx.fail(error) }
            }
            print(
                t(
                    .importSummary,
                    [
                        "added": t(.countAdded, ["count": String(plan.added.count)]),
                        "updated": t(.countUpdated, ["count": String(plan.updated.count)]),
                        "unchanged": t(.countUnchanged, ["count": String(plan.unchanged.count)]),
                    ]))
            if dryRun { print(t(.importDryRun)) }
        }
    }

    func message(_ kind: SchoolImport.Issue.Kind, _ t: Localizer) -> String {
        switch kind {
        case .empty: return t(.importEmpty)
        case .noRows: return t(.importNoRows)
        case .noNameColumn:
            return t(.importNoNameColumn, ["names": SchoolImport.Column.name.headers.joined(separator: ", ")])
        case .noAreaColumn:
            return t(.importNoAreaColumn, ["names": SchoolImport.Column.area.headers.joined(separator: ", ")])
        case .unclosedQuote: return t(.importUnclosedQuote)
        case .fieldCount(let found, let expected):
            return t(.importFieldCount, ["found": String(found), "expected": String(expected)])
        case .missingName: return t(.importMissingName)
        case .missingArea: return t(.importMissingArea)
        case .badGrades(let v): return t(.importBadGrades, ["value": v])
        case .badArchived(let v): return t(.importBadArchived, ["value": v])
        case .badCode(let v): return t(.badSchoolCode, ["value": v])
        case .duplicateCode(let v, let school): return t(.duplicateSchoolCode, ["value": v, "school": school])
        case .duplicate(let name, let other): return t(.importDuplicate, ["name": name, "other": String(other)])
        case .lineBreak(let column, let value):
            return t(.importLineBreak, ["column": column, "value": value.replacingOccurrences(of: "\n", with: "⏎")])
        }
    }
}
