/// Every distinct word of the word lists and the dialogues it stands in, the dialogues by their
/// number in `ids` (four bytes a mention, where an id would take sixteen and more: with tens of
/// thousands of dialogues the index is the largest thing a search keeps in memory).
public struct WordIndex: Sendable, Equatable {
    /// The dialogues, numbered.
    public private(set) var ids: [String] = []
    /// Each word's dialogues, by number.
    public private(set) var postings: [String: [Int32]] = [:]

    public init() {}

    init(_ shards: [Int: SearchTermsDocument]) {
        for shard in shards.values {
            for (id, entry) in shard.dialogues {
                let n = Int32(ids.count)
                ids.append(id)
                for term in entry.terms { postings[term, default: []].append(n) }
            }
        }
    }

    /// The dialogues a word stands in, by id (nil for a word no dialogue has).
    public subscript(term: String) -> [String]? { postings[term].map { $0.map { ids[Int($0)] } } }
}
