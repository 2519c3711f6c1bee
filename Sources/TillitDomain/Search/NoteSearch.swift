import Foundation

/// Full-text search over everything a dialogue holds that a person remembers: notes with their
/// speakers and tags, the people in the room, actions with their owners and follow-up comments,
/// last time's actions as they were followed up. Case does not matter; å, ä and ö are letters of
/// their own (a search for "for" does not find "för") unless diacritics are ignored. A query that
/// starts with "#" looks for a tag, however it was typed (`#kollegialt lärande` finds
/// `#Kollegialt_lärande`).
public enum NoteSearch {
    /// Where in a dialogue a hit stands.
    public enum Place: String, Hashable, Sendable, Codable {
        case note, people, action, review
    }

    /// One thing that matches, with a snippet around the first match.
    public struct Hit: Hashable, Sendable, Codable {
        public var dialogueID: String
        public var schoolID: String?
        public var subject: String
        public var date: LocalDate
        /// The section it stands in (none for the people in the room).
        public var section: SectionKind?
        public var place: Place
        /// The note, when a note matched.
        public var noteID: String?
        public var snippet: String
        /// Where the match stands in the snippet (characters).
        public var matchStart: Int
        public var matchLength: Int
    }

    /// Which dialogues and parts a search looks in (everything when empty).
    public struct Scope: Hashable, Sendable {
        public var schoolID: String?
        public var areaID: String?
        public var year: SchoolYear?
        public var section: SectionKind?
        /// Only what carries this tag (canonical).
        public var tag: String?

        public init(
            schoolID: String? = nil, areaID: String? = nil, year: SchoolYear? = nil, section: SectionKind? = nil,
            tag: String? = nil
        ) {
            self.schoolID = schoolID
            self.areaID = areaID
            self.year = year
            self.section = section
            self.tag = tag.map(Tag.canonical)
        }

        public func admits(_ d: DialogueSummary) -> Bool {
            (schoolID == nil || d.schoolID == schoolID) && (areaID == nil || d.areaID == areaID)
                && (year == nil || d.schoolYear == year)
        }

        func admits(_ f: Field) -> Bool {
            (section == nil || f.section == section) && (tag == nil || f.tags.contains { Tag.canonical($0) == tag })
        }
    }

    /// A searchable piece of a dialogue.
    struct Field {
        var section: SectionKind?
        var place: Place
        var noteID: String?
        var text: String
        var tags: [String]
    }

    /// Everything searchable in a dialogue, in reading order.
    static func fields(of d: Dialogue) -> [Field] {
        var out: [Field] = []
        let people =
            d.facilitators
            + d.participants.map { p in
                if case .other(let role) = p.role, !role.isEmpty { return "\(p.name) (\(role))" }
                return p.name
            }
        if !people.isEmpty { out.append(Field(place: .people, text: people.joined(separator: ", "), tags: [])) }
        for r in d.reviewedActions ?? [] {
            out.append(Field(section: .results, place: .review, text: r.text + ": " + r.comment, tags: []))
        }
        for section in SectionKind.allCases {
            for (note, _) in d.threaded(in: section) {
                var text = note.speaker.map { $0 + ": " } ?? ""
                text += note.text
                if !note.tags.isEmpty { text += " " + note.tags.map { "#" + $0 }.joined(separator: " ") }
                out.append(Field(section: section, place: .note, noteID: note.id, text: text, tags: note.tags))
            }
        }
        for a in d.actions {
            var text = a.text
            if let owner = a.owner { text += " · " + owner }
            if !a.tags.isEmpty { text += " " + a.tags.map { "#" + $0 }.joined(separator: " ") }
            for f in a.followUps where !f.comment.isEmpty { text += " · " + f.comment }
            out.append(Field(section: .forward, place: .action, text: text, tags: a.tags))
        }
        return out
    }

