/// The level a dialogue is held at: a school unit, an education area or the whole organisation.
public enum DialogueLevel: String, CaseIterable, Hashable, Sendable, StoredCase {
    /// Enhetsnivå.
    case school
    /// Områdesnivå.
    case area
    /// Huvudmannanivå.
    case organisation
}
