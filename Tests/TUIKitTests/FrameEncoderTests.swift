import TestSupport
import Testing

@testable import TUIKit

@Suite struct FrameEncoderTests {
    func frame(_ text: String, width: Int = 12) -> Screen {
        var c = Canvas(size: Size(width: width, height: 1))
        c.text(text, x: 0, y: 0, role: .text)
        return c.screen
    }

    func encoded(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A family emoji and a flag are one grapheme each, two cells wide, and go out whole; after
    /// each the cursor is placed where the next cell belongs, so a terminal that draws them
    /// narrower or wider cannot shift the rest of the row.
    @Test func clustersGoOutWholeAndTheRowStaysInPlace() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        let flag = "\u{1F1F8}\u{1F1EA}"
        #expect(DisplayWidth.of(Character(family)) == 2)
        #expect(DisplayWidth.of(Character(flag)) == 2)
        #expect(DisplayWidth.of(Character("\u{1F44D}\u{1F3FD}")) == 2)
        #expect(DisplayWidth.of("a\(family)b") == 4)
        var encoder = FrameEncoder(.ansi())
        let text = encoded(encoder.encode(frame("a\(family)b\(flag)c"), cursor: nil))
        #expect(text.contains("a  \u{1B}[1;2H\(family)\u{1B}[1;4Hb"))
        #expect(text.contains("  \u{1B}[1;5H\(flag)\u{1B}[1;7Hc"))
        #expect(FrameEncoder.isUncertain(Character(family)) && FrameEncoder.isUncertain(Character(flag)))
        #expect(
            !FrameEncoder.isUncertain("e\u{301}") && !FrameEncoder.isUncertain("å") && !FrameEncoder.isUncertain("漢"))
    }

    @Test func onlyWhatChangedIsWrittenAndNothingWhenNothingChanged() {
        var encoder = FrameEncoder(.ansi())
        _ = encoder.encode(frame("hej på dig"), cursor: nil)
        #expect(encoder.encode(frame("hej på dig"), cursor: nil).isEmpty)
        let change = encoded(encoder.encode(frame("hej på mig"), cursor: nil))
        #expect(change == "\u{1B}[1;8H\u{1B}[0mm\u{1B}[0m")
        // The cursor is put back where it belongs after cells were written.
        let withCursor = encoded(encoder.encode(frame("hej på sig"), cursor: (x: 2, y: 0)))
        #expect(withCursor.hasSuffix("\u{1B}[1;3H\u{1B}[?25h"))
        #expect(encoder.encode(frame("hej på sig"), cursor: (x: 2, y: 0)).isEmpty)
    }

    @Test func aResizeOrAnInvalidateDrawsEverything() {
        var encoder = FrameEncoder(.ansi())
        _ = encoder.encode(frame("abc"), cursor: nil)
        encoder.invalidate()
        let again = encoded(encoder.encode(frame("abc"), cursor: nil))
        #expect(again.contains("\u{1B}[H\u{1B}[2J") && again.contains("abc"))
        let wider = encoded(encoder.encode(frame("abc", width: 20), cursor: nil))
        #expect(wider.contains("\u{1B}[2J"))
    }
}

/// What a terminal shows after the encoder's bytes, frame after frame, is each frame: a small
/// terminal reads the bytes (cursor moves, styles, narrow and wide glyphs written as xterm writes
/// them) and its cells are compared with the frame's, glyph and style.
@Suite struct FrameEncoderTerminalTests {
    /// A terminal of single-scalar glyphs, narrow or wide.
    struct Terminal {
        var glyphs: [[Character?]]  // nil: the second half of a wide glyph
        var roles: [[Int]]
        var row = 0
        var column = 0
        var role = -1

        init(width: Int, height: Int) {
            glyphs = Array(repeating: Array(repeating: " ", count: width), count: height)
            roles = Array(repeating: Array(repeating: -1, count: width), count: height)
        }

