import Foundation
import TillitDomain

/// The words of each dialogue's notes, kept beside the store (`search/YEAR.words`, one file per
/// school year, see `SearchTermsFile`) so that a search decodes only the dialogues that can
/// match. Each entry remembers the fingerprint of the file it came from (a changed file is read
/// again) and what a search filters and orders by (date, school, area).
public struct SearchTermsDocument: VersionedDocument, Hashable, Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        public var fingerprint: FileFingerprint?
        public var terms: [String]
        public var date: LocalDate?
        public var schoolID: String?
        public var areaID: String?

        public init(
            fingerprint: FileFingerprint?, terms: [String], date: LocalDate? = nil, schoolID: String? = nil,
            areaID: String? = nil
        ) {
            self.fingerprint = fingerprint
            self.terms = terms
            self.date = date
            self.schoolID = schoolID
            self.areaID = areaID
        }

        /// The entry for a dialogue as it is now.
        init(_ d: Dialogue, fingerprint: FileFingerprint?) {
            self.init(
                fingerprint: fingerprint, terms: NoteSearch.terms(of: d), date: d.date, schoolID: d.schoolID,
                areaID: d.areaID)
        }
    }

    public var formatVersion: Int
    /// How the words were made (`NoteSearch.termsVersion`; absent: the first way, notes only).
    public var words: Int?
    public var dialogues: [String: Entry]

    public init(dialogues: [String: Entry]) {
        formatVersion = StoreFormat.version
        words = NoteSearch.termsVersion
        self.dialogues = dialogues
    }
}

/// The store's word lists as a search keeps them (`WordIndex`), loaded on the first search (or
/// prepared on another thread after opening) and kept up to date as dialogues are saved; the
/// changes not yet written to the lists on disk wait in `pending`.
final class SearchTermsCache {
    var index: WordIndex?
    var pending = WordListChanges()
    /// The store's `dialoguesVersion` when the lists were last checked against the dialogues.
    var checkedAt: Int?
}

/// Word lists brought up to date away from the store, on another thread (`Store.adopt`).
public struct PreparedSearchTerms: Sendable {
    var index: WordIndex
    /// What could not be written yet (the store was not to be written).
    var pending: WordListChanges
}

extension Store {
    static func shardFile(_ startYear: Int) -> String { SearchTermsFile.name(startYear) }

    /// Brings the word lists up to date with the dialogue files (reading only the changed ones)
    /// and, when the store may be written, saves the lists that changed.
    func loadSearchTerms() -> WordIndex {
        loadEverything()
        let cache = searchTerms
        var index = cache.index ?? WordIndex()
        // Checked once after each change of the dialogues, not for every keystroke of a search.
        if cache.index == nil || cache.checkedAt != dialoguesVersion {
            cache.index = nil  // not copied while it changes
            Self.refreshSearchTerms(layout, dialogues, index: &index, pending: &cache.pending)
            cache.checkedAt = dialoguesVersion
            cache.index = index
            saveSearchTerms()
        }
        return index
    }

