import Foundation

/// Full-text search over every note of every dialogue. Case does not matter; å, ä and ö are
/// letters of their own (a search for "for" does not find "för") unless diacritics are ignored.
public enum NoteSearch {
    /// One note that matches, with a snippet around the first match.
    public struct Hit: Hashable, Sendable, Codable {
        public var dialogueID: String
        public var schoolID: String?
        public var subject: String
        public var date: LocalDate
        public var section: SectionKind
        public var noteID: String
        public var snippet: String
        /// Where the match stands in the snippet (characters).
        public var matchStart: Int
        public var matchLength: Int
    }

    /// Lowercased characters; without diacritics when asked (å → a, é → e), one character each.
    public static func fold(_ s: String, ignoreDiacritics: Bool) -> [Character] {
        s.map { c in
            let lower = Character(c.lowercased())
            guard ignoreDiacritics else { return lower }
            let base = String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }
            return base.isEmpty ? lower : Character(String(String.UnicodeScalarView(base)))
        }
    }

    /// The character offset of the first match of `query` in `text`, if any.
    public static func firstMatch(_ query: [Character], in text: [Character]) -> Int? {
        guard !query.isEmpty, query.count <= text.count else { return nil }
        for i in 0...(text.count - query.count) where text[i] == query[0] {
            if Array(text[i..<(i + query.count)]) == query { return i }
        }
        return nil
    }

    public static func search(
        _ query: String, in dialogues: [Dialogue], subject: (Dialogue) -> String,
        ignoreDiacritics: Bool = false, context: Int = 32
    ) -> [Hit] {
        let q = fold(
            query.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces),
            ignoreDiacritics: ignoreDiacritics)
        guard !q.isEmpty else { return [] }
        var hits: [Hit] = []
        for d in dialogues {
            // Named once per dialogue, not once per hit (naming reads the whole dialogue).
            lazy var name = subject(d)
            for section in SectionKind.allCases {
                for (note, _) in d.threaded(in: section) {
                    let chars = Array(note.text)
                    guard let at = firstMatch(q, in: fold(note.text, ignoreDiacritics: ignoreDiacritics)) else {
                        continue
                    }
                    let from = max(0, at - context)
                    let to = min(chars.count, at + q.count + context)
                    var snippet = String(chars[from..<to]).replacingOccurrences(of: "\n", with: " ")
                    var start = at - from
                    if from > 0 {
                        snippet = "…" + snippet
                        start += 1
                    }
                    if to < chars.count { snippet += "…" }
                    hits.append(
                        Hit(
                            dialogueID: d.id, schoolID: d.schoolID, subject: name, date: d.date, section: section,
                            noteID: note.id, snippet: snippet, matchStart: start, matchLength: q.count))
                }
            }
        }
        return hits.sorted { ($0.date, $0.dialogueID) > ($1.date, $1.dialogueID) }
    }
}

extension NoteSearch {
    /// The distinct lowercased words of a dialogue's notes.
    public static func terms(of d: Dialogue) -> [String] {
        var out: Set<String> = []
        for note in d.notes {
            var word = ""
            for c in note.text.lowercased() {
                if c.isLetter || c.isNumber {
                    word.append(c)
                } else if !word.isEmpty {
                    out.insert(word)
                    word = ""
                }
            }
            if !word.isEmpty { out.insert(word) }
        }
        return out.sorted()
    }
}
