/// Control characters (ESC, BEL, backspace, NUL, the C1 block...) never belong in what people
/// write, and printed to a terminal they are commands: a pasted note or a CSV cell could move the
/// cursor, change the title or worse. They are kept out of stored text at the door, and any that
/// come from an older file are shown, never sent, when text goes to a terminal or a text file.
public enum ControlCharacters {
    /// Whether a scalar is a control character (line feed and tab are text, not controls, where
    /// line breaks are allowed).
    public static func isControl(_ s: Unicode.Scalar, allowingLineBreaks: Bool) -> Bool {
        let v = s.value
        if allowingLineBreaks && (v == 0x0A || v == 0x09) { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || isInvisibleFormat(v)
    }

    /// Direction overrides and isolates (text that shows in another order than it is written),
    /// and invisible spaces that hide inside words and numbers (a personnummer split by one
    /// would not be found): they carry nothing a note needs.
    static func isInvisibleFormat(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200B || v == 0x2060 || v == 0xFEFF
            || v == 0x00AD
    }

    /// Whether the text holds any control character.
    public static func contains(_ text: String, allowingLineBreaks: Bool = true) -> Bool {
        text.unicodeScalars.contains { isControl($0, allowingLineBreaks: allowingLineBreaks) }
    }

    /// Text as it may be stored. Multi-line text keeps line breaks (a carriage return becomes
    /// one) and tabs; one-line text gets a space for each. Other controls are removed.
    public static func clean(_ text: String, multiline: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, allowingLineBreaks: multiline) }) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s {
            case "\r": out.append(multiline ? "\n" : " ")
            case "\n": if !(multiline && previousCR) { out.append(multiline ? "\n" : " ") }
            case "\t": out.append(multiline ? "\t" : " ")
            default: if !isControl(s, allowingLineBreaks: false) { out.append(s) }
            }
        }
        return String(out)
    }

    /// Text as it may be printed to a terminal or written to a text export: line breaks and tabs
    /// kept, every other control shown as its picture (␛ for ESC, ␇ for BEL, ␡ for DEL) or as
    /// � (the C1 block), so nothing from the data can steer the terminal.
    public static func escaped(_ text: String) -> String {
        guard contains(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if !isControl(s, allowingLineBreaks: true) {
                out.append(s)
            } else if s.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + s.value)!)
            } else if s.value == 0x7F {
                out.append("\u{2421}")
            } else if isInvisibleFormat(s.value) {
                out.append("\u{FFFD}")
            } else {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}
