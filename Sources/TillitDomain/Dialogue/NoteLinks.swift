/// The notes of a dialogue as numbers: each note's id as the place of the first note with that
/// id (its slot), and the slot of the note its `parentID` names. Threads are walked on these, so
/// each id is hashed once, not at every step.
struct NoteLinks {
    /// No parent: a note at the top.
    static let none = -1
    /// A parent the dialogue does not hold.
    static let missing = -2

    let slot: [Int]
    let parent: [Int]

    init(_ notes: [Note]) {
        var first: [String: Int] = [:]
        first.reserveCapacity(notes.count)
        func stored(_ value: inout Int) -> Int { value }
        slot = notes.indices.map { i in stored(&first[notes[i].id, default: i]) }
        parent = notes.indices.map { i in notes[i].parentID.map { first[$0] ?? Self.missing } ?? Self.none }
    }
}