        mutating func put(_ c: Character) {
            let wide = DisplayWidth.of(c) == 2
            let width = glyphs[0].count
            // Writing over half of a wide glyph blanks its other half, as xterm does.
            if glyphs[row][column] == nil, column > 0 { glyphs[row][column - 1] = " " }
            let end = column + (wide ? 1 : 0)
            if end + 1 < width, glyphs[row][end + 1] == nil { glyphs[row][end + 1] = " " }
            glyphs[row][column] = c
            roles[row][column] = role
            if wide {
                glyphs[row][column + 1] = nil
                roles[row][column + 1] = role
            }
            column = min(width - 1, column + (wide ? 2 : 1))
        }

        mutating func read(_ bytes: [UInt8]) {
            let text = String(decoding: bytes, as: UTF8.self)
            var scalars = Array(text.unicodeScalars)[...]
            while let s = scalars.first {
                scalars = scalars.dropFirst()
                guard s == "\u{1B}" else {
                    put(Character(s))
                    continue
                }
                // CSI: ESC [ parameters final
                scalars = scalars.dropFirst()
                var parameters = ""
                while let p = scalars.first, !(0x40...0x7E).contains(p.value) {
                    parameters.unicodeScalars.append(p)
                    scalars = scalars.dropFirst()
                }
                let final = scalars.first!
                scalars = scalars.dropFirst()
                let numbers = parameters.split(separator: ";").compactMap { Int($0) }
                switch final {
                case "H":
                    row = (numbers.first ?? 1) - 1
                    column = (numbers.count > 1 ? numbers[1] : 1) - 1
                case "m": role = numbers.last.map { $0 >= 100 ? $0 - 100 : -1 } ?? -1
                case "J":
                    for y in glyphs.indices {
                        for x in glyphs[y].indices {
                            glyphs[y][x] = " "
                            roles[y][x] = -1
                        }
                    }
                default: break  // showing and hiding the cursor
                }
            }
        }
    }

    @Test func theTerminalShowsEachFrame() {
        var rng = SplitMix64(seed: 21)
        let glyphs: [Character] = ["a", "b", "ö", " ", "学", "😀", "─"]
        let roles: [Role] = [.text, .dim, .selection, .prompt]
        let styles = Dictionary(uniqueKeysWithValues: roles.map { ($0, "\u{1B}[0;\(100 + Int($0.rawValue))m") })
        for _ in 0..<60 {
            let (width, height) = (Int.random(in: 3...14, using: &rng), Int.random(in: 1...4, using: &rng))
            var encoder = FrameEncoder(.ansi(styles: styles))
            var terminal = Terminal(width: width, height: height)
            var canvas = Canvas(size: Size(width: width, height: height))
            for _ in 0..<25 {
                // Change a few glyphs and styles of the last frame (a restyle can touch the second
                // half of a wide glyph alone).
                for _ in 0..<Int.random(in: 0...6, using: &rng) {
                    let (x, y) = (Int.random(in: 0..<width, using: &rng), Int.random(in: 0..<height, using: &rng))
                    let role = roles.randomElement(using: &rng)!
                    if Bool.random(using: &rng) {
                        canvas.set(x, y, glyphs.randomElement(using: &rng)!, role: role)
                    } else {
                        canvas.restyle(Rect(x: x, y: y, width: 1, height: 1), role: role)
                    }
                }
                terminal.read(encoder.encode(canvas.screen, cursor: nil))
                for y in 0..<height {
                    for x in 0..<width {
                        let cell = canvas.screen[x, y]
                        let shown: Character? = cell.width == 0 ? nil : canvas.screen.character(x, y)
                        #expect(terminal.glyphs[y][x] == shown, "(\(x), \(y)) of \(canvas.screen.textLines())")
                        // A wide glyph's second half shows in the glyph's style.
                        let role = cell.width == 0 ? canvas.screen[x - 1, y].role : cell.role
                        #expect(terminal.roles[y][x] == Int(role.rawValue), "(\(x), \(y))")
                    }
                }
            }
        }
    }
}
