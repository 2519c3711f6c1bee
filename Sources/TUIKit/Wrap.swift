/// Word wrapping by display width.
public enum Wrap {
    /// Breaks text into lines of at most `width` cells: at spaces where it can, inside a word when
    /// the word alone is too long; explicit line breaks are kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
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
}