    /// Lowercased characters; without diacritics when asked (å → a, é → e), one character each.
    public static func fold(_ s: String, ignoreDiacritics: Bool) -> [Character] {
        if !ignoreDiacritics, let latin = foldLatin(s) { return latin }
        return s.map { c in
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
        next: for i in 0...(text.count - query.count) where text[i] == query[0] {
            for j in 1..<query.count where text[i + j] != query[j] { continue next }
            return i
        }
        return nil
    }

    /// Where a query matches a field: the offset and length in the field's text, if it does.
    static func match(_ query: String, in f: Field, ignoreDiacritics: Bool) -> (at: Int, length: Int)? {
        if query.hasPrefix("#") {
            // A tag, compared in its canonical form; the match is where the tag is written.
            let wanted = Tag.canonical(query)
            guard !wanted.isEmpty, let tag = f.tags.first(where: { Tag.canonical($0).hasPrefix(wanted) }) else {
                return nil
            }
            let written = Array("#" + tag)
            return (firstMatch(written, in: Array(f.text)) ?? 0, written.count)
        }
        if !ignoreDiacritics, let q = LatinFold.utf8(query), let text = LatinFold.utf8(f.text) {
            return LatinFold.match(q, in: text)
        }
        let q = fold(query, ignoreDiacritics: ignoreDiacritics)
        guard !q.isEmpty, let at = firstMatch(q, in: fold(f.text, ignoreDiacritics: ignoreDiacritics)) else {
            return nil
        }
        return (at, q.count)
    }

    public static func search(
        _ query: String, in dialogues: [Dialogue], subject: (Dialogue) -> String,
        ignoreDiacritics: Bool = false, scope: Scope = Scope(), context: Int = 32
    ) -> [Hit] {
        let q = query.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        var hits: [Hit] = []
        for d in dialogues where scope.admits(DialogueSummary(d, fingerprint: nil)) {
            // Named once per dialogue, not once per hit (naming reads the whole dialogue).
            lazy var name = subject(d)
            for field in fields(of: d) where scope.admits(field) {
                guard let (at, length) = match(q, in: field, ignoreDiacritics: ignoreDiacritics) else { continue }
                // The snippet's ends found by walking the text to them (not the whole note made
                // into an array of characters for each hit).
                let text = field.text
                let from = max(0, at - context)
                let low = text.index(text.startIndex, offsetBy: from)
                let high =
                    text.index(low, offsetBy: at + length + context - from, limitedBy: text.endIndex) ?? text.endIndex
                // On one line: each line break a space (one character for one, so the match stays put).
                var snippet = OneLine.text(String(text[low..<high]))
                var start = at - from
                if from > 0 {
                    snippet = "…" + snippet
                    start += 1
                }
                if high < text.endIndex { snippet += "…" }
                hits.append(
                    Hit(
                        dialogueID: d.id, schoolID: d.schoolID, subject: name, date: d.date, section: field.section,
                        place: field.place, noteID: field.noteID, snippet: snippet, matchStart: start,
                        matchLength: length))
            }
        }
        return hits.sorted { ($0.date, $0.dialogueID) > ($1.date, $1.dialogueID) }
    }
}

extension NoteSearch {
    /// How the word lists are made: lists made another way are made again.
    public static let termsVersion = 2

    /// The distinct lowercased words of everything searchable in a dialogue.
    public static func terms(of d: Dialogue) -> [String] {
        var out: Set<String> = []
        for field in fields(of: d) where !latinWords(field.text, into: &out) { words(field.text, into: &out) }
        return out.sorted()
    }

    /// The words of a text: runs of letters and digits, lowercased (the way a query is split).
    static func words(_ text: String, into out: inout Set<String>) {
        var word = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber {
                word.append(c)
            } else if !word.isEmpty {
                out.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { out.insert(word) }
    }

    /// The same for a text of ASCII, Latin-1 and common punctuation (dashes, quotes, ellipses,
    /// the euro: Swedish, most of what is written), from its scalars without Unicode's tables:
    /// each of them is a character of its own, and what is a letter or a digit and its lowercase
    /// are known. False, with nothing added, for any other text.
    static func latinWords(_ text: String, into out: inout Set<String>) -> Bool {
        var text = text
        return text.withUTF8 { latinWords($0, into: &out) }
    }

    /// The same over UTF-8: Latin-1 is `C2`/`C3` and one byte, and its capitals are 0x20 below
    /// their lowercase in the second byte as in ASCII.
    static func latinWords(_ b: UnsafeBufferPointer<UInt8>, into out: inout Set<String>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                i += 1
            } else if c == 0xC2 || c == 0xC3 {
                i += 2
            } else if c == 0xE2, i + 2 < b.count {
                let v = 0x2000 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                guard punctuation.contains(v) else { return false }
                i += 3
            } else {
                return false
            }
        }
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func end() {
            if !word.isEmpty {
                out.insert(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x41...0x5A: word.append(c + 0x20)
            case 0x61...0x7A, 0x30...0x39: word.append(c)
            case 0xC2, 0xC3:
                let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                switch v {
                case 0xC0...0xD6, 0xD8...0xDE: word += [c, b[i + 1] + 0x20]
                case 0xAA, 0xB5, 0xBA, 0xDF...0xF6, 0xF8...0xFF, 0xB2, 0xB3, 0xB9, 0xBC...0xBE: word += [c, b[i + 1]]
                default: end()
                }
                i += 1
            case 0xE2:
                end()
                i += 2
            default: end()
            }
            i += 1
        }
        end()
        return true
    }

    static let latin: ClosedRange<UInt32> = 0...0xFF
    /// Separators only, none of which joins the character before it.
    static let punctuation: [ClosedRange<UInt32>] = [0x2010...0x2027, 0x2030...0x205E, 0x20AC...0x20AC]
}

extension [ClosedRange<UInt32>] {
    func contains(_ v: UInt32) -> Bool { contains { $0.contains(v) } }
}

extension NoteSearch.Hit {
    /// Where it stands, for people: the section, or the people in the room, or the actions.
    public func placeName(_ t: Localizer) -> String {
        switch place {
        case .people: return t(.labelParticipants)
        case .action: return t(.labelActions)
        case .review: return t(.reviewedTitle)
        case .note: return section.map(t.sectionShort) ?? ""
        }
    }
}
