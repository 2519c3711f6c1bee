import Foundation

/// One note in a dialogue section. A note with a parent is a follow-up that digs deeper.
public struct Note: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var section: SectionKind
    public var kind: NoteKind
    public var text: String
    public var speaker: String?
    /// Focus-area tags such as `läsförståelse`, `trygghet`, `kompensatoriskt uppdrag`.
    public var tags: [String]
    public var created: Date
    public var updated: Date
    public var parentID: String?
    /// For the facilitator and the administration only: the school's meeting notes leave it out
    /// (unless internal notes are asked for), the administration's material keeps it, marked.
    /// Absent (nil) in files of earlier versions and for shared notes.
    public var isInternal: Bool?
    /// For the other computer's version of a note both changed (see `MergeConflict`): that note.
    public var conflictOf: String?

    enum CodingKeys: String, CodingKey {
        case id, section, kind, text, speaker, tags, created, updated, parentID, conflictOf
        case isInternal = "internal"
    }

    public var internalOnly: Bool { isInternal == true }

    public init(
        id: String, section: SectionKind, kind: NoteKind? = nil, text: String,
        speaker: String? = nil, tags: [String] = [], created: Date, updated: Date? = nil,
        parentID: String? = nil, isInternal: Bool = false
    ) {
        self.id = id
        self.section = section
        self.kind = kind ?? section.defaultNoteKind
        self.text = text
        self.speaker = speaker
        self.tags = tags
        self.created = created
        self.updated = updated ?? created
        self.parentID = parentID
        self.isInternal = isInternal ? true : nil
    }
}
