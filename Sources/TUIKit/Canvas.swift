/// Clipped drawing into a screen: text that respects wide graphemes, fills, boxes.
public struct Canvas: Sendable {
    public var screen: Screen
    /// Drawing outside this rectangle is dropped.
    public var clip: Rect

    public init(size: Size) {
        screen = Screen(width: size.width, height: size.height)
        clip = screen.bounds
    }

    /// A blank canvas drawn in the memory of `spare`, a screen no longer shown, when it has the
    /// size (a frame for every key then takes no memory of its own).
    public init(size: Size, reusing spare: consuming Screen?) {
        if var reused = spare.take(), reused.size == size {
            reused.cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
            reused.clusters.removeAll(keepingCapacity: true)
            screen = reused
        } else {
            screen = Screen(width: size.width, height: size.height)
        }
        clip = screen.bounds
    }

    /// Runs `body` with the clip narrowed to `rect`, then restores it.
    public mutating func within(_ rect: Rect, _ body: (inout Canvas) -> Void) {
        let saved = clip
        clip = clip.intersection(rect)
        body(&self)
        clip = saved
    }

    /// Blank cells over `rect` (as a new canvas has), within the clip.
    public mutating func clear(_ rect: Rect) {
        let area = rect.intersection(clip)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            let start = y * screen.width + area.x
            for i in start..<(start + area.width) { screen.cells[i] = .blank }
        }
    }

    /// Sets one grapheme at (x, y); a wide one takes two cells or, if it does not fit, shows a space.
    public mutating func set(_ x: Int, _ y: Int, _ char: Character, role: Role) {
        guard clip.contains(x: x, y: y) else { return }
        if let scalar = char.unicodeScalars.first, DisplayWidth.isSimple(scalar.value),
            char.utf8.count == UTF8.width(scalar)
        {
            // One simple scalar (a letter, a line of a box): one cell, never joined.
            place(x, y, Cell(scalar: scalar, role: role))
            return
        }
        let w = DisplayWidth.of(char)
        if w == 2 && !clip.contains(x: x + 1, y: y) {
            place(x, y, Cell(" ", role: role))
            return
        }
        if w == 0 { return }
        // A wide glyph's second half first: put after it, it would find a wide glyph before it
        // (this one) and blank it as the remains of the one it covers.
        if w == 2 { place(x + 1, y, Cell(" ", role: role, width: 0)) }
        place(x, y, char, role: role, width: UInt8(w))
    }

    private mutating func place(_ x: Int, _ y: Int, _ cell: Cell) {
        clearHalves(x, y, newWidth: cell.width)
        screen[x, y] = cell
    }

    /// The same for any grapheme (a long one is kept with the screen, see `Cell`).
    private mutating func place(_ x: Int, _ y: Int, _ char: Character, role: Role, width: UInt8) {
        clearHalves(x, y, newWidth: width)
        screen.put(x, y, char, role: role, width: width)
    }

    /// Never leaves half of a wide grapheme behind.
    private mutating func clearHalves(_ x: Int, _ y: Int, newWidth: UInt8) {
        let old = screen[x, y]
        if old.width == 0, x > 0, screen[x - 1, y].width == 2 {
            screen[x - 1, y] = Cell(" ", role: screen[x - 1, y].role)
        }
        if old.width == 2, x + 1 < screen.width, newWidth != 2 {
            screen[x + 1, y] = Cell(" ", role: screen[x + 1, y].role)
        }
    }

    /// Writes text from (x, y) on one line, at most `maxWidth` cells; returns the cells used.
    @discardableResult
    public mutating func text(_ s: String, x: Int, y: Int, role: Role, maxWidth: Int = Int.max) -> Int {
        var cx = x
        let limit = maxWidth == Int.max ? Int.max : x + maxWidth
        if let count = DisplayWidth.simpleWidth(s) {
            return simpleText(s, count: count, x: x, y: y, role: role, limit: limit)
        }
        for c in s {
            if c == "\n" { break }
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if cx + w > limit { break }
            if c == "\t" {
                for i in 0..<w { set(cx + i, y, " ", role: role) }
            } else {
                set(cx, y, c, role: role)
            }
            cx += w
        }
        return cx - x
    }

    /// Text of simple scalars (`DisplayWidth.simpleWidth`: one cell each, never joining), written
    /// straight into the row's cells from its UTF-8. Only the run's two ends can cut a wide
    /// grapheme that was there (as in `fill`).
    private mutating func simpleText(_ s: String, count: Int, x: Int, y: Int, role: Role, limit: Int) -> Int {
        let used = limit == Int.max ? count : max(0, min(count, limit - x))
        let from = max(x, clip.x)
        let to = min(x + used, clip.maxX)
        guard y >= clip.y, y < clip.maxY, from < to else { return used }
        clearHalves(from, y, newWidth: 1)
        clearHalves(to - 1, y, newWidth: 1)
        let row = y * screen.width
        var s = s
        s.withUTF8 { bytes in
            screen.cells.withUnsafeMutableBufferPointer { cells in
                var i = 0
                var cx = x
                while cx < to {
                    // Simple scalars are one to three bytes (checked by `simpleWidth`).
                    let b = bytes[i]
                    let n = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3
                    if cx >= from {
                        var packed = UInt64(b)
                        if n > 1 { packed |= UInt64(bytes[i + 1]) << 8 }
                        if n > 2 { packed |= UInt64(bytes[i + 2]) << 16 }
                        cells[row + cx] = Cell(utf8: packed, count: n, role: role)
                    }
                    i += n
                    cx += 1
                }
            }
        }
        return used
    }

    /// Writes text cut with "…" to fit `width`, then pads with spaces in the same role.
    public mutating func line(_ s: String, x: Int, y: Int, width: Int, role: Role) {
        // Most lines are simple text that fits: measured once, written straight in.
        let used: Int
        let simple = DisplayWidth.simpleWidth(s)
        if let count = simple, count <= width {
            used = simpleText(s, count: count, x: x, y: y, role: role, limit: x + max(0, width))
        } else if width > 0, let count = simple {
            // Too long: its first scalars, then "…" (what `DisplayWidth.truncate` makes of it).
            used = simpleText(s, count: count, x: x, y: y, role: role, limit: x + width - 1) + 1
            set(x + width - 1, y, "…", role: role)
        } else {
            used = text(DisplayWidth.truncate(s, to: width), x: x, y: y, role: role, maxWidth: width)
        }
        if used < width { fill(Rect(x: x + used, y: y, width: width - used, height: 1), role: role) }
    }

    public mutating func fill(_ rect: Rect, role: Role, char: Character = " ") {
        let r = rect.intersection(clip)
        guard !r.isEmpty else { return }
        let cell = Cell(char, role: role)
        guard DisplayWidth.of(char) == 1, !cell.isLong else {
            for y in r.y..<r.maxY {
                for x in r.x..<r.maxX { set(x, y, char, role: role) }
            }
            return
        }
        // One cell wide: the same cell everywhere, and only the row's ends can cut a wide grapheme.
        for y in r.y..<r.maxY {
            clearHalves(r.x, y, newWidth: 1)
            clearHalves(r.maxX - 1, y, newWidth: 1)
            let start = y * screen.width
            for x in r.x..<r.maxX { screen.cells[start + x] = cell }
        }
    }

    /// Gives every cell of `rect` a role, keeping its text (for selections).
    public mutating func restyle(_ rect: Rect, role: Role) {
        let r = rect.intersection(clip)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { screen[x, y].role = role }
        }
    }

    /// A rounded box with an optional title on its top edge.
    public mutating func box(_ rect: Rect, role: Role, title: String? = nil, titleRole: Role? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (l, r, t, b) = (rect.x, rect.maxX - 1, rect.y, rect.maxY - 1)
        // Each glyph's cell is made once (the sides are drawn on every frame).
        func put(_ x: Int, _ y: Int, _ cell: Cell) { if clip.contains(x: x, y: y) { place(x, y, cell) } }
        put(l, t, Cell(scalar: "╭", role: role))
        put(r, t, Cell(scalar: "╮", role: role))
        put(l, b, Cell(scalar: "╰", role: role))
        put(r, b, Cell(scalar: "╯", role: role))
        fill(Rect(x: l + 1, y: t, width: r - l - 1, height: 1), role: role, char: "─")
        fill(Rect(x: l + 1, y: b, width: r - l - 1, height: 1), role: role, char: "─")
        let side = Cell(scalar: "│", role: role)
        for y in (t + 1)..<b {
            put(l, y, side)
            put(r, y, side)
        }
        if let title, rect.width > 4 {
            text(
                " " + DisplayWidth.truncate(title, to: rect.width - 6) + " ", x: l + 2, y: t,
                role: titleRole ?? role, maxWidth: rect.width - 4)
        }
    }
}
