import Foundation

/// A note being written, kept when the editor closes unfinished and restored after a crash.
public struct NoteDraft: Hashable, Sendable, Codable {
    public var section: SectionKind
    public var kind: NoteKind
    public var text: String
    /// The note this one follows up, if any.
    public var parentID: String?
    /// The note being changed, when the draft edits an existing note.
    public var editingID: String?
    public var speaker: String?
    /// How many journaled changes made this draft (a snapshot sets it, each `DraftEdit` adds
    /// one): an edit applies only to the draft it was made on, so replaying a journal twice
    /// cannot type a word twice. Absent in drafts of earlier versions (0).
    public var revision: Int?
    /// Whether the note will be internal (see `Note.isInternal`).
    public var isInternal: Bool?

    public init(
        section: SectionKind, kind: NoteKind? = nil, text: String = "", parentID: String? = nil,
        editingID: String? = nil, speaker: String? = nil, revision: Int? = nil, isInternal: Bool = false
    ) {
        self.revision = revision
        self.section = section
        self.kind = kind ?? section.defaultNoteKind
        self.text = text
        self.parentID = parentID
        self.editingID = editingID
        self.speaker = speaker
        self.isInternal = isInternal ? true : nil
    }

    /// Splits `#tags` out of the text: "Läsningen har ökat #läsförståelse" gives the text
    /// "Läsningen har ökat" and the tag "läsförståelse" (a tag may join words with "-" or "_").
    /// The note a draft becomes when it is saved: a new one, or the note it edits changed; nil
    /// when it holds no text (nothing to save).
    public static func note(from draft: NoteDraft, id: String, now: Date, in dialogue: Dialogue) -> Note? {
        let (text, tags) = Self.tags(in: draft.text)
        guard !text.isEmpty else { return nil }
        if let editing = draft.editingID, var note = dialogue.notes.first(where: { $0.id == editing }) {
            note.text = text
            note.tags = tags
            note.kind = draft.kind
            note.speaker = draft.speaker
            note.isInternal = draft.isInternal == true ? true : nil
            note.updated = now
            return note
        }
        return Note(
            id: id, section: draft.section, kind: draft.kind, text: text, speaker: draft.speaker, tags: tags,
            created: now, parentID: draft.parentID, isInternal: draft.isInternal == true)
    }

    /// Lines keep their indentation (a pasted list stays a list); a line loses only the tags and
    /// the spaces they leave at its end, and the note loses blank lines before and after it.
    public static func tags(in text: String) -> (text: String, tags: [String]) {
        var tags: [String] = []
        var kept: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            var words: [Substring] = []
            var removed = false
            for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
                if word.count > 1, word.first == "#" {
                    let tag = Tag.canonical(String(word.dropFirst()))
                    if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
                    removed = true
                } else {
                    words.append(word)
                }
            }
            var rest = words.joined(separator: " ")
            if removed {
                // "A #tag B" reads "A B", not "A  B".
                while rest.contains("  ") { rest = rest.replacingOccurrences(of: "  ", with: " ") }
            }
            while rest.last == " " || rest.last == "\t" { rest.removeLast() }
            kept.append(rest.isEmpty ? "" : String(indent) + rest)
        }
        while kept.first?.isEmpty == true { kept.removeFirst() }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return (kept.joined(separator: "\n"), tags)
    }
}
