/// The parts of a dialogue, always in this order: strengths first.
public enum SectionKind: String, CaseIterable, Hashable, Sendable, StoredCase, Comparable {
    /// Styrkor och framgångsfaktorer.
    case strengths
    /// Resultat och uppföljning.
    case results
    /// Analys.
    case analysis
    /// Utvecklingsbehov.
    case needs
    /// Framåt: åtgärder och förebyggande arbete.
    case forward
    /// Återkoppling (feedback up the chain).
    case feedback

    public var order: Int { SectionKind.allCases.firstIndex(of: self)! }

    public static func < (a: SectionKind, b: SectionKind) -> Bool { a.order < b.order }

    /// The kind a new note in this section gets unless the facilitator changes it.
    public var defaultNoteKind: NoteKind {
        switch self {
        case .strengths: return .strength
        case .results: return .result
        case .analysis: return .observation
        case .needs: return .challenge
        case .forward: return .decision
        case .feedback: return .observation
        }
    }
}

/// Sections as JSON object keys (`{"strengths": 15}`), not as alternating arrays.
extension SectionKind: CodingKeyRepresentable {}
