import TillitDomain

/// Some of the store's dialogue summaries, by their places in the whole list: a view, not a copy
/// (a summary is 240 bytes and a copy takes a reference to each of its texts; a frame reads only
/// the rows it shows).
public struct SummaryView: RandomAccessCollection, Sendable {
    let all: [DialogueSummary]
    let places: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }
    public subscript(i: Int) -> DialogueSummary { all[Int(places[i])] }
}
