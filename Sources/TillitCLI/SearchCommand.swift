import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit search QUERY [--json] [--ignore-diacritics]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search the text of every note of every dialogue.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "What to look for (case does not matter; å, ä and ö count as their own letters).") var query: String
    @Flag(name: .long, help: "Let a, o and e also find å, ä, ö, é...") var ignoreDiacritics = false
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Option(name: .long, help: "At most this many notes, newest first (default 500).") var limit: Int = 500

    func run() throws {
        let ctx = try CLIContext(global)
        guard limit >= 1 else { throw ctx.fail(ctx.t(.limitTooSmall, ["value": String(limit)]), code: 2) }
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw ctx.fail(ctx.t(.searchEmpty), code: 2) }
        let store = try ctx.open(.read)
        let naming = DialogueNaming(store: store)
        let (hits, more) = store.search(
            query, ignoreDiacritics: ignoreDiacritics, limit: limit,
            subject: { naming.subject(DialogueSummary($0, fingerprint: nil)) })
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
            print("\(h.date.iso)  \(h.dialogueID.prefix(8))  \(h.subject) · \(t.sectionShort(h.section))")
            print("    \(marked)")
        }
        print(t(.matchCount, ["count": String(hits.count)]))
        if more { print(t(.moreMatches, ["limit": String(limit)])) }
    }
}
