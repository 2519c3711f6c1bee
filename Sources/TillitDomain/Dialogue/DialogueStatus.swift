/// Where a dialogue is in its life: planned, being held, or closed (read-only).
public enum DialogueStatus: String, CaseIterable, Hashable, Sendable, StoredCase {
    case planned
    case live
    case closed
}
