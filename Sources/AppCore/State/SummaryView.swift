import TillitDomain

/// Some of the store's dialogue summaries, by their places in the whole list: a view, not a copy
/// (a summary is 240 bytes and a copy takes a reference to each of its texts; a frame reads only
/// the rows it shows).
public struct SummaryView: RandomAccessCollection, Sendable {
    @usableFromInline let all: [DialogueSummary]
    @usableFromInline let places: [Int32]

    init(all: [DialogueSummary], places: [Int32]) {
        self.all = all
        self.places = places
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }
    /// Inlined where it is read, so that reading a field of a summary copies that field only.
    @inlinable public subscript(i: Int) -> DialogueSummary { all[Int(places[i])] }
}
