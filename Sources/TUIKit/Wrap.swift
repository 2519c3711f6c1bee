/// Word wrapping by display width.
public enum Wrap {
    /// Breaks text into lines of at most `width` cells: at spaces where it can, inside a word when
    /// the word alone is too long; explicit line breaks are kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return simpleLines(text, width: width) ?? generalLines(text, width: width)
    }

    /// The same for any text, grapheme by grapheme.
    static func generalLines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let w = DisplayWidth.of(String(word))
                let sep = line.isEmpty ? 0 : 1
                if lineWidth + sep + w <= width {
                    if sep == 1 { line += " " }
                    line += word
                    lineWidth += sep + w
                    continue
                }
                if !line.isEmpty {
                    out.append(line)
                    line = ""
                    lineWidth = 0
                }
                var rest = Substring(word)
                while DisplayWidth.of(String(rest)) > width {
                    var piece = ""
                    var pw = 0
                    while let c = rest.first, pw + DisplayWidth.of(c) <= width {
                        piece.append(c)
                        pw += DisplayWidth.of(c)
                        rest = rest.dropFirst()
                    }
                    if piece.isEmpty { piece = String(rest.removeFirst()) }
                    out.append(piece)
                }
                line = String(rest)
                lineWidth = DisplayWidth.of(line)
            }
            out.append(line)
        }
        return out
    }

    /// The same for text made only of simple scalars (`DisplayWidth.isSimple`: each its own
    /// grapheme, one cell wide) and line feeds, from its bytes: most notes are such text, and a
    /// live dialogue wraps every note of its section for every frame (grapheme breaking and a
    /// string for each word made that most of a typed letter's work). Nil for any other text.
    /// Every line is a piece of the text, so only its ends are worked out.
    static func simpleLines(_ text: String, width: Int) -> [String]? {
        for scalar in text.unicodeScalars where scalar != "\n" && !DisplayWidth.isSimple(scalar.value) { return nil }
        var text = text
        return text.withUTF8 { b -> [String] in
            let n = b.count
            // A scalar starts at every byte that does not continue one.
            @inline(__always) func starts(_ i: Int) -> Bool { b[i] & 0xC0 != 0x80 }
            func piece(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
            }
            var out: [String] = []
            var i = 0
            while true {
                // A paragraph: up to the next line feed.
                var end = i
                while end < n, b[end] != 0x0A { end += 1 }
                // The line being filled: bytes lineStart..<lineEnd, empty when they are equal.
                var lineStart = i
                var lineEnd = i
                var lineWidth = 0
                var w0 = i
                while true {
                    // A word: up to the next space (or the paragraph's end).
                    var w1 = w0
                    var w = 0
                    while w1 < end, b[w1] != 0x20 {
                        if starts(w1) { w += 1 }
                        w1 += 1
                    }
                    let sep = lineStart == lineEnd ? 0 : 1
                    if lineWidth + sep + w <= width {
                        if sep == 0 { lineStart = w0 }
                        lineEnd = w1
                        lineWidth += sep + w
                    } else {
                        if lineStart != lineEnd { out.append(piece(lineStart, lineEnd)) }
                        // A word wider than the line, in pieces as wide as the line.
                        var rest = w0
                        var restWidth = w
                        while restWidth > width {
                            var k = rest
                            var taken = 0
                            while taken < width {
                                k += 1
                                while k < w1, !starts(k) { k += 1 }
                                taken += 1
                            }
                            out.append(piece(rest, k))
                            rest = k
                            restWidth -= width
                        }
                        lineStart = rest
                        lineEnd = w1
                        lineWidth = restWidth
                    }
                    if w1 >= end { break }
                    w0 = w1 + 1
                }
                out.append(piece(lineStart, lineEnd))
                if end >= n { break }
                i = end + 1
            }
            return out
        }
    }
}
