import Foundation
import TillitDomain

extension Store {
    /// `tillit search` from the word lists alone, the way grep reads files: each school year's
    /// list is looked through as bytes for the query's words (no JSON, no index of the history),
    /// the dialogue files are only looked at (size, time, inode) to know that the lists are up to
    /// date, and only the dialogues that can match are read, newest first, until `limit` hits.
    /// The same hits, in the same order, as `search`. Nil when the lists cannot answer alone (one
    /// missing or out of date, a journal waiting, diacritics ignored): then search the usual way,
    /// which brings the lists up to date for the next time.
    public func quickSearch(
        _ query: String, ignoreDiacritics: Bool = false, scope: NoteSearch.Scope = .init(), limit: Int = 500,
        subject: (Dialogue) -> String
    ) -> (hits: [NoteSearch.Hit], more: Bool)? {
        guard !ignoreDiacritics else { return nil }
        let years = DurableFile.names(in: layout.path(StoreLayout.searchFolder))
            .filter { $0.hasSuffix(".words") && !$0.hasPrefix(".") }.compactMap { Int($0.dropLast(6)) }
        let layout = self.layout
        let lists = ParallelMap.compactMap(years.count) { i in WordList(layout, year: years[i]) }
        guard lists.count == years.count else { return nil }
        // Every dialogue file has its line, with the fingerprint it has now.
        let ids = DurableFile.stems(in: layout.path(StoreLayout.dialoguesFolder), ending: ".json")
        var place: [String: (list: Int, line: Int)] = [:]
        place.reserveCapacity(ids.count)
        for (l, list) in lists.enumerated() {
            for (n, line) in list.lines.enumerated() {
                // A dialogue in two years' lists (its date moved): which holds is for the usual way.
                guard place.updateValue((l, n), forKey: line.id) == nil else { return nil }
            }
        }
        let lines = place
        let folder = Glibc.open(layout.path(StoreLayout.dialoguesFolder), O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
        guard folder >= 0 else { return nil }
        defer { Glibc.close(folder) }
        let known = ParallelMap.compactMap(ids.count) { i -> (list: Int, line: Int)? in
            guard let at = lines[ids[i]], let now = FileFingerprint.of(ids[i] + ".json", inFolder: folder) else {
                return nil
            }
            return now.matches(lists[at.list].lines[at.line].fingerprint) ? at : nil
        }
        guard known.count == ids.count else { return nil }
        // The lines of dialogues whose files are there (a line of a file since removed is not).
        var present = lists.map { Array(repeating: false, count: $0.lines.count) }
        for at in known { present[at.list][at.line] = true }
        // A dialogue with changes in its journal is searched as it is with them (a journal
        // without its dialogue file changes nothing here).
        guard !pendingJournals().contains(where: { id in lines[id].map { present[$0.list][$0.line] } ?? false }) else {
            return nil
        }
        // The dialogues that hold every word of the query inside one of their words.
        let words = query.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { Array(String($0).precomposedStringWithCanonicalMapping.utf8) }
        // Numbers into the lists, newest first (a line's id looked at only between equal dates).
        // The date as its day number, which sorts as the date does.
        var found: [(list: Int32, line: Int32, day: Int32)] = []
        for (l, list) in lists.enumerated() {
            let matching = list.linesHolding(words) ?? Array(list.lines.indices)
            for n in matching where present[l][n] && scope.admits(list.lines[n]) {
                found.append((Int32(l), Int32(n), Int32(list.lines[n].date.dayNumber)))
            }
        }
        found.sort { a, b in
            a.day != b.day
                ? a.day > b.day
                : lists[Int(a.list)].lines[Int(a.line)].id > lists[Int(b.list)].lines[Int(b.line)].id
        }
        let candidates = found.map { lists[Int($0.list)].lines[Int($0.line)] }
        var hits: [NoteSearch.Hit] = []
        // Read and searched a few at a time on every core, taken in order (the subject, which
        // names the school, is put in here).
        let batch = 16
        for start in stride(from: 0, to: candidates.count, by: batch) {
            let part = Array(candidates[start..<min(candidates.count, start + batch)])
            let found = ParallelMap.compactMap(part.count) { i -> (Dialogue, [NoteSearch.Hit])? in
                guard let d = Store.readForBulk(layout, part[i].id) else { return nil }
                return (d, NoteSearch.search(query, in: [d], subject: { _ in "" }, scope: scope))
            }
            for (d, some) in found where !some.isEmpty {
                let name = subject(d)
                hits += some.map { h in
                    var h = h
                    h.subject = name
                    return h
                }
                if hits.count >= limit { return (Array(hits.prefix(limit)), true) }
            }
        }
        return (hits, false)
    }
}

/// One school year's word list as bytes, with where each dialogue's line and words are.
struct WordList {
    struct Line {
        var id: String
        var date: LocalDate
        var schoolYear: SchoolYear
        var schoolID: String?
        var areaID: String?
        var fingerprint: FileFingerprint
        /// Where its words are in the file's bytes.
        var words: Range<Int>
    }

