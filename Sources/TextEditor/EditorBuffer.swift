import Foundation
import TUIKit

/// The note editor as a value: text as graphemes (line breaks included), a cursor, undo and redo.
/// Typing is grouped into undo steps by word, as in most editors.
public struct EditorBuffer: Hashable, Sendable {
    public private(set) var chars: [Character]
    /// Cursor position: 0...chars.count, between graphemes.
    public private(set) var cursor: Int
    private var undoStack: [Step] = []
    private var redoStack: [Step] = []
    private var lastEdit: EditKind?
    /// What changed since `takeChanges` was last called (for the journal: a keystroke is recorded
    /// as what it changed, not as the whole text).
    public private(set) var changes: [Change] = []
    /// The text wrapped to the width the editor was last shown at, mended with every change
    /// (not part of the value: equal buffers may have it or not).
    private var wrapping: SoftWrap?

    /// One change of the text.
    public enum Change: Hashable, Sendable {
        /// At a place (in graphemes), so many removed and this put in.
        case splice(at: Int, removed: Int, inserted: String)
    }

    /// The changes since the last call, and forgets them.
    public mutating func takeChanges() -> [Change] {
        defer { changes = [] }
        return changes
    }

    /// One undo step: its edits in the order made, and the cursor before it and after it. Kept
    /// as what changed, not as the whole text: a long note's history costs what was typed.
    struct Step: Hashable, Sendable {
        var edits: [Edit] = []
        var cursorBefore: Int
        var cursorAfter: Int
    }

    /// At `at`, `removed` taken out and `inserted` put in.
    struct Edit: Hashable, Sendable {
        var at: Int
        var removed: [Character]
        var inserted: [Character]
    }

    enum EditKind: Hashable, Sendable { case typing, deleting, other }

    public init(_ text: String = "") {
        chars = Array(text.precomposedStringWithCanonicalMapping)
        cursor = chars.count
    }

    public var text: String { Graphemes.text(chars) }

    /// The text within `radius` graphemes of the cursor (what a keystroke can have changed the
    /// meaning of: checking it costs the same in a short note and a long one).
    public func textAroundCursor(radius: Int) -> String { Graphemes.text(charactersAroundCursor(radius: radius)) }
    /// The same as graphemes, without making them into text.
    public func charactersAroundCursor(radius: Int) -> ArraySlice<Character> {
        chars[max(0, cursor - radius)..<min(chars.count, cursor + radius)]
    }
    public var isEmpty: Bool { chars.allSatisfy { $0.isWhitespace } }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    private mutating func record(_ kind: EditKind, startsWord: Bool = false) {
        // A new undo step unless this continues the same kind of edit (and no new word begins).
        if kind != lastEdit || kind == .other || startsWord {
            undoStack.append(Step(cursorBefore: cursor, cursorAfter: cursor))
            if undoStack.count > 500 { undoStack.removeFirst() }
        }
        redoStack.removeAll()
        lastEdit = kind
    }

    /// Types text at the cursor (a typed character or a paste; line breaks are kept).
    public mutating func insert(_ text: String) {
        let clean = Self.clean(text)
        guard !clean.isEmpty else { return }
        // A combining mark typed alone joins the letter before it (not a line break or a tab:
        // after those it stands alone, as it does in the text).
        if clean.count == 1, cursor > 0,
            clean[0].unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
        {
            let joined = (String(chars[cursor - 1]) + String(clean[0])).precomposedStringWithCanonicalMapping
            if joined.count == 1 {
                record(.typing)
                cursor = replace(cursor - 1..<cursor, with: [Character(joined)])
                return
            }
        }
        let startsWord = clean.count == 1 && !clean[0].isWhitespace && cursor > 0 && chars[cursor - 1].isWhitespace
        record(clean.count == 1 ? .typing : .other, startsWord: startsWord)
        cursor = replace(cursor..<cursor, with: clean)
    }

    /// Text as it is kept: composed (NFC), line breaks as `\n`. Text of scalars below U+0300
    /// without a carriage return (a typed letter, å ä ö among them) is composed already: no
    /// scalar there composes with another or has another form in NFC.
    static func clean(_ text: String) -> [Character] {
        if text.unicodeScalars.allSatisfy({ $0.value < 0x300 && $0 != "\r" }) { return Array(text) }
        return Array(
            text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n"))
    }

    public mutating func newline() { insert("\n") }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        record(.deleting)
        cursor = replace(cursor - 1..<cursor, with: [])
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        record(.deleting)
        cursor = replace(cursor..<cursor + 1, with: [])
    }

    /// Ctrl-W: the word before the cursor.
    public mutating func deleteWordBackward() { deleteBack(to: wordStart(before: cursor)) }

    /// Ctrl-U: from the start of the line to the cursor.
    public mutating func deleteToLineStart() { deleteBack(to: lineStart(cursor)) }

    /// Deletes from `start` to the cursor, as one undo step.
    private mutating func deleteBack(to start: Int) {
        guard start < cursor else { return }
        record(.other)
        cursor = replace(start..<cursor, with: [])
    }

