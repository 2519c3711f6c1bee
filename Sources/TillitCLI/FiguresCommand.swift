import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit figures ...`: the schools' key figures (results, surveys, attendance).
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "Import, list and correct key figures (nyckeltal) of schools.",
        subcommands: [FiguresImportCommand.self, FiguresListCommand.self, FiguresSetCommand.self])
}

/// `tillit figures list [--school] [--measure] [--year] [--json]`.
struct FiguresListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List figures.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Only this school (name or id), area or the organisation.") var school: String?
    @Option(name: .long, help: "Only this measure (name or id).") var measure: String?
    @Option(name: .long, help: "Only this school year, e.g. 2025/26.") var year: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    struct Row: Encodable {
        var school: String?
        var area: String?
        var subject: String
        var schoolYear: SchoolYear
        var measure: String
        var measureName: String
        var group: String?
        var value: Double?
        var tooFew: Bool
        var unit: String
    }

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        let store = try ctx.open(.read)
        if let p = store.figuresProblem { throw ctx.fail(ErrorText(t).store(.protected(p))) }
        let book = store.figures
        let subject = try school.map { try FiguresText.subject($0, store, ctx) }
        let m = try measure.map { try FiguresText.measure($0, book, ctx) }
        let y = try year.map { text in
            guard let y = FigureCell.schoolYear(text) else { throw ctx.fail(t(.badSchoolYear, ["value": text])) }
            return y
        }
        let figures = book.figures.filter {
            (subject == nil || $0.subject == subject) && (m == nil || $0.measureID == m?.id)
                && (y == nil || $0.schoolYear == y)
        }.sorted { a, b in
            let (x, z) = (FiguresText.name(a.subject, store), FiguresText.name(b.subject, store))
            if x != z { return SwedishOrder.less(x, z) }
            if a.measureID != b.measureID {
                return (book.measures.firstIndex { $0.id == a.measureID } ?? 0)
                    < (book.measures.firstIndex { $0.id == b.measureID } ?? 0)
            }
            return a.schoolYear != b.schoolYear ? a.schoolYear < b.schoolYear : (a.group ?? "") < (b.group ?? "")
        }
        if json {
            try ctx.printJSON(
                figures.map { f in
                    let measure = book.measure(f.measureID)
                    return Row(
                        school: f.schoolID, area: f.areaID, subject: FiguresText.name(f.subject, store),
                        schoolYear: f.schoolYear, measure: f.measureID, measureName: measure?.name(t.language) ?? "",
                        group: f.group, value: f.value.number, tooFew: f.value == .tooFew, unit: measure?.unit ?? "")
                })
            return
        }
        if figures.isEmpty {
            print(t(.noFigures))
            return
        }
        var table = TextTable([
            t(.columnSchool), t(.columnSchoolYear), t(.columnMeasure), t(.columnGroup), t(.columnValue),
        ])
        for f in figures {
            guard let measure = book.measure(f.measureID) else { continue }
            table.add([
                FiguresText.name(f.subject, store), f.schoolYear.text, measure.name(t.language), f.group ?? "",
                FigureFormat.value(f.value, measure, t.language),
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// `tillit figures set SCHOOL --year --measure [--group] VALUE`: one figure typed in or corrected.
struct FiguresSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Enter or correct one figure (\"..\" or \"*\" for too few to report; \"-\" removes it).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The school (name or id), an area, or the organisation.") var school: String
    @Option(name: .long, help: "The school year, e.g. 2025/26.") var year: String
    @Option(name: .long, help: "The measure (name or id).") var measure: String
    @Option(name: .long, help: "A group of pupils (flickor, pojkar, åk 6).") var group: String?
    @Argument(help: "The value (decimal comma or point).") var value: String

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        let store = try ctx.openForWriting("tillit figures set")
        var book = store.figures
        let subject = try FiguresText.subject(school, store, ctx)
        let m = try FiguresText.measure(measure, book, ctx)
        let entry = FigureEntry(
            subject: subject, measure: m, year: year, group: group ?? "", value: value)
        let result: FigureEntry.Outcome
        do { result = try entry.apply(to: &book) } catch { throw ctx.fail(FiguresText.message(error, t)) }
        do { try store.saveFigures(book) } catch { throw ctx.fail(error) }
        let who = FiguresText.name(subject, store)
        switch result {
        case .set(let f):
            print(
                t(
                    .figureSaved,
                    [
                        "subject": who, "year": f.schoolYear.text, "measure": m.name(t.language),
                        "value": FigureFormat.value(f.value, m, t.language),
                    ]))
        case .removed(let year):
            print(t(.figureRemoved, ["subject": who, "year": year.text, "measure": m.name(t.language)]))
        case .unchanged: print(t(.figureUnchanged))
        }
    }
}
