/// A message's text split once into its words and its `{name}` place holders, so that filling it
/// in (many texts of every frame) is appending pieces, not scanning the text again.
///
/// A place holder is `{`, a name without braces, `}`. Anything else is text: a lone brace, and
/// the first brace of `{{name}}`.
struct Template: Sendable {
    /// The text as written.
    let text: String
    /// Its pieces in order; empty when it has no place holders.
    let pieces: [Piece]

    enum Piece: Sendable {
        case text(String)
        case name(String)
    }

    init(_ text: String) {
        self.text = text
        var pieces: [Piece] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            // Names are ASCII: a brace is never inside a letter's bytes, so byte places cut whole letters.
            guard bytes[i] == UInt8(ascii: "{"),
                let close = bytes[(i + 1)...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
                bytes[close] == UInt8(ascii: "}")
            else {
                i += 1
                continue
            }
            if start < i { pieces.append(.text(String(decoding: bytes[start..<i], as: UTF8.self))) }
            pieces.append(.name(String(decoding: bytes[(i + 1)..<close], as: UTF8.self)))
            i = close + 1
            start = i
        }
        if !pieces.isEmpty, start < bytes.count {
            pieces.append(.text(String(decoding: bytes[start...], as: UTF8.self)))
        }
        self.pieces = pieces
    }

    /// The text with each place holder's value; one without a value stays as it is written.
    func filled(_ value: (String) -> String?) -> String {
        guard !pieces.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        for piece in pieces {
            switch piece {
            case .text(let s): out += s
            case .name(let name):
                if let v = value(name) {
                    out += v
                } else {
                    out += "{"
                    out += name
                    out += "}"
                }
            }
        }
        return out
    }
}
