/// One edit of the note being written, as the journal records it: at a place (in graphemes),
/// so many graphemes removed and this text put in. A keystroke costs the journal the same at
/// the start and at the end of a long note.
public struct DraftEdit: Hashable, Sendable, Codable {
    /// The draft's revision the edit was made on; it applies to that revision only.
    public var base: Int
    /// Where, in graphemes from the start of the text.
    public var at: Int
    /// How many graphemes were removed there.
    public var removed: Int
    /// What was put in their place.
    public var inserted: String

    public init(base: Int, at: Int, removed: Int = 0, inserted: String = "") {
        self.base = base
        self.at = at
        self.removed = removed
        self.inserted = inserted
    }

    /// Applies the edit to a draft's graphemes; false (and nothing changed) when it does not fit.
    public func apply(to chars: inout [Character]) -> Bool {
        guard at >= 0, removed >= 0, at <= chars.count, removed <= chars.count - at else { return false }
        chars.replaceSubrange(at..<(at + removed), with: Array(inserted))
        return true
    }
}
