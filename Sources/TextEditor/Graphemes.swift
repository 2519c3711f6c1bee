/// Graphemes joined into text by their bytes: `String(chars)` appends them one at a time, which
/// costs more than the rest of a keystroke when a frame shows a long note.
enum Graphemes {
    static func text<C: Collection<Character>>(_ chars: C) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chars.count * 2)
        for c in chars {
            // A grapheme's text is stored whole: its bytes are copied at once where they can be
            // (a third faster than going through its UTF-8 view byte by byte).
            String(c).utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
                ?? bytes.append(contentsOf: c.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