    /// Reads the word lists of the dialogues' years that are not in `index` yet, and the words of
    /// every dialogue whose entry is missing or stale; what changed waits in `pending` to be
    /// written. Touches no open store, so it can run on another thread.
    static func refreshSearchTerms(
        _ layout: StoreLayout, _ dialogues: [DialogueSummary], index: inout WordIndex, pending: inout WordListChanges
    ) {
        // Each school year's list read on every core, a few at a time (a year's words are put in
        // the index and let go).
        let missing = Set(dialogues.map(\.schoolYear.startYear)).subtracting(index.years).sorted()
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: missing.count, by: cores) {
            let years = Array(missing[start..<min(missing.count, start + cores)])
            let read = ParallelMap.compactMap(years.count) { i -> SearchTermsDocument? in
                // Lists made another way (or damaged) are made again: they are a cache.
                (try? layout.read(shardFile(years[i]))).flatMap(SearchTermsFile.decode)
                    ?? SearchTermsDocument(dialogues: [:])
            }
            for (year, doc) in zip(years, read) {
                index.markRead(year)
                for (id, entry) in doc.dialogues {
                    // In two years' lists (its date moved): the one read first holds; the other
                    // line goes, and the dialogue's own year is seen to below.
                    if index.knows(id) {
                        pending.remove(id, from: year)
                    } else {
                        index.set(id, year: year, fingerprint: entry.fingerprint, words: entry.terms)
                    }
                }
            }
        }
        var stale: [DialogueSummary] = []
        for d in dialogues {
            let year = d.schoolYear.startYear
            guard let known = index.known[d.id] else {
                stale.append(d)
                continue
            }
            // A dialogue whose date moved to another school year leaves the old year's list.
            if known.year != year {
                index.remove(d.id)
                pending.remove(d.id, from: known.year)
                stale.append(d)
                continue
            }
            guard let fingerprint = d.fingerprint else {
                stale.append(d)
                continue
            }
            if fingerprint.matches(known.fingerprint) { continue }
            // Compared by content too: a copied or cloned store's word lists still hold, under the
            // file's fingerprint as it is now (so that a search can tell by a look at the file).
            if let a = fingerprint.contentHash, a == known.fingerprint?.contentHash {
                index.refingerprint(d.id, fingerprint)
                pending.refingerprint(d.id, fingerprint, in: year)
                continue
            }
            stale.append(d)
        }
        // Read on every core, a few hundred at a time (memory stays low); journals are not part
        // of the word lists (pending ones always match).
        // A file's fingerprint is taken before it is read (a change in between is then seen).
        let fingerprints = Dictionary(
            stale.map { ($0.id, $0.fingerprint ?? FileFingerprint.of(layout.path(StoreLayout.dialogueFile($0.id)))) },
            uniquingKeysWith: { a, _ in a })
        for start in stride(from: 0, to: stale.count, by: 512) {
            // Each dialogue read and its words made on every core; only the entries are kept.
            let ids = stale[start..<min(stale.count, start + 512)].map(\.id)
            let entries = ParallelMap.compactMap(ids.count) { i -> (Int, String, SearchTermsDocument.Entry)? in
                guard let full = Store.readForBulk(layout, ids[i]) else { return nil }
                return (full.schoolYear.startYear, full.id, .init(full, fingerprint: fingerprints[full.id] ?? nil))
            }
            for (year, id, entry) in entries {
                if let known = index.known[id], known.year != year { pending.remove(id, from: known.year) }
                index.set(id, year: year, fingerprint: entry.fingerprint, words: entry.terms)
                pending.set(id, entry, in: year)
            }
        }
    }

    /// The word lists of `dialogues`, up to date, for `adopt`; the lists that changed are written
    /// when `write` (they are a cache: written atomically, by readers too). For another thread,
    /// after the history is read.
    public static func prepareSearchTerms(_ layout: StoreLayout, dialogues: [DialogueSummary], write: Bool)
        -> PreparedSearchTerms
    {
        var index = WordIndex()
        var pending = WordListChanges()
        refreshSearchTerms(layout, dialogues, index: &index, pending: &pending)
        index.trim()
        if write { pending.write(layout) }
        return PreparedSearchTerms(index: index, pending: pending)
    }

    /// Whether the word lists are in memory (a search then needs no reading first).
    public var searchTermsLoaded: Bool { searchTerms.index != nil }

    /// Takes in word lists prepared on another thread, unless a search has loaded them meanwhile.
    /// Entries of dialogues saved since are stale by their fingerprints and read again when needed.
    public func adopt(_ prepared: PreparedSearchTerms) {
        guard searchTerms.index == nil else { return }
        searchTerms.index = prepared.index
        searchTerms.pending = prepared.pending
        searchTerms.checkedAt = nil  // dialogues saved since are checked at the first search
    }

    /// Writes the word lists that changed, when this store holds the lock (a cache of what the
    /// dialogue files hold, so they are written only by the one writer, never in a store of a
    /// newer format or one that could not be read).
    func saveSearchTerms() {
        guard mayWriteCaches else { return }
        searchTerms.pending.write(layout)
    }

    /// Whether caches beside the store (the word lists) may be written: only by the writer.
    public var mayWriteCaches: Bool { holdsLock && readOnlyReason == nil }

    /// For a command that only reads (`tillit search`): saves word lists it had to bring up to
    /// date, if no other process is writing the store (the lock is taken for that moment only).
    public func saveCachesIfFree(command: String) {
        guard !searchTerms.pending.isEmpty, !holdsLock, readOnlyReason == .openedForReading else { return }
        guard case .success(let lock) = StoreLock.acquire(layout.lock, command: command) else { return }
        defer { lock.release() }
        searchTerms.pending.write(layout)
    }

    /// Keeps the word lists right after a dialogue was written.
    func updateSearchTerms(_ d: Dialogue, fingerprint: FileFingerprint?) {
        let cache = searchTerms
        let year = d.schoolYear.startYear
        // Not loaded yet: checked by fingerprint later.
        guard var index = cache.index, index.years.contains(year) else { return }
        cache.index = nil  // not copied while it changes
        let entry = SearchTermsDocument.Entry(d, fingerprint: fingerprint)
        if let known = index.known[d.id], known.year != year { cache.pending.remove(d.id, from: known.year) }
        index.set(d.id, year: year, fingerprint: fingerprint, words: entry.terms)
        cache.pending.set(d.id, entry, in: year)
        cache.index = index
    }
}
