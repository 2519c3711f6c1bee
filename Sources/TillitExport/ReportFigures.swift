import Foundation
import TillitDomain

/// The report's figures: for each measure, the schools' values of the newest school year with
/// figures (a bar chart), the areas' and the organisation's (their own, or their schools'
/// median), and the schools whose figures moved most, with what their dialogues said.
enum ReportFigures {
    static func blocks(_ m: ReportMaterial) -> [DocumentBlock] {
        let t = m.t
        let lang = t.language
        let book = m.input.figures
        guard !m.schools.isEmpty,
            let year = book.years.filter({ $0 <= m.input.year.previous }).max(),
            m.schools.contains(where: { s in !book.figures(of: .school(s.id)).isEmpty })
        else { return [] }
        let list = SchoolList(
            organisation: Organisation(name: m.input.organisation), areas: m.input.areas, schools: m.input.schools)
        let levels = FigureLevels(book, schools: list)
        var out: [DocumentBlock] = [
            .heading(3, t(.reportFiguresTitle, ["year": year.text])),
            .paragraph(t(.reportFiguresHow, ["year": year.text, "previous": year.previous.text])),
        ]
        var moves: [(school: School, trend: FigureTrend, size: Double)] = []
        for measure in book.measures {
            var bars: [DocumentBlock.Chart.Bar] = []
            for school in m.schools {
                let trends = FigureTrend.trends(
                    book, levels, subject: .school(school.id), areaID: school.areaID, year: year, span: 2)
                guard let tr = trends.first(where: { $0.measure.id == measure.id }), let v = tr.current?.number
                else { continue }
                let change = tr.change.map { " (\(FigureFormat.change($0, measure, lang)))" } ?? ""
                bars.append(
                    .init(
                        name: school.name, value: v, text: FigureFormat.value(tr.current, measure, lang) + change,
                        marked: tr.worsened))
                if let c = tr.change, let level = levels.level(.organisation, measure.id, year), level.value != 0 {
                    moves.append((school, tr, abs(c / level.value)))
                }
            }
            guard !bars.isEmpty else { continue }
            out.append(.heading(4, measure.name(lang) + (measure.source.map { " (\($0))" } ?? "")))
            out.append(
                .chart(
                    .init(
                        title: t(.reportFiguresChart, ["measure": measure.name(lang), "year": year.text]),
                        headers: [t(.columnSchool), measure.name(lang)],
                        bars: bars.sorted { $0.value > $1.value })))
            out.append(
                .table(
                    [t(.columnArea), t(.columnValue), t(.reportFiguresRange)], levelRows(m, measure, year, levels, book)
                ))
        }
        out += movers(m, moves, year)
        return out
    }

    /// Each area's value and its schools' lowest and highest, then the organisation's.
    static func levelRows(
        _ m: ReportMaterial, _ measure: Measure, _ year: SchoolYear, _ levels: FigureLevels, _ book: FigureBook
    ) -> [[String]] {
        let t = m.t
        let lang = t.language
        func row(_ name: String, _ subject: FigureSubject, _ schools: [School]) -> [String]? {
            guard let l = levels.level(subject, measure.id, year) else { return nil }
            let values = schools.compactMap { book.value(.school($0.id), measure.id, year)?.number }
            var range = ""
            if let low = values.min(), let high = values.max() {
                range = FigureFormat.value(.number(low), measure, lang)
                if high != low { range += " – " + FigureFormat.value(.number(high), measure, lang) }
            }
            let value =
                FigureFormat.value(.number(l.value), measure, lang) + (l.isMedian ? " (\(t(.reportMedian)))" : "")
            return [name, value, range]
        }
        var rows = m.areas.compactMap { a in row(a.name, .area(a.id), m.schools.filter { $0.areaID == a.id }) }
        if m.onlyArea == nil, m.onlySchool == nil, let r = row(m.input.organisation, .organisation, m.schools) {
            rows.append(r)
        }
        return rows
    }

    /// The five biggest moves (relative to the organisation's level) and what the school's
    /// dialogues this year said in their results and analysis, quoted with where it comes from.
    static func movers(
        _ m: ReportMaterial, _ moves: [(school: School, trend: FigureTrend, size: Double)], _ year: SchoolYear
    )
        -> [DocumentBlock]
    {
        let t = m.t
        let lang = t.language
        let top = moves.filter { $0.size >= 0.02 }.sorted { $0.size > $1.size }.prefix(5)
        guard !top.isEmpty else { return [] }
        var out: [DocumentBlock] = [.heading(4, t(.reportFiguresMovers))]
        for (school, tr, _) in top {
            let mm = tr.measure
            out.append(
                .paragraph(
                    (tr.worsened ? "▼ " : "")
                        + t(
                            .reportFiguresMove,
                            [
                                "school": school.name, "measure": mm.name(lang),
                                "from": FigureFormat.value(tr.previous, mm, lang),
                                "to": FigureFormat.value(tr.current, mm, lang),
                                "change": tr.change.map { FigureFormat.change($0, mm, lang) } ?? "",
                            ])))
            let dialogues = m.thisYear.filter { $0.schoolID == school.id && ReportMaterial.hasContent($0) }
            let words = Set(
                [mm.sv, mm.en].flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter {
                    $0.count > 3
                })
            var quotes: [DocumentBlock.Quote] = []
            for d in dialogues {
                let notes = d.notes.filter { $0.section == .results || $0.section == .analysis }
                let about = notes.filter { n in words.contains { n.text.lowercased().contains($0) } }
                for n in (about.isEmpty ? Array(notes.prefix(1)) : about).prefix(2) {
                    quotes.append(.init(m.quote(n), source: m.source(d)))
                }
            }
            out.append(
                quotes.isEmpty ? .paragraph(t(.reportFiguresNoWords, ["year": year.next.text])) : .quotes(quotes))
        }
        return out
    }
}
