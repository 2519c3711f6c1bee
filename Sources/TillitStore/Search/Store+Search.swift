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
        var out: [Dialogue] = []
        out.reserveCapacity(ids.count)
        for start in stride(from: 0, to: ids.count, by: 256) {
            out += Store.readDialogues(layout, Array(ids[start..<min(ids.count, start + 256)])).map(keep)
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
        let cache = loadSearchTerms()
        let index = cache.invertedIndex()
        return SearchSnapshot(
            layout: layout, dialogues: dialogues, inverted: index, shards: cache.shards,
            known: cache.knownIDs(), pending: Set(pendingJournals()))
    }
}

/// A store's dialogues and word lists at one moment: searching it reads dialogue files but
/// touches no open store.
public struct SearchSnapshot: Sendable {
    let layout: StoreLayout
    /// Newest first.
    let dialogues: [DialogueSummary]
    let inverted: WordIndex
    /// The word lists by school year: each dialogue's words.
    let shards: [Int: SearchTermsDocument]
    /// The dialogues the word lists know (others always may match).
    let known: Set<String>
    /// Dialogues with changes in their journals (they always may match).
    let pending: Set<String>

    /// Dialogues that may hold every word of the query, newest first: a word of the query must
    /// stand inside one of the dialogue's words.
    public func candidates(_ query: String, ignoreDiacritics: Bool) -> LazyFilterSequence<[DialogueSummary]> {
        let words = query.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { NoteSearch.fold(String($0), ignoreDiacritics: ignoreDiacritics) }
        guard !words.isEmpty else { return dialogues.lazy.filter { _ in true } }
        // The distinct words of the store that hold each word of the query.
        var matching: [Set<String>] = []
        var postings = 0
        for w in words {
            var terms: Set<String> = []
            for (term, dialogueIDs) in inverted.postings {
                let t = ignoreDiacritics ? NoteSearch.fold(term, ignoreDiacritics: true) : Array(term)
                if NoteSearch.firstMatch(w, in: t) != nil {
                    terms.insert(term)
                    postings += dialogueIDs.count
                }
            }
            matching.append(terms)
        }
        let pending = self.pending
        let known = self.known
        if postings <= dialogues.count {
            // Few dialogues can match (a rare word): gather them from the inverted index.
            var allowed: Set<String>?
            for terms in matching {
                var ids: Set<String> = []
                for term in terms { ids.formUnion(inverted[term] ?? []) }
                allowed = allowed.map { $0.intersection(ids) } ?? ids
            }
            return dialogues.lazy.filter { d in
                pending.contains(d.id) || !known.contains(d.id) || (allowed?.contains(d.id) ?? true)
            }
        }
        // Many can (a common word, the first letters typed): check each dialogue's own words,
        // newest first, only as far as the search reads.
        let shards = self.shards
        return dialogues.lazy.filter { d in
            if pending.contains(d.id) || !known.contains(d.id) { return true }
            guard let own = shards[d.schoolYear.startYear]?.dialogues[d.id]?.terms else { return true }
            return matching.allSatisfy { terms in own.contains(where: terms.contains) }
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
