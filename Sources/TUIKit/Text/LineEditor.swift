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

    /// Applies an editing step; says whether the text changed (a filter then starts again from
    /// its first match).
    @discardableResult
    public mutating func apply(_ edit: TextEdit) -> Bool {
        let before = chars
        switch edit {
        case .insert(let s):
            // A combining mark typed after a letter (a dead key, some input methods) joins it: å
            // typed as a + ring is the same text as å typed at once.
            if cursor > 0, !s.isEmpty,
                s.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
            {
                chars[cursor - 1] = Character((String(chars[cursor - 1]) + s).precomposedStringWithCanonicalMapping)
            } else {
                insert(s)
            }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .wordLeft: cursor = WordMotion.start(before: cursor, in: chars)
        case .wordRight: cursor = WordMotion.end(after: cursor, in: chars)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = chars.count
        case .deleteBackward:
            if cursor > 0 {
                chars.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteForward:
            if cursor < chars.count { chars.remove(at: cursor) }
        case .deleteWordBackward:
            let start = WordMotion.start(before: cursor, in: chars)
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToLineStart:
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToLineEnd:
            chars.removeSubrange(cursor..<chars.count)
        }
        return chars != before
    }

    /// Inserts text at the cursor; line breaks become spaces in a one-line field.
    public mutating func insert(_ s: String) {
        let clean = s.precomposedStringWithCanonicalMapping.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
        chars.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
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
