import Foundation
import TillitDomain

/// Reading school years' index files and checking every entry against its dialogue file. It
/// touches no open store, so the years the first screen does not show can be read on another
/// thread while that screen is already up; `Store.adopt` takes the result in.
public struct HistoryRequest: Sendable {
    let layout: StoreLayout
    /// The school years to read (newest first).
    let years: [Int]
    /// Summaries to start from instead of the years' files (the index of earlier versions).
    var seed: [Int: [DialogueSummary]]?
    /// Whether to look through the dialogue folder for files no index knows.
    let scan: Bool
    /// Dialogues the store already has (a scan does not read them again).
    let known: Set<String>

    /// Reads and checks. Each entry whose file changed is read again; a file that is gone drops
    /// out; a dialogue lands in the year its own school year names.
    public func read() -> HistoryBatch {
        var loader = StoreLoader(layout: layout)
        var byID: [String: DialogueSummary] = [:]
        // Files read already (a file that could not be read is tried once, and reported once).
        var tried: Set<String> = []
        var listed: [Int: [DialogueSummary]] = [:]
        var current: [Int: Bool] = [:]
        // Each year's index read and its entries checked against their files on every core; the
        // years then taken in order (the first year naming a dialogue keeps it, as before).
        let reads = ParallelMap.compactMap(years.count) { i in self.readYear(years[i]) }
        for (year, read) in zip(years, reads) {
            listed[year] = read.list
            current[year] = read.current
            for s in read.list where byID[s.id] == nil && read.present.contains(s.id) {
                if let kept = read.kept[s.id] {
                    byID[s.id] = kept
                } else if tried.insert(s.id).inserted, let fresh = loader.summary(of: s.id) {
                    byID[fresh.id] = fresh
                }
            }
        }
        if scan {
            // Files no index knows (all of them in a fresh clone): read on every core, in order.
            let ids = loader.dialogueFileIDs().filter { byID[$0] == nil && !known.contains($0) && !tried.contains($0) }
            let layout = layout
            let read = ParallelMap.compactMap(ids.count) { i -> (DialogueSummary?, [StoreProblem]) in
                var reader = StoreLoader(layout: layout)
                return (reader.summary(of: ids[i]), reader.problems)
            }
            for (fresh, problems) in read {
                if let fresh { byID[fresh.id] = fresh }
                loader.problems += problems
            }
        }
        var out = Dictionary(grouping: byID.values, by: \.schoolYear.startYear)
        for year in years where out[year] == nil { out[year] = [] }
        var changed: Set<Int> = []
        for (year, list) in out {
            let sorted = list.sorted(by: DialogueSummary.newestFirst)
            out[year] = sorted
            if seed != nil || sorted != (listed[year] ?? []) { changed.insert(year) }
        }
        return HistoryBatch(years: out, read: Set(years), changed: changed, problems: loader.problems, scanned: scan)
    }
}

/// What a `HistoryRequest` found.
public struct HistoryBatch: Sendable {
    /// Every year's checked summaries, newest first. A year not in `read` holds only dialogues
    /// that moved into it or that the scan found.
    var years: [Int: [DialogueSummary]]
    /// The years whose index was read in full.
    var read: Set<Int>
    /// The years whose index file no longer matches.
    var changed: Set<Int>
    var problems: [StoreProblem]
    var scanned: Bool

    /// The store's summaries together with these (the store's win), for work that follows on
    /// the same thread (the word lists).
    public func merged(into known: [DialogueSummary]) -> [DialogueSummary] {
        var ids = Set(known.map(\.id))
        return known + years.values.joined().filter { ids.insert($0.id).inserted }
    }

    /// Whether a file of a newer format was found (nothing may then be written).
    public var foundNewerFiles: Bool {
        problems.contains { if case .newerVersion = $0.kind { return true } else { return false } }
    }
}

extension HistoryRequest {
    /// One year's entries as its index has them, and which still stand.
    struct YearRead: Sendable {
        var list: [DialogueSummary] = []
        /// Whether the summaries were made the current way.
        var current = true
        /// Entries whose file is unchanged (or the same content under new times), with the
        /// file's fingerprint as it is now.
        var kept: [String: DialogueSummary] = [:]
        /// Entries whose file is there.
        var present: Set<String> = []
    }

    func readYear(_ year: Int) -> YearRead {
        var out = YearRead()
        if let seeded = seed?[year] {
            // An earlier version's single index is taken as it is (without reading every
            // dialogue; a summary is made again when its file changes).
            out.list = seeded
        } else {
            // An index is a cache: an unreadable one is rebuilt, not reported as lost data.
            var indexLoader = StoreLoader(layout: layout)
            let relative = StoreLayout.yearIndexFile(year)
            let doc =
                layout.exists(relative)
                ? indexLoader.read(YearIndexDocument.self, relative, checkUnknownFields: false) : nil
            // Summaries made another way are made again from their files.
            out.current = doc?.summaries == DialogueSummary.version
            out.list = doc?.dialogues ?? []
        }
        for s in out.list where !out.present.contains(s.id) {
            let path = layout.path(StoreLayout.dialogueFile(s.id))
            guard FileFingerprint.of(path) != nil else { continue }
            out.present.insert(s.id)
            // Unchanged, or the same content under new times (a copy, a clone): the summary
            // stands, with the file's fingerprint as it is now (the index is then written again).
            if out.current, let same = FileFingerprint.unchanged(path, since: s.fingerprint) {
                var kept = s
                kept.fingerprint = same
                out.kept[s.id] = kept
            }
        }
        return out
    }
}
