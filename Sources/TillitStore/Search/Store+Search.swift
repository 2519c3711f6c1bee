import Foundation
import TillitDomain

extension Store {
    /// Every readable dialogue, with its journal.
    public func allDialogues() -> [Dialogue] {
        loadEverything()
        return readDialogues(dialogues.map(\.id))
    }

    /// Reads many dialogues (with their journals) on every core, in the order given; unreadable
    /// ones are left out. For bulk reading that never writes back (reports, word lists).
    public func readDialogues(_ ids: [String]) -> [Dialogue] { Store.readDialogues(layout, ids) }

    /// Reads many dialogues a few hundred at a time and keeps of each only what `keep` makes of
    /// it, so that a whole school year never sits in memory in full.
    public func readDialogues(_ ids: [String], keeping keep: (Dialogue) -> Dialogue) -> [Dialogue] {
        Store.readDialogues(layout, ids, keeping: keep)
    }

    /// The same, touching no open store (for another thread).
    static func readDialogues(_ layout: StoreLayout, _ ids: [String], keeping keep: (Dialogue) -> Dialogue)
        -> [Dialogue]
    {
        var out: [Dialogue] = []
        out.reserveCapacity(ids.count)
        for start in stride(from: 0, to: ids.count, by: 256) {
            out += readDialogues(layout, Array(ids[start..<min(ids.count, start + 256)])).map(keep)
        }
        return out
    }

    static func readDialogues(_ layout: StoreLayout, _ ids: [String]) -> [Dialogue] {
        ParallelMap.compactMap(ids.count) { Store.readForBulk(layout, ids[$0]) }
    }

    /// One dialogue with its journal, without the unknown-field check (nothing is written back).
    static func readForBulk(_ layout: StoreLayout, _ id: String) -> Dialogue? {
        let relative = StoreLayout.dialogueFile(id)
        guard let bytes = try? layout.read(relative),
            case .success(let doc) = DocumentReader.decode(
                DialogueDocument.self, from: bytes, file: relative,
                checkUnknownFields: false)
        else { return nil }
        return DialogueChange.replay(JournalReader.read(layout, id).changes, over: doc.dialogue)
    }

    /// Searches every note, reading only the dialogues whose words can match, newest first, and
    /// stopping after `limit` hits. Returns the hits and whether more were left out.
    public func search(
        _ query: String, ignoreDiacritics: Bool = false, scope: NoteSearch.Scope = .init(), limit: Int = 500,
        subject: (Dialogue) -> String
    ) -> (hits: [NoteSearch.Hit], more: Bool) {
        searchSnapshot().search(query, ignoreDiacritics: ignoreDiacritics, scope: scope, limit: limit, subject: subject)
    }

    /// Dialogues that may hold every word of the query, newest first.
    public func searchCandidates(_ query: String, ignoreDiacritics: Bool) -> [DialogueSummary] {
        Array(searchSnapshot().candidates(query, ignoreDiacritics: ignoreDiacritics))
    }

    /// What a search needs, taken from the store (loading the whole history and the word lists
    /// if they are not in yet), so that the search itself can run on another thread.
    public func searchSnapshot() -> SearchSnapshot {
        let index = loadSearchTerms()
        return SearchSnapshot(layout: layout, dialogues: dialogues, index: index, pending: Set(pendingJournals()))
    }
}

/// A store's dialogues and word lists at one moment: searching it reads dialogue files but
/// touches no open store.
public struct SearchSnapshot: Sendable {
    let layout: StoreLayout
    /// Newest first.
    let dialogues: [DialogueSummary]
    let index: WordIndex
    /// Dialogues with changes in their journals (they always may match).
    let pending: Set<String>

    /// Dialogues that may hold every word of the query, newest first: a word of the query must
    /// stand inside one of the dialogue's words. Dialogues the word lists do not know, and those
    /// with changes in their journals, always may.
    public func candidates(_ query: String, ignoreDiacritics: Bool) -> LazyFilterSequence<[DialogueSummary]> {
        let words = query.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { NoteSearch.fold(String($0), ignoreDiacritics: ignoreDiacritics) }
        let holding = index.holding(words, ignoreDiacritics: ignoreDiacritics)
        let (index, pending) = (self.index, self.pending)
        return dialogues.lazy.filter { d in
            guard let holding, !pending.contains(d.id), let n = index.number(of: d.id) else { return true }
            return holding.contains(n)
        }
    }

    /// Searches every note of the candidates, newest first, stopping after `limit` hits.
    /// Returns the hits and whether more were left out.
    public func search(
        _ query: String, ignoreDiacritics: Bool = false, scope: NoteSearch.Scope = .init(), limit: Int = 500,
        subject: (Dialogue) -> String
    ) -> (hits: [NoteSearch.Hit], more: Bool) {
        var hits: [NoteSearch.Hit] = []
        for summary in candidates(query, ignoreDiacritics: ignoreDiacritics) where scope.admits(summary) {
            guard let d = Store.readForBulk(layout, summary.id) else { continue }
            hits += NoteSearch.search(
                query, in: [d], subject: subject, ignoreDiacritics: ignoreDiacritics, scope: scope)
            if hits.count >= limit { return (Array(hits.prefix(limit)), true) }
        }
        return (hits, false)
    }
}
