import Glibc

/// Turns frames into the bytes a terminal needs, all of a frame in one buffer (one `write`):
/// only the cells that changed, each run placed with an absolute cursor move, a style switched
/// only when it changes. Grapheme clusters go out whole (a family emoji, a flag), whatever their
/// length; one whose width terminals disagree on is written over blanks and followed by a move
/// to where the next cell belongs, and the rest of its row is written again, so that no terminal
/// can shift or leave behind the cells after it.
public struct FrameEncoder: Sendable {
    /// What the terminal understands, as byte strings from its terminfo entry.
    public struct Capabilities: Sendable {
        /// Moves the cursor to (row, column), both from 0.
        public var moveTo: @Sendable (Int, Int) -> String
        /// Each role's full style, starting from the terminal's defaults (it begins with a reset).
        public var styles: [Role: String]
        /// Back to the terminal's default style.
        public var reset: String
        /// Clears the screen.
        public var clear: String
        public var showCursor: String
        public var hideCursor: String

        public init(
            moveTo: @escaping @Sendable (Int, Int) -> String, styles: [Role: String], reset: String, clear: String,
            showCursor: String, hideCursor: String
        ) {
            self.moveTo = moveTo
            self.styles = styles
            self.reset = reset
            self.clear = clear
            self.showCursor = showCursor
            self.hideCursor = hideCursor
        }

        /// ANSI/ECMA-48 sequences (what tests and the benchmark use).
        public static func ansi(styles: [Role: String] = [:]) -> Capabilities {
            Capabilities(
                moveTo: { "\u{1B}[\($0 + 1);\($1 + 1)H" }, styles: styles, reset: "\u{1B}[0m",
                clear: "\u{1B}[H\u{1B}[2J",
                showCursor: "\u{1B}[?25h", hideCursor: "\u{1B}[?25l")
        }
    }

    public let capabilities: Capabilities
    private var last: Screen?
    private var cursorShown: Bool?
    private var lastCursor: (x: Int, y: Int)?
    /// Each role's style as bytes, by the role's raw value.
    private let styleBytes: [[UInt8]]
    private let resetBytes: [UInt8]
    /// Cursor moves already worked out (a terminfo move goes through `tparm`), by row and column.
    private var moves: [Int: [UInt8]] = [:]

    public init(_ capabilities: Capabilities) {
        self.capabilities = capabilities
        resetBytes = Array(capabilities.reset.utf8)
        styleBytes = Role.allCases.map { Array((capabilities.styles[$0] ?? capabilities.reset).utf8) }
    }

    /// The next frame is drawn whole (after a resize, a suspend or anything else that may have
    /// touched the terminal).
    public mutating func invalidate() {
        last = nil
        cursorShown = nil
        lastCursor = nil
        moves = [:]  // a new size: the moves of the old one are not needed
    }

    private mutating func move(_ y: Int, _ x: Int, _ out: inout [UInt8]) {
        let key = y << 16 | x
        if let bytes = moves[key] {
            out += bytes
            return
        }
        let bytes = Array(capabilities.moveTo(y, x).utf8)
        moves[key] = bytes
        out += bytes
    }

    /// The bytes that take the terminal from the last frame to this one (empty when nothing changed).
    public mutating func encode(_ screen: Screen, cursor: (x: Int, y: Int)?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        let previous = last.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if previous == nil { out += Array((capabilities.reset + capabilities.clear).utf8) }
        // The style last written, as the cell's role bits (`Cell.roleBits`: `Cell.role` would look
        // the role up for every cell).
        var role: UInt8?
        let width = screen.width
        let before = previous?.cells ?? []
        screen.cells.withUnsafeBufferPointer { now in
            before.withUnsafeBufferPointer { was in
                for y in 0..<screen.height {
                    let row = y * width
                    // A row as it was costs nothing (most rows of most frames).
                    // Cells are plain bytes (`Cell`): a row is compared as memory.
                    if !was.isEmpty,
                        memcmp(now.baseAddress! + row, was.baseAddress! + row, width * MemoryLayout<Cell>.stride) == 0
                    {
                        continue
                    }
                    var x = 0
                    var rewriteRest = false
                    var placed: Int?  // where the terminal's cursor is known to be on this row
                    while x < width {
                        if !rewriteRest, !was.isEmpty {
                            // Cells as they were, passed over as words.
                            let from = x
                            while x < width,
                                (now[row + x].low ^ was[row + x].low) | (now[row + x].high ^ was[row + x].high) == 0
                            {
                                x += 1
                            }
                            // The second half of a wide glyph changed: the glyph is looked at
                            // below, its second half with it.
                            if x < width, x > from, now[row + x].width == 0 { x -= 1 }
                            if x != from { placed = nil }
                            if x == width { break }
                        }
                        let cell = now[row + x]
                        let cellWidth = max(1, Int(cell.width))
                        if cell.width == 0 {
                            // The second half of a wide grapheme: written with it.
                            x += 1
                            continue
                        }
                        var changed = rewriteRest || was.isEmpty
                        if !changed {
                            changed = was[row + x] != cell
                            if !changed, cellWidth == 2, x + 1 < width {
                                changed = was[row + x + 1] != now[row + x + 1]
                            }
                        }
                        guard changed else {
                            x += cellWidth
                            placed = nil
                            continue
                        }
                        if placed != x { move(y, x, &out) }
                        let cellRole = cell.roleBits
                        if cellRole != role {
                            out +=
                                styleBytes[Int(cellRole) < styleBytes.count ? Int(cellRole) : Int(Role.text.rawValue)]
                            role = cellRole
                        }
                        // Three bytes or fewer are one scalar or a letter with a mark: never uncertain.
                        if cell.byteCount == 0 || cell.byteCount > 3, Self.isUncertain(screen.character(of: cell)) {
                            // Terminals disagree on its width: blank its cells, write it, then say
                            // where the next cell is, and write the rest of the row again.
                            out += repeatElement(UInt8(ascii: " "), count: cellWidth)
                            move(y, x, &out)
                            screen.appendUTF8(of: cell, to: &out)
                            move(y, x + cellWidth, &out)
                            rewriteRest = true
                        } else {
                            screen.appendUTF8(of: cell, to: &out)
                        }
                        x += cellWidth
                        placed = x
                    }
                }
            }
        }
        if role != nil { out += resetBytes }
        if let cursor {
            // Writing cells moved the terminal's cursor: put it back where it belongs.
            if !out.isEmpty || lastCursor.map({ $0 != cursor.x || $1 != cursor.y }) ?? true {
                move(cursor.y, cursor.x, &out)
            }
            if cursorShown != true { out += Array(capabilities.showCursor.utf8) }
        } else if cursorShown != false {
            out += Array(capabilities.hideCursor.utf8)
        }
        cursorShown = cursor != nil
        lastCursor = cursor
        last = screen
        return out
    }

    /// Whether terminals disagree on how wide a grapheme cluster is: joined emoji (ZWJ), flags,
    /// skin tones, keycaps, and emoji forced to a presentation by a variation selector. A letter
    /// with combining marks is not one of them.
    public static func isUncertain(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard scalars.count > 1 || (0x1F1E6...0x1F1FF).contains(scalars.first!.value) else { return false }
        return scalars.contains { s in
            let v = s.value
            return v == 0x200D || v == 0xFE0F || v == 0xFE0E || v == 0x20E3 || (0x1F3FB...0x1F3FF).contains(v)
                || (0x1F1E6...0x1F1FF).contains(v) || (0xE0020...0xE007F).contains(v)
        }
    }
}
