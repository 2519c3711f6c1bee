/// How many terminal cells text takes: wide East Asian characters and emoji take two,
/// combining marks none.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        // Most of what is drawn is one scalar of a kind whose width is known without asking
        // Unicode's tables (every cell of every frame comes through here): printable ASCII,
        // Latin letters with their accents, dashes, quotes and bullets, box drawing and blocks.
        isPlain(c) ? 1 : measured(c)
    }

    /// A grapheme of one scalar that never joins the scalar before or after it (`isSimple`).
    public static func isPlain(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return false
        }
        return isSimple(only.value)
    }

    /// Scalars one cell wide that never join the scalar before or after them into one grapheme.
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        switch v {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF,
            0x2212, 0x2500...0x259F:
            return true
        default:
            return false
        }
    }

    /// The width from Unicode's properties (what the fast path above must agree with).
    static func measured(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        // A tab in a note (pasted indentation) shows as four spaces.
        if v == 0x09 { return 4 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        let category = first.properties.generalCategory
        // Marks join the letter before them; format characters (direction overrides, invisible
        // spaces) are never drawn.
        if category == .nonspacingMark || category == .enclosingMark || category == .format { return 0 }
        if first.properties.isEmojiPresentation || c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func of(_ s: String) -> Int { simpleWidth(s) ?? s.reduce(0) { $0 + of($1) } }

    /// The width of text made only of simple scalars (`isSimple`: printable ASCII, å, ä, ö and
    /// the other Latin letters, dashes, quotes, box drawing), or nil for anything else. Each of
    /// those is a grapheme of its own, one cell wide, so the width is the number of scalars,
    /// counted from the bytes without grapheme breaking: most text on screen takes this path.
    public static func simpleWidth(_ s: String) -> Int? {
        var s = s
        return s.withUTF8 { bytes -> Int? in
            var count = 0
            var i = 0
            let n = bytes.count
            while i < n {
                // Eight printable ASCII bytes at a time (most text on screen): none has its high
                // bit set, none is below 0x20, none is 0x7F.
                if i + 8 <= n {
                    let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let del = w ^ (0x7F * ones)
                    if w & high == 0, (w &- 0x20 * ones) & ~w & high == 0, (del &- ones) & ~del & high == 0 {
                        count += 8
                        i += 8
                        continue
                    }
                }
                let b = UInt32(bytes[i])
                var v: UInt32
                if b < 0x80 {
                    v = b
                    i += 1
                } else if b & 0xE0 == 0xC0, i + 1 < n {
                    v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b & 0xF0 == 0xE0, i + 2 < n {
                    v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    return nil
                }
                guard isSimple(v) else { return nil }
                count += 1
            }
            return count
        }
    }

    /// Pads with spaces on the right to `width` cells.
    public static func pad(_ s: String, to width: Int) -> String {
        let w = of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }
}

extension DisplayWidth {
    /// Cuts text to at most `width` cells, ending with "…" when something was cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if let simple = simpleWidth(s) {
            // One cell per scalar, each a grapheme of its own: cut by scalars.
            if simple <= width { return s }
            let utf8 = s.utf8
            var kept = 0
            var end = utf8.startIndex
            while end < utf8.endIndex {
                // A scalar starts at every byte that is not a continuation byte.
                if utf8[end] & 0xC0 != 0x80 {
                    if kept == width - 1 { break }
                    kept += 1
                }
                end = utf8.index(after: end)
            }
            return String(s[..<end]) + "…"
        }
        if of(s) <= width { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
