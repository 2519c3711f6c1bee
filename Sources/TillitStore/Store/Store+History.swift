import Foundation
import TillitDomain

/// The dialogue index, one file per school year (`index/YEAR.json`) and an overview of them all
/// (`index/overview.json`), so that opening reads only what the first screen shows.
extension Store {
    /// Whether every dialogue is in `dialogues`.
    public var isComplete: Bool { scanned && overview.keys.allSatisfy(loadedYears.contains) }

    /// Per-school figures of the school years not read yet (from the overview), to be merged
    /// with those of `dialogues`.
    public var unloadedStats: [String: SchoolStats] {
        var parts: [[String: SchoolStats]] = []
        if let earlierStats, overview.keys.contains(where: { $0 < earlierStats.before && !loadedYears.contains($0) }) {
            parts.append(earlierStats.schools)
        }
        for (year, stats) in recentStats.sorted(by: { $0.key < $1.key })
        where overview[year] != nil && !loadedYears.contains(year) {
            parts.append(stats)
        }
        return SchoolStats.merge(parts)
    }

    /// The years whose figures are only known together (all read at once, or none).
    var earlierYears: Set<Int> {
        guard let cut = earlierStats?.before else { return [] }
        return Set(overview.keys.filter { $0 < cut })
    }

    /// The years to read for `years`: with all the earlier years if any of them is one.
    func withEarlierYears(_ years: Set<Int>) -> Set<Int> {
        guard let cut = earlierStats?.before, years.contains(where: { $0 < cut }) else { return years }
        return years.union(earlierYears)
    }

    /// How many dialogues the store holds in all, read or not.
    public var dialogueCount: Int {
        dialogues.count + overview.filter { !loadedYears.contains($0.key) }.reduce(0) { $0 + $1.value.dialogues }
    }

    /// Reads the index when the store is opened.
    func loadIndex(_ scope: Scope) {
        var indexLoader = StoreLoader(layout: layout)
        let files = indexLoader.yearIndexFiles()
        let doc =
            layout.exists(StoreLayout.overviewFile)
            ? indexLoader.read(IndexOverviewDocument.self, StoreLayout.overviewFile, checkUnknownFields: false) : nil
        guard let doc, doc.summaries == DialogueSummary.version, doc.years.allSatisfy({ files[$0.schoolYear] != nil })
        else {
            // No overview (a new store, or one from an earlier version) or a year's file is gone:
            // build the index from the old single index, the year files left and the dialogues.
            var legacy: IndexDocument?
            if layout.exists(StoreLayout.legacyIndexFile) {
                legacy = indexLoader.read(IndexDocument.self, StoreLayout.legacyIndexFile, checkUnknownFields: false)
            }
            let seed = legacy.map { Dictionary(grouping: $0.dialogues, by: \.schoolYear.startYear) }
            let years = Set(files.keys).union(seed?.keys ?? [:].keys)
            adopt(
                HistoryRequest(layout: layout, years: years.sorted(by: >), seed: seed, scan: true, known: []).read(),
                rewriteAll: true)
            // The old index goes once the new one is written (a cache either way).
            if legacy != nil, readOnlyReason == nil, layout.exists(StoreLayout.overviewFile) {
                unlink(layout.path(StoreLayout.legacyIndexFile))
            }
            return
        }
        for year in doc.years { overview[year.schoolYear] = year }
        for year in doc.recent { recentStats[year.schoolYear] = year.schools }
        earlierStats = doc.earlier
        // A year whose file changed since the overview was written is read now (the same content
        // under a new time, as in a copy or a clone, is not a change).
        let stale = files.keys.filter { year in
            FileFingerprint.unchanged(layout.path(StoreLayout.yearIndexFile(year)), since: overview[year]?.index) == nil
        }
        var wanted = Set(stale)
        switch scope {
        case .everything:
            wanted.formUnion(overview.keys)
        case .firstScreen(let today):
            wanted.insert(SchoolYear(containing: today, startMonth: wheel.schoolYearStartMonth).startYear)
        case .settings:
            break  // the index is not read at all (see `Store.init`)
        }
        // A recent year without figures of its own is read too.
        wanted.formUnion(overview.keys.filter { $0 >= (earlierStats?.before ?? Int.min) && recentStats[$0] == nil })
        wanted = withEarlierYears(wanted)
        let scan: Bool
        if case .everything = scope { scan = true } else { scan = false }
        adopt(HistoryRequest(layout: layout, years: wanted.sorted(by: >), seed: nil, scan: scan, known: []).read())
    }

    /// The rest of the history, to read on another thread and `adopt`; nil when all is read.
    public func remainingHistory() -> HistoryRequest? {
        if isComplete { return nil }
        let years = overview.keys.filter { !loadedYears.contains($0) }.sorted(by: >)
        return HistoryRequest(layout: layout, years: years, seed: nil, scan: true, known: Set(dialogues.map(\.id)))
    }

    /// Reads every school year not read yet (commands that need all dialogues call this).
    public func loadEverything() {
        if historyLeftOut {
            historyLeftOut = false
            loadIndex(.everything)
            return
        }
        if let request = remainingHistory() { adopt(request.read()) }
    }

