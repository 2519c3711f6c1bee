/// One disagreement a merge of two computers' copies settled: where, the value kept, and the value
/// the other computer had. It stays in the file, shown until someone resolves it, so that no
/// word is dropped without a person seeing it.
public struct MergeConflict: Codable, Hashable, Sendable, Identifiable {
    /// Short and stable: made from where it is and the two values.
    public var id: String
    /// Where, as a path: `notes/ID/text`, `schools/ID/principal`, `events/ID` (said in words
    /// where it is shown, in the reader's language).
    public var place: String
    public var kept: String
    public var other: String
    /// For a note changed on both computers: the note that holds the other version.
    public var otherNoteID: String?

    public init(place: String, kept: String, other: String, otherNoteID: String? = nil) {
        self.id = StableHash.hex(place + "\u{1}" + kept + "\u{1}" + other).prefix(8).description
        self.place = place
        self.kept = kept
        self.other = other
        self.otherNoteID = otherNoteID
    }

    /// The conflicts of two sides together, each once, in the order first seen.
    public static func union(_ lists: [MergeConflict]?...) -> [MergeConflict]? {
        var seen: Set<String> = []
        var out: [MergeConflict] = []
        for list in lists {
            for c in list ?? [] where seen.insert(c.id).inserted { out.append(c) }
        }
        return out.isEmpty ? nil : out
    }
}
