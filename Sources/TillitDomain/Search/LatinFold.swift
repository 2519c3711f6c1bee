import Foundation

/// `NoteSearch.fold` for text of Latin-1 and general punctuation, as UTF-8 bytes: the same
/// lowercase characters, without an array of characters for every note searched. Each scalar
/// there is a character of its own, and UTF-8 finds a sequence only where a scalar starts, so a
/// match of the bytes is a match of the characters, at the offset of the scalars before it.
enum LatinFold {
    /// The text lowercased as `NoteSearch.foldLatin` does it, as bytes; nil outside its scalars
    /// (then the characters' way is taken).
    static func utf8(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var bytes = s.utf8.makeIterator()
        while let b = bytes.next() {
            switch b {
            case 0x41...0x5A: out.append(b + 32)
            case 0x0D: return nil
            case 0...0x7F: out.append(b)
            case 0xC2, 0xC3:
                // U+0080–U+00FF: À–Þ but × lowercase 32 after (in the second byte).
                guard let c = bytes.next() else { return nil }
                let scalar = UInt32(b & 0x1F) << 6 | UInt32(c & 0x3F)
                let upper = (0xC0...0xDE).contains(scalar) && scalar != 0xD7
                out.append(b)
                out.append(upper ? c + 0x20 : c)
            case 0xE2:
                // U+2010–U+205E (dashes, quotes, ellipses) and the euro sign.
                guard let c = bytes.next(), let d = bytes.next() else { return nil }
                let scalar = UInt32(b & 0x0F) << 12 | UInt32(c & 0x3F) << 6 | UInt32(d & 0x3F)
                guard (0x2010...0x205E).contains(scalar) || scalar == 0x20AC else { return nil }
                out += [b, c, d]
            default: return nil
            }
        }
        return out
    }

    /// Where `query` first stands in `text` (both from `utf8`), in characters, and its length in
    /// characters.
    static func match(_ query: [UInt8], in text: [UInt8]) -> (at: Int, length: Int)? {
        guard !query.isEmpty, query.count <= text.count else { return nil }
        return text.withUnsafeBufferPointer { t -> (at: Int, length: Int)? in
            query.withUnsafeBufferPointer { q -> (at: Int, length: Int)? in
                guard let tb = t.baseAddress, let qb = q.baseAddress else { return nil }
                let last = t.count - q.count
                var i = 0
                while i <= last {
                    guard let found = memchr(tb + i, Int32(q[0]), last - i + 1) else { return nil }
                    let at = tb.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(tb + at, qb, q.count) == 0 {
                        return (characters(t[0..<at]), characters(q[...]))
                    }
                    i = at + 1
                }
                return nil
            }
        }
    }

    /// How many characters (scalars) the bytes hold.
    private static func characters(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

extension NoteSearch {
    /// `fold` without Unicode's tables for text of Latin-1 and general punctuation (no carriage
    /// return): each scalar there is a character of its own, and its lowercase is itself or, for
    /// A–Z and À–Þ but ×, the scalar 32 after it. Nil for anything else (tested against the
    /// tables for every such scalar).
    static func foldLatin(_ s: String) -> [Character]? {
        // The rule lives in `LatinFold.utf8`; each of its scalars is a character of its own.
        LatinFold.utf8(s).map { Array(String(decoding: $0, as: UTF8.self)) }
    }
}
