import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit figures import FILE.csv [--dry-run]`: every row or none.
struct FiguresImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            """
            Import figures from CSV: long (school or code; year; measure; value [; group]) or wide (a column per \
            measure).
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(name: .long, help: "Check the file and show what would change, without writing.") var dryRun = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        let (text, separator, records) = try CSVFile.read(file, ctx)
        let store = try dryRun ? ctx.open(.read) : ctx.openForWriting("tillit figures import")
        for p in store.problems where p.file == StoreLayout.figuresFile || p.file == StoreLayout.schoolsFile {
            throw ctx.fail(ErrorText(t).store(.protected(p)))
        }
        TerminalOutput.error(
            t(.importReadAs, ["file": file, "encoding": text.encoding.rawValue, "separator": String(separator)]) + "\n")
        switch FiguresImport.plan(records: records, into: store.figures, schools: store.schools) {
        case .failure(let issues):
            for issue in issues.all {
                CLIContext.printError(
                    t(.importRowError, ["file": file, "line": String(issue.line), "message": message(issue.kind, t)]), t
                )
            }
            throw ctx.fail(t(.importFailed, ["count": String(Set(issues.all.map(\.line)).count)]))
        case .success(let plan):
            for column in plan.ignoredColumns { ctx.warn(t(.importIgnoredColumn, ["name": column])) }
            for m in plan.newMeasures {
                let unit = m.unit.isEmpty ? "" : " (\(m.unit))"
                print(t(dryRun ? .importWouldDefineMeasure : .importDefinedMeasure, ["name": m.sv + unit]))
            }
            for f in plan.changed {
                guard let m = plan.result.measure(f.measureID), let old = store.figures.figure(f.id) else { continue }
                print(
                    t(
                        dryRun ? .importWouldChangeFigure : .importChangedFigure,
                        [
                            "subject": FiguresText.name(f.subject, store), "year": f.schoolYear.text,
                            "measure": m.name(t.language) + (f.group.map { " (\($0))" } ?? ""),
                            "old": FigureFormat.value(old.value, m, t.language),
                            "new": FigureFormat.value(f.value, m, t.language),
                        ]))
            }
            if !dryRun, !plan.added.isEmpty || !plan.changed.isEmpty || !plan.newMeasures.isEmpty {
                do { try store.saveFigures(plan.result) } catch { throw ctx.fail(error) }
            }
            print(
                t(
                    .importSummary,
                    [
                        "added": t(.countNewFigures, ["count": String(plan.added.count)]),
                        "updated": t(.countUpdated, ["count": String(plan.changed.count)]),
                        "unchanged": t(.countUnchanged, ["count": String(plan.unchanged)]),
                    ]))
            if plan.missing > 0 { print(t(.importEmptyCells, ["count": String(plan.missing)])) }
            if dryRun { print(t(.importDryRun)) }
        }
    }

    func message(_ kind: FiguresImport.Issue.Kind, _ t: Localizer) -> String {
        switch kind {
        case .empty: return t(.importEmpty)
        case .noRows: return t(.importNoRows)
        case .unclosedQuote: return t(.importUnclosedQuote)
        case .noSchoolColumn: return t(.importNoSchoolColumn)
        case .noYearColumn: return t(.importNoYearColumn)
        case .noValueColumn: return t(.importNoValueColumn)
        case .fieldCount(let found, let expected):
            return t(.importFieldCount, ["found": String(found), "expected": String(expected)])
        case .unknownSchool(let name): return t(.importUnknownSchool, ["name": name])
        case .codeNameMismatch(let code, let name): return t(.importCodeNameMismatch, ["code": code, "name": name])
        case .badYear(let v): return t(.badSchoolYear, ["value": v])
        case .missingMeasure: return t(.importMissingMeasure)
        case .badValue(let column, let value): return t(.importBadValue, ["column": column, "value": value])
        case .duplicate(let other): return t(.importDuplicateFigure, ["other": String(other)])
        }
    }
}
