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

    public init(section: SectionKind, kind: NoteKind? = nil, text: String = "", parentID: String? = nil,
                editingID: String? = nil, speaker: String? = nil) {
        self.section = section
        self.kind = kind ?? section.defaultNoteKind
        self.text = text
        self.parentID = parentID
        self.editingID = editingID
        self.speaker = speaker
    }

    /// Splits `#tags` out of the text: "Läsningen har ökat #läsförståelse" gives the text
    /// "Läsningen har ökat" and the tag "läsförståelse" (a tag may join words with "-" or "_").
    public static func tags(in text: String) -> (text: String, tags: [String]) {
        var tags: [String] = []
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var words: [Substring] = []
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                if word.count > 1, word.first == "#" {
                    let tag = word.dropFirst().trimmingCharacters(in: .punctuationCharacters).lowercased()
                    if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
                } else {
                    words.append(word)
                }
            }
            kept.append(Substring(words.joined(separator: " ").trimmingCharacters(in: .whitespaces)))
        }
        return (kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), tags)
    }
}
