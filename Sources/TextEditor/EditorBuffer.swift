import Foundation
import TUIKit

/// The note editor as a value: text as graphemes (line breaks included), a cursor, undo and redo.
/// Typing is grouped into undo steps by word, as in most editors.
public struct EditorBuffer: Hashable, Sendable {
    public private(set) var chars: [Character]
    /// Cursor position: 0...chars.count, between graphemes.
    public private(set) var cursor: Int
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    private var lastEdit: EditKind?
    /// What changed since `takeChanges` was last called (for the journal: a keystroke is recorded
    /// as what it changed, not as the whole text).
    public private(set) var changes: [Change] = []

    /// One change of the text.
    public enum Change: Hashable, Sendable {
        /// At a place (in graphemes), so many removed and this put in.
        case splice(at: Int, removed: Int, inserted: String)
        /// The whole text changed at once (undo, redo).
        case replacedAll
    }

    /// The changes since the last call, and forgets them.
    public mutating func takeChanges() -> [Change] {
        defer { changes = [] }
        return changes
    }

    struct Snapshot: Hashable, Sendable {
        var chars: [Character]
        var cursor: Int
    }

    enum EditKind: Hashable, Sendable { case typing, deleting, other }

    public init(_ text: String = "") {
        chars = Array(text.precomposedStringWithCanonicalMapping)
        cursor = chars.count
    }

    public var text: String { String(chars) }

    /// The text within `radius` graphemes of the cursor (what a keystroke can have changed the
    /// meaning of: checking it costs the same in a short note and a long one).
    public func textAroundCursor(radius: Int) -> String {
        String(chars[max(0, cursor - radius)..<min(chars.count, cursor + radius)])
    }
    public var isEmpty: Bool { chars.allSatisfy { $0.isWhitespace } }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    // MARK: Editing

    private mutating func record(_ kind: EditKind, startsWord: Bool = false) {
        // A new undo step unless this continues the same kind of edit (and no new word begins).
        if kind != lastEdit || kind == .other || startsWord {
            undoStack.append(Snapshot(chars: chars, cursor: cursor))
            if undoStack.count > 500 { undoStack.removeFirst() }
        }
        redoStack.removeAll()
        lastEdit = kind
    }

    /// Types text at the cursor (a typed character or a paste; line breaks are kept).
    public mutating func insert(_ text: String) {
        let clean = Array(
            text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n"))
        guard !clean.isEmpty else { return }
        // A combining mark typed alone joins the letter before it.
        if clean.count == 1, cursor > 0,
            clean[0].unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
        {
            record(.typing)
            chars[cursor - 1] = Character(
                (String(chars[cursor - 1]) + String(clean[0])).precomposedStringWithCanonicalMapping)
            changes.append(.splice(at: cursor - 1, removed: 1, inserted: String(chars[cursor - 1])))
            return
        }
        let startsWord = clean.count == 1 && !clean[0].isWhitespace && cursor > 0 && chars[cursor - 1].isWhitespace
        record(clean.count == 1 ? .typing : .other, startsWord: startsWord)
        chars.insert(contentsOf: clean, at: cursor)
        changes.append(.splice(at: cursor, removed: 0, inserted: String(clean)))
        cursor += clean.count
    }

    public mutating func newline() { insert("\n") }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        record(.deleting)
        chars.remove(at: cursor - 1)
        cursor -= 1
        changes.append(.splice(at: cursor, removed: 1, inserted: ""))
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        record(.deleting)
        chars.remove(at: cursor)
        changes.append(.splice(at: cursor, removed: 1, inserted: ""))
    }

    /// Ctrl-W: the word before the cursor.
    public mutating func deleteWordBackward() { deleteBack(to: wordStart(before: cursor)) }

    /// Ctrl-U: from the start of the line to the cursor.
    public mutating func deleteToLineStart() { deleteBack(to: lineStart(cursor)) }

    /// Deletes from `start` to the cursor, as one undo step.
    private mutating func deleteBack(to start: Int) {
        guard start < cursor else { return }
        record(.other)
        chars.removeSubrange(start..<cursor)
        changes.append(.splice(at: start, removed: cursor - start, inserted: ""))
        cursor = start
    }

    /// Ctrl-K: from the cursor to the end of the line.
    public mutating func deleteToLineEnd() {
        let end = lineEndIndex(cursor)
        guard cursor < end else { return }
        record(.other)
        chars.removeSubrange(cursor..<end)
        changes.append(.splice(at: cursor, removed: end - cursor, inserted: ""))
    }

