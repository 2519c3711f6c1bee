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

/// The store's word lists, loaded on the first search (or prepared on another thread after
/// opening) and kept up to date as dialogues are saved.
final class SearchTermsCache {
    var shards: [Int: SearchTermsDocument] = [:]
    var dirty: Set<Int> = []
    /// The store's `dialoguesVersion` when the lists were last checked against the dialogues.
    var checkedAt: Int?
    /// Every distinct word and the dialogues it stands in (built from the shards when needed).
    var inverted: WordIndex? {
        didSet { known = nil }
    }
    /// The dialogues the word lists know (built with the inverted index).
    private var known: Set<String>?

    func knownIDs() -> Set<String> {
        if let known { return known }
        let ids = Set(shards.values.flatMap(\.dialogues.keys))
        known = ids
        return ids
    }

    func invertedIndex() -> WordIndex {
        if let inverted { return inverted }
        let map = Self.invert(shards)
        inverted = map
        return map
    }

    static func invert(_ shards: [Int: SearchTermsDocument]) -> WordIndex { WordIndex(shards) }
}

/// Word lists brought up to date away from the store, on another thread (`Store.adopt`).
public struct PreparedSearchTerms: Sendable {
    var shards: [Int: SearchTermsDocument]
    var inverted: WordIndex
}

extension Store {
    static func shardFile(_ startYear: Int) -> String { SearchTermsFile.name(startYear) }

    /// Brings the word lists up to date with the dialogue files (reading only the changed ones)
    /// and, when the store may be written, saves the lists that changed.
    func loadSearchTerms() -> SearchTermsCache {
        loadEverything()
        let cache = searchTerms
        // Checked once after each change of the dialogues, not for every keystroke of a search.
        if cache.checkedAt != dialoguesVersion {
            if Self.refreshSearchTerms(layout, dialogues, shards: &cache.shards, dirty: &cache.dirty) {
                cache.inverted = nil
            }
            cache.checkedAt = dialoguesVersion
            saveSearchTerms()
        }
        return cache
    }

    /// Reads the word lists of the dialogues' years that are not in `shards` yet, and the words of
    /// every dialogue whose entry is missing or stale. Returns whether any entry changed. Touches
    /// no open store, so it can run on another thread.
    static func refreshSearchTerms(
        _ layout: StoreLayout, _ dialogues: [DialogueSummary],
        shards: inout [Int: SearchTermsDocument], dirty: inout Set<Int>
    ) -> Bool {
        // Each school year's list read on every core.
        let missing = Set(dialogues.map(\.schoolYear.startYear)).filter { shards[$0] == nil }.sorted()
        let read = ParallelMap.compactMap(missing.count) { i -> SearchTermsDocument? in
            // Lists made another way (or damaged) are made again: they are a cache.
            (try? layout.read(shardFile(missing[i]))).flatMap(SearchTermsFile.decode)
                ?? SearchTermsDocument(dialogues: [:])
        }
        for (year, doc) in zip(missing, read) { shards[year] = doc }
        var stale: [DialogueSummary] = []
        for d in dialogues {
            let year = d.schoolYear.startYear
            // A dialogue whose date moved to another school year leaves the old year's list.
            for other in shards.keys where other != year && shards[other]?.dialogues[d.id] != nil {
                shards[other]?.dialogues[d.id] = nil
                dirty.insert(other)
            }
            guard let entry = shards[year]?.dialogues[d.id], let fingerprint = d.fingerprint else {
                stale.append(d)
                continue
            }
            if fingerprint.matches(entry.fingerprint) { continue }
            // Compared by content too: a copied or cloned store's word lists still hold, under the
            // file's fingerprint as it is now (so that a search can tell by a look at the file).
            if let a = fingerprint.contentHash, a == entry.fingerprint?.contentHash {
                shards[year]?.dialogues[d.id]?.fingerprint = fingerprint
                dirty.insert(year)
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
                shards[year, default: SearchTermsDocument(dialogues: [:])].dialogues[id] = entry
                dirty.insert(year)
            }
        }
        return !stale.isEmpty
    }

    /// The word lists of `dialogues`, up to date and with their inverted index, for `adopt`;
    /// the lists that changed are written when `write` (they are a cache: written atomically,
    /// by readers too). For another thread, after the history is read.
    public static func prepareSearchTerms(_ layout: StoreLayout, dialogues: [DialogueSummary], write: Bool)
        -> PreparedSearchTerms
    {
        var shards: [Int: SearchTermsDocument] = [:]
        var dirty: Set<Int> = []
        _ = refreshSearchTerms(layout, dialogues, shards: &shards, dirty: &dirty)
        if write { writeSearchTerms(layout, shards, years: dirty) }
        return PreparedSearchTerms(shards: shards, inverted: SearchTermsCache.invert(shards))
    }

    /// Whether the word lists are in memory (a search then needs no reading first).
    public var searchTermsLoaded: Bool { !searchTerms.shards.isEmpty }

    /// Takes in word lists prepared on another thread, unless a search has loaded them meanwhile.
    /// Entries of dialogues saved since are stale by their fingerprints and read again when needed.
    public func adopt(_ prepared: PreparedSearchTerms) {
        guard searchTerms.shards.isEmpty else { return }
        searchTerms.shards = prepared.shards
        searchTerms.inverted = prepared.inverted
        searchTerms.dirty = []
        searchTerms.checkedAt = nil  // dialogues saved since are checked at the first search
    }

    /// Writes the word lists that changed, when this store holds the lock (a cache of what the
    /// dialogue files hold, so they are written only by the one writer, never in a store of a
    /// newer format or one that could not be read).
    func saveSearchTerms() {
        guard mayWriteCaches else { return }
        Self.writeSearchTerms(layout, searchTerms.shards, years: searchTerms.dirty)
        searchTerms.dirty = []
    }

    /// Whether caches beside the store (the word lists) may be written: only by the writer.
    public var mayWriteCaches: Bool { holdsLock && readOnlyReason == nil }

    /// For a command that only reads (`tillit search`): saves word lists it had to bring up to
    /// date, if no other process is writing the store (the lock is taken for that moment only).
    public func saveCachesIfFree(command: String) {
        guard !searchTerms.dirty.isEmpty, !holdsLock, readOnlyReason == .openedForReading else { return }
        guard case .success(let lock) = StoreLock.acquire(layout.lock, command: command) else { return }
        defer { lock.release() }
        Self.writeSearchTerms(layout, searchTerms.shards, years: searchTerms.dirty)
        searchTerms.dirty = []
    }

    static func writeSearchTerms(_ layout: StoreLayout, _ shards: [Int: SearchTermsDocument], years: Set<Int>) {
        if years.isEmpty { return }
        try? DurableFile.makeFolder(layout.path(StoreLayout.searchFolder))
        for year in years.sorted() {
            guard let doc = shards[year] else { continue }
            try? DurableFile.replace(layout.path(shardFile(year)), with: SearchTermsFile.encode(doc))
            // The list of an earlier version, in JSON, goes once this one is written.
            unlink(layout.path("\(StoreLayout.searchFolder)/\(year).json"))
        }
    }

    /// Keeps the word lists right after a dialogue was written.
    func updateSearchTerms(_ d: Dialogue, fingerprint: FileFingerprint?) {
        let cache = searchTerms
        let year = d.schoolYear.startYear
        guard cache.shards[year] != nil else { return }  // not loaded yet: checked by fingerprint later
        cache.shards[year]?.dialogues[d.id] = .init(d, fingerprint: fingerprint)
        cache.dirty.insert(year)
        cache.inverted = nil
    }
}
