import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitExport

/// The report's ways of working at scale (a year of thousands of dialogues) say the same as the
/// simple ways they replace: themes from tags gathered once as numbers, Markdown written straight
/// into its bytes.
@Suite struct ReportAtScaleTests {
    /// Themes as the report first found them: every dialogue and note again for each question.
    static func simpleThemes(_ section: SectionKind, in dialogues: [Dialogue]) -> [(tag: String, schools: Set<String>)]
    {
        var spelling: [String: String] = [:]
        var bySchool: [String: Set<String>] = [:]
        for d in dialogues where d.level == .school && (d.status == .closed || d.status == .live) {
            guard let school = d.schoolID else { continue }
            for note in d.notes where note.section == section {
                for raw in note.tags {
                    let key = Tag.canonical(raw)
                    guard !key.isEmpty else { continue }
                    if spelling[key] == nil { spelling[key] = raw }
                    bySchool[key, default: []].insert(school)
                }
            }
        }
        return bySchool.map { (spelling[$0.key]!, $0.value) }
            .sorted { ($0.schools.count, $1.tag) > ($1.schools.count, $0.tag) }
    }

    @Test func themesAreTheSameAsCountedAgainForEachQuestion() {
        var rng = SplitMix64(seed: 26)
        let spellings = [
            "Läsning", "läsning", "#läsning", "LÄSNING", "trygghet", "Trygghet", "studiero", "!", "#", "a b",
        ]
        let schools = (0..<12).map { "skola-\($0)" }
        let created = Date(timeIntervalSince1970: 1_760_000_000)
        for round in 0..<40 {
            let dialogues = (0..<rng.int(30)).map { i in
                var d = Dialogue(
                    id: "d\(round)-\(i)", level: rng.int(6) == 0 ? .area : .school, schoolID: rng.pick(schools),
                    areaID: "a", date: LocalDate(iso: "2026-10-01")!, schoolYear: SchoolYear(startYear: 2026),
                    status: rng.pick([.closed, .live, .planned]))
                d.notes = (0..<rng.int(6)).map { j in
                    Note(
                        id: "n\(j)", section: rng.pick(SectionKind.allCases), text: "x",
                        tags: (0..<rng.int(3)).map { _ in rng.pick(spellings) }, created: created)
                }
                return d
            }
            let themes = ReportThemes(dialogues)
            let some = Set(schools.filter { _ in rng.int(2) == 0 })
            for section in SectionKind.allCases {
                func same(_ a: [(tag: String, schools: Set<String>)], _ b: [(tag: String, schools: Set<String>)])
                    -> Bool
                {
                    a.map(\.tag) == b.map(\.tag) && a.map(\.schools) == b.map(\.schools)
                }
                #expect(same(themes.themes(section), Self.simpleThemes(section, in: dialogues)))
                let among = dialogues.filter { $0.level != .school || some.contains($0.schoolID ?? "") }
                #expect(same(themes.themes(section, among: some), Self.simpleThemes(section, in: among)))
            }
        }
    }

    /// Markdown as the report first wrote it: each text escaped, then joined, then appended.
    static func simpleMarkdown(_ blocks: [DocumentBlock]) -> String {
        let e = MarkdownExporter.escape
        var out = ""
        for b in blocks {
            switch b {
            case .heading(let level, let text): out += String(repeating: "#", count: level) + " " + e(text) + "\n\n"
            case .paragraph(let text): out += e(text) + "\n\n"
            case .bullets(let items): out += items.map { "- " + e($0) }.joined(separator: "\n") + "\n\n"
            case .list(let items):
                out += items.map { String(repeating: "  ", count: $0.level) + "- " + e($0.text) }.joined(
                    separator: "\n")
                out += "\n\n"
            case .quotes(let items):
                for q in items { out += "> " + e(q.text) + "  \n> — *" + e(q.source) + "*\n\n" }
            case .table(let headers, let rows):
                out +=
                    "| " + headers.map(e).joined(separator: " | ") + " |\n|"
                    + String(repeating: " --- |", count: headers.count) + "\n"
                for r in rows { out += "| " + r.map(e).joined(separator: " | ") + " |\n" }
                out += "\n"
            case .chart(let c):
                out += "| " + c.headers.map(e).joined(separator: " | ") + " |\n| --- | ---: |\n"
                for r in c.rows { out += "| " + r.map(e).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        return out
    }

    @Test func markdownIsTheSameAsEscapedJoinedAndAppended() {
        var rng = SplitMix64(seed: 5)
        let pieces = ["Läs", " ", "#tagg", "*", "_", "[", "]", "<", ">", "|", "\\", "`", "Å", "🙂", "\n", ""]
        func text() -> String { (0..<rng.int(6)).map { _ in rng.pick(pieces) }.joined() }
        for _ in 0..<300 {
            let blocks: [DocumentBlock] = (0..<rng.int(8)).map { _ in
                switch rng.int(7) {
                case 0: return .heading(1 + rng.int(3), text())
                case 1: return .paragraph(text())
                case 2: return .bullets((0..<rng.int(4)).map { _ in text() })
                case 3: return .list((0..<rng.int(4)).map { _ in .init(text(), level: rng.int(4)) })
                case 4: return .quotes((0..<rng.int(3)).map { _ in .init(text(), source: text()) })
                case 5: return .table([text(), text()], (0..<rng.int(3)).map { _ in [text(), text()] })
                default:
                    return .chart(
                        .init(
                            title: text(), headers: [text(), text()],
                            bars: (0..<rng.int(3)).map { _ in .init(name: text(), value: 1, text: text(), marked: false)
                            }))
                }
            }
            #expect(BlockRenderer.markdown(blocks) == Self.simpleMarkdown(blocks))
            #expect(BlockRenderer.markdownBytes(blocks) == Data(Self.simpleMarkdown(blocks).utf8))
        }
        // Nothing in a list or a list of bullets: a blank line, as before.
        #expect(BlockRenderer.markdown([.list([]), .bullets([])]) == "\n\n\n\n")
    }
}
