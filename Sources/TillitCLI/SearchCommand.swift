import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit search QUERY [--school S] [--area A] [--year Y] [--section S] [--tag T] [--json]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: """
            Search every dialogue: notes with their speakers and tags (#tag), participants, actions, owners \
            and follow-up comments.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "What to look for (case does not matter; å, ä and ö count as their own letters).") var query: String
    @Flag(name: .long, help: "Let a, o and e also find å, ä, ö, é...") var ignoreDiacritics = false
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Option(name: .long, help: "At most this many notes, newest first (default 500).") var limit: Int = 500
    @Option(name: .long, help: "Only this school's dialogues (name or id).") var school: String?
    @Option(name: .long, help: "Only this education area's dialogues (name or id).") var area: String?
    @Option(name: .long, help: "Only this school year, e.g. 2025/26.") var year: String?
    @Option(name: .long, help: "Only this section: strengths, results, analysis, needs, forward, feedback.")
    var section: String?
    @Option(name: .long, help: "Only what carries this tag (however it was typed).") var tag: String?

    func run() throws {
        let ctx = try CLIContext(global)
        guard limit >= 1 else { throw ctx.fail(ctx.t(.limitTooSmall, ["value": String(limit)]), code: 2) }
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw ctx.fail(ctx.t(.searchEmpty), code: 2) }
        // The word lists answer alone when they are up to date; else the whole history is read
        // (and the lists brought up to date for the next search).
        var store = try ctx.open(.read, quiet: true, scope: .settings)
        let scope = try scope(ctx, store)
        let subject = { (d: Dialogue) in store.schools.subject(of: DialogueSummary(d, fingerprint: nil)) }
        var found = store.quickSearch(
            query, ignoreDiacritics: ignoreDiacritics, scope: scope, limit: limit, subject: subject)
        if found == nil {
            store = try ctx.open(.read)
            found = store.search(
                query, ignoreDiacritics: ignoreDiacritics, scope: scope, limit: limit, subject: subject)
        } else if !store.problems.isEmpty {
            ctx.warn(ctx.t(.overviewProblems, ["count": String(store.problems.count)]))
        }
        let (hits, more) = found!
        store.saveCachesIfFree(command: "tillit search")
        if json {
            try ctx.printJSON(hits)
            return
        }
        let t = ctx.t
        if hits.isEmpty {
            print(t(.noMatches, ["query": query]))
            return
        }
        for h in hits {
            let chars = Array(h.snippet)
            let marked =
                String(chars[..<h.matchStart]) + "«" + String(chars[h.matchStart..<(h.matchStart + h.matchLength)])
                + "»"
                + String(chars[(h.matchStart + h.matchLength)...])
            print("\(h.date.iso)  \(h.dialogueID.prefix(8))  \(h.subject) · \(h.placeName(t))")
            print("    \(marked)")
        }
        print(t(.matchCount, ["count": String(hits.count)]))
        if more { print(t(.moreMatches, ["limit": String(limit)])) }
    }

    /// The filters, each checked: a name that matches nothing is an error, not an empty answer.
    func scope(_ ctx: CLIContext, _ store: Store) throws -> NoteSearch.Scope {
        let t = ctx.t
        var scope = NoteSearch.Scope(tag: tag)
        if let school { scope.schoolID = try ctx.school(school, in: store).id }
        if let area {
            guard let a = store.schools.areas.named(area) else { throw ctx.fail(t(.badArea, ["value": area])) }
            scope.areaID = a.id
        }
        if let year {
            guard let y = SchoolYear(text: year) else { throw ctx.fail(t(.badSchoolYear, ["value": year])) }
            scope.year = y
        }
        if let section {
            let wanted = section.lowercased()
            guard
                let s = SectionKind.allCases.first(where: { s in
                    [s.rawValue, t.sectionShort(s), t.section(s)].contains { $0.lowercased() == wanted }
                })
            else {
                let names = SectionKind.allCases.map { "\($0.rawValue) (\(t.sectionShort($0).lowercased()))" }
                    .joined(separator: ", ")
                throw ctx.fail(t(.badSection, ["value": section, "sections": names]))
            }
            scope.section = s
        }
        return scope
    }
}
