import Foundation

/// Markdown written straight into its bytes: a year's report is tens of megabytes, so no text is
/// made twice on the way (escaped, then joined, then appended) and the whole is not copied at the
/// end from a `String` into `Data`.
struct MarkdownBytes {
    private(set) var data: Data

    init(capacity: Int) { data = Data(capacity: capacity) }

    /// A character Markdown would read as markup. Every one is ASCII, and an ASCII byte never
    /// stands inside another character's bytes, so text is escaped byte by byte.
    static func isSpecial(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"):
            return true
        default:
            return false
        }
    }

    /// Markup as it is.
    mutating func put(_ markup: String) {
        var markup = markup
        markup.withUTF8 { data.append($0) }
    }

    mutating func put(_ byte: UInt8, times: Int) {
        for _ in 0..<times { data.append(byte) }
    }

    /// Text, each special character escaped with a backslash.
    mutating func put(text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in bytes.indices where Self.isSpecial(bytes[i]) {
                data.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                data.append(UInt8(ascii: "\\"))
                start = i
            }
            data.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
