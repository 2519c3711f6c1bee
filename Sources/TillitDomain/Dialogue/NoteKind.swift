/// What a note records.
public enum NoteKind: String, CaseIterable, Hashable, Sendable, StoredCase {
    case strength
    case result
    case observation
    case challenge
    case question
    case answer
    case decision
}
