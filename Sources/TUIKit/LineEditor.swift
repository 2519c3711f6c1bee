import Foundation

/// A one-line text field as a value: text, cursor by grapheme, the usual editing keys.
public struct LineEditor: Hashable, Sendable {
    public private(set) var chars: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        chars = Array(text.precomposedStringWithCanonicalMapping)
        cursor = chars.count
    }

    public var text: String { String(chars) }

    /// Applies a key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ e: KeyEvent) -> Bool {
        switch (e.key, e.alt) {
        case (.char(let c), false):
            // A combining mark typed after a letter (a dead key, some input methods) joins it: å typed
            // as a + ring is the same text as å typed at once.
            if cursor > 0, c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                chars[cursor - 1] = Character((String(chars[cursor - 1]) + String(c)).precomposedStringWithCanonicalMapping)
            } else {
                insert(String(c))
            }
        case (.left, _) where e.ctrl || e.alt: cursor = wordStart(before: cursor)
        case (.right, _) where e.ctrl || e.alt: cursor = wordEnd(after: cursor)
        case (.char("b"), true): cursor = wordStart(before: cursor)
        case (.char("f"), true): cursor = wordEnd(after: cursor)
        case (.left, _): cursor = max(0, cursor - 1)
        case (.right, _): cursor = min(chars.count, cursor + 1)
        case (.home, _), (.ctrl("a"), _): cursor = 0
        case (.end, _), (.ctrl("e"), _): cursor = chars.count
        case (.backspace, _):
            if cursor > 0 {
                chars.remove(at: cursor - 1)
                cursor -= 1
            }
        case (.delete, _), (.ctrl("d"), _):
            if cursor < chars.count { chars.remove(at: cursor) }
        case (.ctrl("w"), _):
            let start = wordStart(before: cursor)
            chars.removeSubrange(start..<cursor)
            cursor = start
        case (.ctrl("u"), _):
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case (.ctrl("k"), _):
            chars.removeSubrange(cursor..<chars.count)
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor; line breaks become spaces in a one-line field.
    public mutating func insert(_ s: String) {
        let clean = s.precomposedStringWithCanonicalMapping.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
        chars.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0, chars[j - 1].isWhitespace || chars[j - 1].isPunctuation { j -= 1 }
        while j > 0, !(chars[j - 1].isWhitespace || chars[j - 1].isPunctuation) { j -= 1 }
        return j
    }

    func wordEnd(after i: Int) -> Int {
        var j = i
        while j < chars.count, chars[j].isWhitespace || chars[j].isPunctuation { j += 1 }
        while j < chars.count, !(chars[j].isWhitespace || chars[j].isPunctuation) { j += 1 }
        return j
    }

    /// The visible part for a field `width` cells wide, and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        func widthBetween(_ a: Int, _ b: Int) -> Int { chars[a..<b].reduce(0) { $0 + DisplayWidth.of($1) } }
        while widthBetween(start, cursor) > width - 1 { start += 1 }
        var end = start
        var used = 0
        while end < chars.count, used + DisplayWidth.of(chars[end]) <= width {
            used += DisplayWidth.of(chars[end])
            end += 1
        }
        return (String(chars[start..<end]), widthBetween(start, cursor))
    }
}
