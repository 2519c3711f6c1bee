import Foundation

/// A focus-area tag (`#läsförståelse`, `#kollegialt-lärande`). However it was typed, a tag is one
/// thing: `#Kollegialt_lärande`, `#kollegialt-lärande` and `kollegialt lärande` (a space, in
/// older data) compare as the same canonical form. New tags are stored in it; older spellings
/// stay as they are and are shown by the first spelling met.
public enum Tag {
    /// Lower case, composed (å is one letter), words joined by "-" (spaces and "_" become "-"),
    /// without the leading "#" and the punctuation around it.
    public static func canonical(_ raw: String) -> String {
        var s = raw.precomposedStringWithCanonicalMapping.lowercased()
        while s.hasPrefix("#") { s.removeFirst() }
        s = s.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces).subtracting(["-", "_"]))
        var out = ""
        for c in s {
            if c == " " || c == "_" || c == "-" || c == "\t" {
                if !out.isEmpty, out.last != "-" { out.append("-") }
            } else {
                out.append(c)
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// Whether two spellings are the same tag.
    public static func same(_ a: String, _ b: String) -> Bool { canonical(a) == canonical(b) }
}

/// Tags counted across dialogues: canonical form, the first spelling met, how many notes and
/// actions carry it and in how many dialogues.
public struct TagCount: Hashable, Sendable, Codable {
    public var tag: String
    public var spelling: String
    public var uses: Int
    public var dialogues: Int

    public init(tag: String, spelling: String, uses: Int, dialogues: Int) {
        self.tag = tag
        self.spelling = spelling
        self.uses = uses
        self.dialogues = dialogues
    }

    /// Every tag of the dialogues, most used first (then alphabetically, Swedish order).
    public static func count(_ dialogues: [Dialogue]) -> [TagCount] {
        var byTag: [String: TagCount] = [:]
        var order: [String] = []
        for d in dialogues {
            var seen: Set<String> = []
            for raw in d.notes.flatMap(\.tags) + d.actions.flatMap(\.tags) {
                let key = Tag.canonical(raw)
                guard !key.isEmpty else { continue }
                if byTag[key] == nil {
                    byTag[key] = TagCount(tag: key, spelling: raw, uses: 0, dialogues: 0)
                    order.append(key)
                }
                byTag[key]!.uses += 1
                if seen.insert(key).inserted { byTag[key]!.dialogues += 1 }
            }
        }
        let alphabetical = SwedishOrder.sorted(order.compactMap { byTag[$0] }, by: \.tag)
        let rank = Dictionary(uniqueKeysWithValues: alphabetical.enumerated().map { ($1.tag, $0) })
        return alphabetical.sorted { ($0.uses, rank[$1.tag]!) > ($1.uses, rank[$0.tag]!) }
    }
}
