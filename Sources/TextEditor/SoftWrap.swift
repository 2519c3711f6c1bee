import TUIKit

/// A note's text wrapped to a width, as the index of each visual line's first grapheme. Kept by
/// the editor and mended after each change from the line before the change until the lines meet
/// the old ones again, so a keystroke costs the same at the end of a long note as in a short one.
struct SoftWrap: Sendable {
    var width: Int
    /// The first grapheme of each visual line; a line runs to the next one's start (without the
    /// line break that ends it, if any).
    var starts: [Int]

    /// `chars` wrapped to `width` in full.
    init(_ chars: [Character], width: Int) {
        self.width = width
        starts = [0] + Self.wrap(chars, width: width, from: 0) { _ in false }.starts
    }

    /// The wrapping after `removed` graphemes at `at` were replaced by `inserted` ones (`chars`
    /// is the text afterwards). A line's end is decided by the graphemes up to the first one of
    /// the line after next at the most, so the lines before the change's own line and the one
    /// before it (two before, when the change is at a line's start) stay as they were.
    /// Returns how many lines were wrapped again.
    @discardableResult
    mutating func splice(_ chars: [Character], at: Int, removed: Int, inserted: Int) -> Int {
        let delta = inserted - removed
        let line = Self.lastIndex(in: starts, atMost: at)
        let from = max(0, line - (starts[line] == at ? 2 : 1))
        let old = starts
        let (wrapped, meeting) = Self.wrap(chars, width: width, from: old[from]) { start in
            // From here on the text is the old text moved by `delta`: so are its lines.
            start >= at + inserted && Self.index(of: start - delta, in: old) != nil
        }
        var next = Array(old[...from])
        next += wrapped
        if let meeting, let k = Self.index(of: meeting - delta, in: old) {
            next.append(meeting)
            next += old[(k + 1)...].map { $0 + delta }
        }
        starts = next
        return wrapped.count + 1
    }

    /// The starts of the visual lines after the line that starts at `from`, up to the end of the
    /// text or the first start `known` says the rest is known from (returned apart, not in `starts`).
    /// A line breaks after its last space, or inside a word longer than the line; it is never
    /// wider than `width - 1` cells (the cursor's cell) unless it is one glyph wider than that,
    /// or ends in a space that hangs in the cursor's cell.
    /// Each line is wrapped as if the text began there, which is what lets a change be mended.
    static func wrap(
        _ chars: [Character], width: Int, from: Int, until known: (Int) -> Bool
    ) -> (starts: [Int], meeting: Int?) {
        let w = max(2, width)
        var out: [Int] = []
        var used = 0
        var lastSpace: Int?  // the last space on the current line, after which it may break
        var i = from
        while i < chars.count {
            let c = chars[i]
            // A line break ends the line after it. So does a space that does not fit: it hangs at
            // the line's end (in the cursor's cell), and the next line starts with the next word.
            if c == "\n" || (c == " " && used > 0 && used + 1 > w - 1) {
                if known(i + 1) { return (out, i + 1) }
                out.append(i + 1)
                used = 0
                lastSpace = nil
                i += 1
                continue
            }
            let cw = DisplayWidth.of(c)
            if used > 0, used + cw > w - 1 {
                let next = lastSpace.map { $0 + 1 } ?? i
                if known(next) { return (out, next) }
                out.append(next)
                lastSpace = nil
                if next < i {
                    // The rest of the word goes to the next line, and this glyph is looked at again.
                    used = chars[next..<i].reduce(0) { $0 + DisplayWidth.of($1) }
                    continue
                }
                used = 0
            }
            used += cw
            if c == " " { lastSpace = i }
            i += 1
        }
        return (out, nil)
    }

    /// The index of the last element of the sorted `values` that is at most `value` (0 if none).
    static func lastIndex(in values: [Int], atMost value: Int) -> Int {
        var low = 0
        var high = values.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if values[mid] <= value { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Where `value` first is in the sorted `values` (a glyph wider than the whole line gives an
    /// empty line: two lines can start at the same grapheme).
    static func index(of value: Int, in values: [Int]) -> Int? {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < values.count && values[low] == value ? low : nil
    }
}