    /// Ctrl-K: from the cursor to the end of the line.
    public mutating func deleteToLineEnd() {
        let end = lineEndIndex(cursor)
        guard cursor < end else { return }
        record(.other)
        cursor = replace(cursor..<end, with: [])
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

    /// An edit (after `record`), widened over graphemes it joins (`GraphemeJoins`), kept in the
    /// open undo step, then made. Returns where the text put in ends.
    private mutating func replace(_ range: Range<Int>, with new: [Character]) -> Int {
        let (range, new, end) = GraphemeJoins.widened(chars, range, new) ?? (range, new, range.lowerBound + new.count)
        if !undoStack.isEmpty {
            undoStack[undoStack.count - 1].edits.append(
                Edit(at: range.lowerBound, removed: Array(chars[range]), inserted: new))
        }
        splice(range, with: new)
        return end
    }

    /// Every change of the text goes through here: it is recorded for the journal and mended
    /// into the wrapping.
    private mutating func splice(_ range: Range<Int>, with new: [Character]) {
        chars.replaceSubrange(range, with: new)
        changes.append(.splice(at: range.lowerBound, removed: range.count, inserted: Graphemes.text(new)))
        wrapping?.splice(chars, at: range.lowerBound, removed: range.count, inserted: new.count)
    }

    /// Takes back the last step: its edits undone, last first; the cursor where it was before.
    public mutating func undo() {
        guard var step = undoStack.popLast() else { return }
        for e in step.edits.reversed() { splice(e.at..<(e.at + e.inserted.count), with: e.removed) }
        step.cursorAfter = cursor
        cursor = step.cursorBefore
        redoStack.append(step)
        lastEdit = nil
    }

    /// Makes the last step taken back again; the cursor where it was when it was taken back.
    public mutating func redo() {
        guard var step = redoStack.popLast() else { return }
        for e in step.edits { splice(e.at..<(e.at + e.removed.count), with: e.inserted) }
        step.cursorBefore = cursor
        cursor = step.cursorAfter
        undoStack.append(step)
        lastEdit = nil
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

    /// Keeps the text wrapped to `width` from now on (the width the editor is shown at): each
    /// change then mends the wrapping instead of the frame wrapping the whole note again.
    public mutating func wrap(width: Int) {
        if wrapping?.width != width { wrapping = SoftWrap(chars, width: width) }
    }

    /// The first grapheme of each visual line when wrapped to `width`.
    public func lineStarts(width: Int) -> [Int] {
        if let wrapping, wrapping.width == width { return wrapping.starts }
        return SoftWrap(chars, width: width).starts
    }

    /// The graphemes of visual line `n` (without the line break that ends it).
    public func lineRange(_ n: Int, of starts: [Int]) -> Range<Int> {
        guard n + 1 < starts.count else { return starts[n]..<chars.count }
        let end = starts[n + 1]
        return starts[n]..<(end > starts[n] && chars[end - 1] == "\n" ? end - 1 : end)
    }

    /// The text of visual line `n`.
    public func line(_ n: Int, of starts: [Int]) -> String { Graphemes.text(chars[lineRange(n, of: starts)]) }

    /// The text wrapped to `width` cells: each visual line with the index of its first grapheme.
    public func layout(width: Int) -> [(start: Int, text: String)] {
        let starts = lineStarts(width: width)
        return starts.indices.map { (starts[$0], line($0, of: starts)) }
    }

    /// The cursor's visual line and column when wrapped to `width`.
    public func cursorPosition(width: Int) -> (line: Int, column: Int) {
        cursorPosition(in: lineStarts(width: width))
    }

    /// The cursor's visual line and column among lines starting at `starts`.
    public func cursorPosition(in starts: [Int]) -> (line: Int, column: Int) {
        let index = SoftWrap.lastIndex(in: starts, atMost: cursor)
        let column = chars[starts[index]..<min(cursor, chars.count)].reduce(0) { $0 + DisplayWidth.of($1) }
        return (index, column)
    }

    /// Moves the cursor up or down a visual line, keeping its column as well as it can.
    public mutating func moveLine(_ delta: Int, width: Int) {
        let starts = lineStarts(width: width)
        let (line, column) = cursorPosition(in: starts)
        let target = line + delta
        guard starts.indices.contains(target) else {
            move(to: delta < 0 ? 0 : chars.count)
            return
        }
        var i = starts[target]
        var used = 0
        let end = lineRange(target, of: starts).upperBound
        while i < end, used + DisplayWidth.of(chars[i]) <= column {
            used += DisplayWidth.of(chars[i])
            i += 1
        }
        // The end of a line that wraps without a break is the next line's start: stay on the line.
        if i == end, i > starts[target], target + 1 < starts.count, starts[target + 1] == end { i -= 1 }
        move(to: i)
    }

    public static func == (a: EditorBuffer, b: EditorBuffer) -> Bool { a.chars == b.chars && a.cursor == b.cursor }

    public func hash(into h: inout Hasher) {
        h.combine(chars)
        h.combine(cursor)
    }
}
