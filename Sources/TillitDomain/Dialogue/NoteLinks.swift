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

    /// The links of every note, or of one section's (a section's thread walks only its own
    /// notes, so the others are left unlinked and not hashed: the notebook draws one section).
    init(_ notes: [Note], in section: SectionKind? = nil) {
        var first: [String: Int] = [:]
        first.reserveCapacity(notes.count)
        func stored(_ value: inout Int) -> Int { value }
        func linked(_ i: Int) -> Bool { section == nil || notes[i].section == section }
        slot = notes.indices.map { i in linked(i) ? stored(&first[notes[i].id, default: i]) : i }
        parent = notes.indices.map { i in
            guard linked(i) else { return Self.none }
            return notes[i].parentID.map { first[$0] ?? Self.missing } ?? Self.none
        }
    }
}
