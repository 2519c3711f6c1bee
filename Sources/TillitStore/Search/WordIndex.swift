import TillitDomain

/// What a search keeps in memory of the word lists: every distinct word and the dialogues it
/// stands in, by number (four bytes a mention, where an id would take sixteen and more), and of
/// each dialogue its school year and its file's fingerprint, to tell whether its words are up to
/// date. The words of each dialogue are not kept here: they are in the word lists on disk
/// (`SearchTermsFile`), which are rewritten from there (`WordListChanges`). With tens of
/// thousands of dialogues, a list of every dialogue's words was the largest thing the screen
/// held.
public struct WordIndex: Sendable, Equatable {
    /// A dialogue the word lists know.
    struct Known: Sendable, Equatable {
        /// Its number in `postings` (a dialogue whose words changed gets a new one).
        var number: Int32
        var year: Int
        var fingerprint: FileFingerprint?
    }

    /// The dialogues by number; a number left behind by a change stands in `postings` still but
    /// is no longer any dialogue's (`known` says which number is whose).
    private(set) var ids: [String] = []
    private(set) var known: [String: Known] = [:]
    /// Each word's dialogues, by number, in ascending order.
    public private(set) var postings: [String: [Int32]] = [:]
    /// The school years whose word lists have been read.
    private(set) var years: Set<Int> = []

    public init() {}

    /// The dialogues a word stands in, by id (nil for a word no dialogue has).
    public subscript(term: String) -> [String]? {
        guard let numbers = postings[term] else { return nil }
        let live = numbers.compactMap { n in known[ids[Int(n)]]?.number == n ? ids[Int(n)] : nil }
        return live.isEmpty ? nil : live
    }

    /// Whether the word lists know the dialogue.
    func knows(_ id: String) -> Bool { known[id] != nil }

    mutating func markRead(_ year: Int) { years.insert(year) }

    /// Sets a dialogue's words (replacing what it had).
    mutating func set<Words: Sequence>(_ id: String, year: Int, fingerprint: FileFingerprint?, words: Words)
    where Words.Element: StringProtocol {
        let n = Int32(ids.count)
        ids.append(id)
        known[id] = Known(number: n, year: year, fingerprint: fingerprint)
        for word in words { postings[String(word), default: []].append(n) }
    }

    /// Lets go of the room the lists grew into (up to twice what they hold), once they are read.
    mutating func trim() {
        postings = postings.mapValues { numbers in
            [Int32](unsafeUninitializedCapacity: numbers.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: numbers)
            }
        }
    }

    mutating func remove(_ id: String) { known[id] = nil }

    mutating func refingerprint(_ id: String, _ fingerprint: FileFingerprint) { known[id]?.fingerprint = fingerprint }

    /// The dialogues (by number) that hold every one of `words` inside one of their words; nil for
    /// no words (every dialogue).
    func holding(_ words: [[Character]], ignoreDiacritics: Bool) -> DialogueBits? {
        guard !words.isEmpty else { return nil }
        var all: DialogueBits?
        for query in words {
            var bits = DialogueBits(count: ids.count)
            for (term, numbers) in postings {
                let t = ignoreDiacritics ? NoteSearch.fold(term, ignoreDiacritics: true) : Array(term)
                if NoteSearch.firstMatch(query, in: t) != nil { bits.insert(numbers) }
            }
            all = all.map { $0.intersection(bits) } ?? bits
        }
        return all
    }

    /// The dialogue's number now, if the word lists know it.
    func number(of id: String) -> Int32? { known[id]?.number }
}

/// A set of dialogue numbers, one bit each.
struct DialogueBits: Sendable {
    private var words: [UInt64]

    init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

    mutating func insert(_ numbers: [Int32]) {
        words.withUnsafeMutableBufferPointer { w in
            for n in numbers { w[Int(n) >> 6] |= 1 << UInt64(n & 63) }
        }
    }

    func contains(_ n: Int32) -> Bool { words[Int(n) >> 6] & (1 << UInt64(n & 63)) != 0 }

    func intersection(_ other: DialogueBits) -> DialogueBits {
        var out = self
        for i in out.words.indices { out.words[i] &= other.words[i] }
        return out
    }
}