    /// Applies an editing step as the key tables name it (the same steps as a one-line field).
    public mutating func apply(_ edit: TextEdit) {
        switch edit {
        case .insert(let text): insert(text)
        case .left: left()
        case .right: right()
        case .wordLeft: wordLeft()
        case .wordRight: wordRight()
        case .lineStart: lineHome()
        case .lineEnd: lineEnd()
        case .deleteBackward: backspace()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .deleteToLineStart: deleteToLineStart()
        case .deleteToLineEnd: deleteToLineEnd()
        }
    }

    public mutating func undo() {
        guard let last = undoStack.popLast() else { return }
        redoStack.append(Snapshot(chars: chars, cursor: cursor))
        chars = last.chars
        cursor = last.cursor
        lastEdit = nil
        changes.append(.replacedAll)
    }

    public mutating func redo() {
        guard let next = redoStack.popLast() else { return }
        undoStack.append(Snapshot(chars: chars, cursor: cursor))
        chars = next.chars
        cursor = next.cursor
        lastEdit = nil
        changes.append(.replacedAll)
    }

    // MARK: Moving

    public mutating func move(to position: Int) {
        cursor = min(max(0, position), chars.count)
        lastEdit = nil
    }

    public mutating func left() { move(to: cursor - 1) }
    public mutating func right() { move(to: cursor + 1) }
    public mutating func wordLeft() { move(to: wordStart(before: cursor)) }
    public mutating func wordRight() { move(to: wordEnd(after: cursor)) }
    public mutating func lineHome() { move(to: lineStart(cursor)) }
    public mutating func lineEnd() { move(to: lineEndIndex(cursor)) }

    func wordStart(before i: Int) -> Int { WordMotion.start(before: i, in: chars) }
    func wordEnd(after i: Int) -> Int { WordMotion.end(after: i, in: chars) }

    func lineStart(_ i: Int) -> Int {
        var j = i
        while j > 0, chars[j - 1] != "\n" { j -= 1 }
        return j
    }

    func lineEndIndex(_ i: Int) -> Int {
        var j = i
        while j < chars.count, chars[j] != "\n" { j += 1 }
        return j
    }

    // MARK: Wrapping

    /// The text wrapped to `width` cells: each visual line with the index of its first grapheme.
    /// Lines are found by index and made into text once each (this runs for every frame while a
    /// note is written).
    public func layout(width: Int) -> [(start: Int, text: String)] {
        let w = max(2, width)
        var out: [(Int, String)] = []
        var start = 0  // the current line's first grapheme
        var used = 0
        var lastSpace: Int?  // the last space on the current line, after which it may break
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                out.append((start, String(chars[start..<i])))
                start = i + 1
                used = 0
                lastSpace = nil
                i += 1
                continue
            }
            let cw = DisplayWidth.of(c)
            if used + cw > w - 1 {
                if let space = lastSpace {
                    // Break after the last space: the rest of the word goes to the next line.
                    out.append((start, String(chars[start...space])))
                    start = space + 1
                    used = chars[start..<i].reduce(0) { $0 + DisplayWidth.of($1) }
                } else {
                    out.append((start, String(chars[start..<i])))
                    start = i
                    used = 0
                }
                lastSpace = nil
            }
            used += cw
            if c == " " { lastSpace = i }
            i += 1
        }
        out.append((start, String(chars[start..<chars.count])))
        return out
    }

    /// The cursor's visual line and column when wrapped to `width`.
    public func cursorPosition(width: Int) -> (line: Int, column: Int) {
        cursorPosition(in: layout(width: width))
    }

    /// The cursor's visual line and column in a layout of this text (`layout(width:)`).
    public func cursorPosition(in lines: [(start: Int, text: String)]) -> (line: Int, column: Int) {
        var index = 0
        for (n, l) in lines.enumerated() where l.start <= cursor { index = n }
        let start = lines[index].start
        let column = chars[start..<min(cursor, chars.count)].reduce(0) { $0 + DisplayWidth.of($1) }
        return (index, column)
    }

    /// Moves the cursor up or down a visual line, keeping its column as well as it can.
    public mutating func moveLine(_ delta: Int, width: Int) {
        let lines = layout(width: width)
        let (line, column) = cursorPosition(in: lines)
        let target = line + delta
        guard lines.indices.contains(target) else {
            move(to: delta < 0 ? 0 : chars.count)
            return
        }
        let start = lines[target].start
        var i = start
        var used = 0
        let end = start + lines[target].text.count
        while i < end, used + DisplayWidth.of(chars[i]) <= column {
            used += DisplayWidth.of(chars[i])
            i += 1
        }
        move(to: i)
    }

    public static func == (a: EditorBuffer, b: EditorBuffer) -> Bool { a.chars == b.chars && a.cursor == b.cursor }

    public func hash(into h: inout Hasher) {
        h.combine(chars)
        h.combine(cursor)
    }
}
