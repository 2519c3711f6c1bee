import Foundation
import TillitDomain

/// Changes to the word lists on disk that are not written yet, by school year: a dialogue's new
/// entry, a new fingerprint for the same words (a copied store), or its line gone. Writing a
/// year reads its list from disk and puts the changes in, so the words of every dialogue need not
/// stay in memory to write one.
struct WordListChanges: Sendable {
    enum Change: Sendable {
        case entry(SearchTermsDocument.Entry)
        case fingerprint(FileFingerprint)
        case removed
    }

    private var years: [Int: [String: Change]] = [:]

    var isEmpty: Bool { years.isEmpty }

    /// The school years with changes.
    var changedYears: [Int] { years.keys.sorted() }

    mutating func set(_ id: String, _ entry: SearchTermsDocument.Entry, in year: Int) {
        years[year, default: [:]][id] = .entry(entry)
    }

    mutating func remove(_ id: String, from year: Int) { years[year, default: [:]][id] = .removed }

    mutating func refingerprint(_ id: String, _ fingerprint: FileFingerprint, in year: Int) {
        if case .entry(var entry)? = years[year]?[id] {
            entry.fingerprint = fingerprint
            years[year]?[id] = .entry(entry)
        } else {
            years[year, default: [:]][id] = .fingerprint(fingerprint)
        }
    }

    /// A year's list with the changes put in: `list` is the list as it is on disk (nil when
    /// there is none or it cannot be read; it is a cache, so what it lacks is read again later).
    func applied(to list: SearchTermsDocument?, year: Int) -> SearchTermsDocument {
        var doc = list ?? SearchTermsDocument(dialogues: [:])
        for (id, change) in years[year] ?? [:] {
            switch change {
            case .entry(let entry): doc.dialogues[id] = entry
            case .fingerprint(let f): doc.dialogues[id]?.fingerprint = f
            case .removed: doc.dialogues[id] = nil
            }
        }
        return doc
    }

    /// Writes each changed year's list (atomically) and forgets the changes.
    mutating func write(_ layout: StoreLayout) {
        guard !years.isEmpty else { return }
        try? DurableFile.makeFolder(layout.path(StoreLayout.searchFolder))
        for year in changedYears {
            let file = SearchTermsFile.name(year)
            let doc = applied(to: (try? layout.read(file)).flatMap(SearchTermsFile.decode), year: year)
            try? DurableFile.replace(layout.path(file), with: SearchTermsFile.encode(doc))
            // The list of an earlier version, in JSON, goes once this one is written.
            unlink(layout.path("\(StoreLayout.searchFolder)/\(year).json"))
        }
        years = [:]
    }
}
