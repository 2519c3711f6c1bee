import TUIKit

/// Where an edit of the note's graphemes lands. Text put in can join the graphemes beside it into
/// one (a combining mark pasted after a letter, a second regional indicator after the first, a
/// skin tone after an emoji, Hangul jamo), and a deletion can leave two that join side by side.
/// The editor keeps its graphemes as the text splits into them: the journal counts its places in
/// graphemes, and after a restart the note is read back as text, so the two must always agree.
enum GraphemeJoins {
    /// The edit (`range` of `chars` replaced by `new`) widened over the graphemes beside it that
    /// join, with what they all split into, and where the text put in ends afterwards; nil when
    /// nothing joins (plain letters, digits, spaces and line breaks never do).
    static func widened(_ chars: [Character], _ range: Range<Int>, _ new: [Character])
        -> (range: Range<Int>, new: [Character], end: Int)?
    {
        let before = range.lowerBound > 0 ? chars[range.lowerBound - 1] : nil
        let after = range.upperBound < chars.count ? chars[range.upperBound] : nil
        if (before.map(standsAlone) ?? true) && (after.map(standsAlone) ?? true) && new.allSatisfy(standsAlone) {
            return nil
        }
        // One grapheme either side, and a whole run of regional indicators (they pair from the
        // run's start, so a change inside one can pair all after it anew).
        var low = max(0, range.lowerBound - 1)
        while low > 0, isRegionalIndicator(chars[low]), isRegionalIndicator(chars[low - 1]) { low -= 1 }
        var high = min(chars.count, range.upperBound + 1)
        while high < chars.count, isRegionalIndicator(chars[high - 1]), isRegionalIndicator(chars[high]) { high += 1 }
        let old = Array(chars[low..<range.lowerBound]) + new + Array(chars[range.upperBound..<high])
        let split = Array(Graphemes.text(old))
        if split == old { return nil }
        // The text put in ends after the grapheme that holds its last byte.
        let endByte =
            chars[low..<range.lowerBound].reduce(0) { $0 + $1.utf8.count } + new.reduce(0) { $0 + $1.utf8.count }
        var bytes = 0
        var k = 0
        while k < split.count, bytes < endByte {
            bytes += split[k].utf8.count
            k += 1
        }
        return (low..<high, split, low + k)
    }

    /// A grapheme that joins nothing before or after it.
    static func standsAlone(_ c: Character) -> Bool { c == "\n" || DisplayWidth.isPlain(c) }

    static func isRegionalIndicator(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x1F1E6...0x1F1FF).contains($0.value) } ?? false
    }
}