    /// Reads the given school years if they are not read yet.
    public func ensureYears(_ years: Set<Int>) {
        let missing = withEarlierYears(years.subtracting(loadedYears)).subtracting(loadedYears)
        if missing.isEmpty { return }
        adopt(HistoryRequest(layout: layout, years: missing.sorted(by: >), seed: nil, scan: false, known: []).read())
    }

    /// Takes in what a `HistoryRequest` read. What the store already holds wins (it may have been
    /// saved since the request was made); years that changed get their index files rewritten.
    public func adopt(_ batch: HistoryBatch, rewriteAll: Bool = false) {
        var knownProblems = Set(problems.map(\.file))
        problems += batch.problems.filter { knownProblems.insert($0.file).inserted }
        noteNewerFiles()
        var have = Set(dialogues.map(\.id))
        var touched = rewriteAll ? Set(batch.years.keys) : batch.changed
        // A dialogue that moved into a year not read yet: read that year first.
        let partial = Set(batch.years.keys).subtracting(batch.read).subtracting(loadedYears)
        for year in partial where !(batch.years[year] ?? []).isEmpty {
            ensureYears([year])
            have = Set(dialogues.map(\.id))
        }
        // Room for all at once (grown a year at a time, the list kept up to twice its size).
        dialogues.reserveCapacity(dialogues.count + batch.years.values.reduce(0) { $0 + $1.count })
        // Equal tag lists are kept once: a store has few tags and most dialogues carry the same
        // ones (a list of twelve tags is some 400 bytes in every summary otherwise).
        var tagLists = Set(dialogues.map(\.tags))
        for (year, list) in batch.years {
            var fresh = list.filter { !have.contains($0.id) }
            for i in fresh.indices { fresh[i].tags = tagLists.insert(fresh[i].tags).memberAfterInsert }
            if fresh.count != list.count, !loadedYears.contains(year) { touched.insert(year) }
            if loadedYears.contains(year), !fresh.isEmpty { touched.insert(year) }
            dialogues += fresh
            have.formUnion(fresh.map(\.id))
            if batch.read.contains(year) { loadedYears.insert(year) }
        }
        if batch.scanned { scanned = true }
        dialogues.sort(by: DialogueSummary.newestFirst)
        try? writeIndex(touched.intersection(loadedYears))
    }

    /// Rewrites the index files of the given years and the overview. Only a writer writes them;
    /// a reader keeps what it found in memory.
    func writeIndex(_ years: Set<Int>) throws(StoreError) {
        if years.isEmpty { return }
        let writable = readOnlyReason == nil
        if writable {
            do throws(FileError) { try DurableFile.makeFolder(layout.path(StoreLayout.indexFolder)) } catch {
                throw .file(error)
            }
        }
        let byYear = Dictionary(grouping: dialogues, by: \.schoolYear.startYear)
        for year in years.sorted() {
            let list = byYear[year] ?? []
            let relative = StoreLayout.yearIndexFile(year)
            if list.isEmpty {
                if writable { unlink(layout.path(relative)) }
                overview[year] = nil
                continue
            }
            var fingerprint: FileFingerprint?
            if writable {
                let data = try writeFile(YearIndexDocument(schoolYear: year, dialogues: list), to: relative)
                fingerprint = FileFingerprint.of(layout.path(relative), hashing: true, content: data)
            }
            overview[year] = IndexOverviewDocument.Year(schoolYear: year, index: fingerprint, summaries: list)
        }
        refigure(byYear)
        if writable {
            let doc = IndexOverviewDocument(
                years: overview.values.sorted { $0.schoolYear < $1.schoolYear },
                recent: recentStats.sorted { $0.key < $1.key }.map { .init(schoolYear: $0.key, schools: $0.value) },
                earlier: earlierStats)
            try writeFile(doc, to: StoreLayout.overviewFile)
        }
    }

    /// Works out the figures again: per year for the newest years, together for the rest.
    /// A year read is figured from its summaries; one not read keeps the figures it had.
    private func refigure(_ byYear: [Int: [DialogueSummary]]) {
        let all = overview.keys.sorted()
        guard let newest = all.last else {
            recentStats = [:]
            earlierStats = nil
            return
        }
        func part(_ year: Int) -> [String: SchoolStats] {
            loadedYears.contains(year) ? SchoolStats.compute(byYear[year] ?? []) : recentStats[year] ?? [:]
        }
        let oldCut = earlierStats?.before ?? Int.min
        let earlierRead = all.filter { $0 < oldCut }.allSatisfy(loadedYears.contains)
        let cut =
            earlierRead
            ? newest - IndexOverviewDocument.recentYears + 1
            : max(oldCut, newest - IndexOverviewDocument.recentYears + 1)
        let parts =
            earlierRead
            ? all.filter { $0 < cut }.map(part)
            : [earlierStats?.schools ?? [:]] + all.filter { $0 >= oldCut && $0 < cut }.map(part)
        earlierStats = all.contains { $0 < cut } ? .init(before: cut, schools: SchoolStats.merge(parts)) : nil
        recentStats = Dictionary(uniqueKeysWithValues: all.filter { $0 >= cut }.map { ($0, part($0)) })
    }

    /// A file of a newer format makes the whole store read-only.
    func noteNewerFiles() {
        for p in problems {
            if case .newerVersion(let found, let supported) = p.kind,
                readOnlyReason == nil || readOnlyReason == .openedForReading
            {
                readOnlyReason = .newerVersion(file: p.file, found: found, supported: supported)
            }
        }
    }
}