    let bytes: [UInt8]
    let lines: [Line]

    init?(_ layout: StoreLayout, year: Int) {
        guard let bytes = try? layout.read(SearchTermsFile.name(year)) else { return nil }
        var lines: [Line] = []
        let complete = SearchTermsFile.lines(bytes) { fields in
            // The words are not split up: they are looked through as bytes.
            guard let (id, entry) = SearchTermsFile.entry(fields, wordsToo: false) else { return false }
            // A line that cannot say whether it is up to date is as good as none.
            guard let date = entry.date, let fingerprint = entry.fingerprint else { return true }
            lines.append(
                Line(
                    id: id, date: date, schoolYear: SchoolYear(startYear: year), schoolID: entry.schoolID,
                    areaID: entry.areaID, fingerprint: fingerprint, words: fields[8].startIndex..<fields[8].endIndex))
            return true
        }
        guard complete else { return nil }
        self.bytes = bytes
        self.lines = lines
    }

    /// The lines whose words hold every one of `words` (UTF-8, composed) inside one of them, in
    /// order; nil for no words at all (every line).
    func linesHolding(_ words: [[UInt8]]) -> [Int]? {
        guard !words.isEmpty else { return nil }
        // How many of the words each line holds.
        var holds = [Int32](repeating: 0, count: lines.count)
        for (k, word) in words.enumerated() {
            bytes.withUnsafeBufferPointer { all in
                word.withUnsafeBufferPointer { w in
                    guard let base = all.baseAddress, let wBase = w.baseAddress, !w.isEmpty else { return }
                    var from = 0
                    // glibc's memmem looks for the whole word at once (a first letter such as
                    // "l" stands everywhere).
                    while from + w.count <= all.count,
                        let hit = glibcMemmem(base + from, all.count - from, wBase, w.count)
                    {
                        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        from = at + 1
                        // The line it stands on, if it stands among that line's words; one hit
                        // is enough for a line, so the rest of it is skipped.
                        if let n = line(containing: at), lines[n].words.contains(at) {
                            if holds[n] == k { holds[n] = Int32(k + 1) }
                            from = lines[n].words.upperBound
                        }
                    }
                }
            }
        }
        return holds.indices.filter { Int(holds[$0]) == words.count }
    }

    private func line(containing offset: Int) -> Int? {
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].words.upperBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < lines.count ? low : nil
    }
}

extension NoteSearch.Scope {
    func admits(_ line: WordList.Line) -> Bool {
        (schoolID == nil || line.schoolID == schoolID) && (areaID == nil || line.areaID == areaID)
            && (year == nil || line.schoolYear == year)
    }
}

/// glibc's `memmem` (a GNU extension the Glibc module leaves out).
@_silgen_name("memmem")
private func glibcMemmem(
    _ haystack: UnsafeRawPointer, _ haystackLength: Int, _ needle: UnsafeRawPointer, _ needleLength: Int
) -> UnsafeMutableRawPointer?
