/// A text on one line: every line break (as `Character.isNewline` has them: LF, CR, CR LF, VT,
/// FF, NEL, the line and paragraph separators) becomes one space.
public enum OneLine {
    public static func text(_ text: String) -> String {
        hasBreak(text) ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }

    /// Whether the text holds a line break, from its bytes (most texts have none, and a report
    /// puts a year of notes on one line each).
    static func hasBreak(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in bytes.indices {
                switch bytes[i] {
                case 0x0A...0x0D: return true
                // NEL is C2 85.
                case 0x85 where i > 0 && bytes[i - 1] == 0xC2: return true
                // The line and paragraph separators are E2 80 A8 and E2 80 A9.
                case 0xA8...0xA9 where i > 1 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2: return true
                default: continue
                }
            }
            return false
        }
    }
}
