import TestSupport
import Testing

@testable import TUIKit

@Suite struct CanvasTests {
    @Test func wideGraphemesTakeTwoCellsAndNeverSplit() {
        var c = Canvas(size: Size(width: 6, height: 1))
        c.text("a学b", x: 0, y: 0, role: .text)
        #expect(c.screen.textLines() == ["a学b  "])
        #expect(c.screen[1, 0].width == 2 && c.screen[2, 0].width == 0)
        // At a clip edge a wide grapheme that does not fit shows as a space.
        var d = Canvas(size: Size(width: 6, height: 1))
        d.within(Rect(x: 0, y: 0, width: 2, height: 1)) { $0.text("a学", x: 0, y: 0, role: .text) }
        #expect(d.screen.textLines() == ["a     "])
        // Overwriting half of a wide grapheme blanks the other half.
        c.set(2, 0, "x", role: .dim)
        #expect(c.screen.textLines() == ["a xb  "])
    }

    @Test func textIsClippedToTheRectangle() {
        var c = Canvas(size: Size(width: 10, height: 3))
        c.within(Rect(x: 2, y: 1, width: 4, height: 1)) { $0.text("Lövgärden", x: 2, y: 1, role: .text) }
        #expect(c.screen.textLines() == ["          ", "  Lövg    ", "          "])
    }

    @Test func linesAreCutWithAnEllipsis() {
        var c = Canvas(size: Size(width: 8, height: 1))
        c.line("Långedragsskolan", x: 0, y: 0, width: 8, role: .text)
        #expect(c.screen.textLines() == ["Långedr…"])
        #expect(DisplayWidth.truncate("🙂🙂🙂", to: 4) == "🙂…")
    }

    @Test func boxesHaveTitles() {
        var c = Canvas(size: Size(width: 12, height: 3))
        c.box(Rect(x: 0, y: 0, width: 12, height: 3), role: .border, title: "Skolor")
        #expect(c.screen.textLines() == ["╭─ Skolor ─╮", "│          │", "╰──────────╯"])
        #expect(c.screen.roleLines()[0] == "bbbbbbbbbbbb")
    }

    @Test func displayWidthCountsCells() {
        #expect(DisplayWidth.of("Lövgärdesskolan") == 15)
        #expect(DisplayWidth.of("学校") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.pad("å", to: 3) == "å  ")
    }

    @Test func tinySizesNeverCrash() {
        for w in 0..<4 {
            for h in 0..<4 {
                var c = Canvas(size: Size(width: w, height: h))
                c.box(Rect(x: 0, y: 0, width: w, height: h), role: .border, title: "T")
                c.text("学", x: w - 1, y: 0, role: .text)
                c.fill(Rect(x: -2, y: -2, width: 10, height: 10), role: .text)
            }
        }
    }

    @Test func wrapsByDisplayWidth() {
        #expect(
            Wrap.lines("Vad är det som gör att vi lyckas bra?", width: 12)
                == ["Vad är det", "som gör att", "vi lyckas", "bra?"])
        #expect(Wrap.lines("ett\n\ntvå", width: 10) == ["ett", "", "två"])
        #expect(Wrap.lines("kompensatoriskt", width: 6) == ["kompen", "satori", "skt"])
        #expect(Wrap.lines("学校学校", width: 5) == ["学校", "学校"])
    }

    /// Text of simple scalars is wrapped from its bytes (`Wrap.simpleLines`), to the lines the
    /// general wrapping gives: random texts of words, runs of spaces, line feeds, long words,
    /// Swedish letters and other simple scalars, at every width from 1 to 24.
    @Test func simpleTextWrapsFromItsBytesAsTheGeneralWay() {
        let pieces = [
            "a", "Läs", "förståelsen", " ", "  ", "\n", "å", "—", "\u{A0}", "kompensatoriskt", "x", "é", "“", "ö ö",
            "#tagg", "2026-12-01", "",
        ]
        var rng = SplitMix64(seed: 16)
        for _ in 0..<4_000 {
            let text = (0..<rng.int(14)).map { _ in rng.pick(pieces) }.joined()
            let width = 1 + rng.int(24)
            let simple = Wrap.simpleLines(text, width: width)
            #expect(simple == Wrap.generalLines(text, width: width), "\(text.debugDescription) at \(width)")
        }
        // Other text takes the general way.
        #expect(Wrap.simpleLines("e\u{301}", width: 4) == nil && Wrap.simpleLines("a\r\nb", width: 4) == nil)
        #expect(Wrap.simpleLines("学", width: 4) == nil && Wrap.simpleLines("a\tb", width: 4) == nil)
    }
}

@Suite struct TextShownAsItIsTests {
    @Test func aTabShowsAsSpacesAndInvisibleFormattingNotAtAll() {
        var c = Canvas(size: Size(width: 12, height: 1))
        c.text("a\tb\u{202E}c\u{200B}d", x: 0, y: 0, role: .text)
        #expect(c.screen.textLines()[0] == "a    bcd    ")
        #expect(DisplayWidth.of("a\tb") == 6)
    }
}

/// The width's fast path gives what Unicode's properties give, for every character it covers.
@Suite struct DisplayWidthFastPathTests {
    @Test func theFastPathAgreesWithUnicode() {
        for v in UInt32(0x20)...0x25FF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = Character(scalar)
            #expect(DisplayWidth.of(c) == DisplayWidth.measured(c), "U+\(String(v, radix: 16))")
        }
        // More than one scalar goes the measured way: a keycap emoji is two cells.
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    /// Simple text is measured eight ASCII bytes at a time: the same answer as scalar by scalar,
    /// wherever a control character, DEL, a letter or an emoji stands.
    @Test func eightBytesAtATimeAgreeWithScalarByScalar() {
        var rng = SplitMix64(seed: 5)
        let alphabet: [Unicode.Scalar] = [
            "a", " ", "~", "\u{1F}", "\u{7F}", "\u{0}", "\n", "å", "─", "😀", "\u{80}", "!",
        ]
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                s.unicodeScalars.append(Bool.random(using: &rng) ? "k" : alphabet.randomElement(using: &rng)!)
            }
            let allSimple = s.unicodeScalars.allSatisfy { DisplayWidth.isSimple($0.value) }
            #expect(
                DisplayWidth.simpleWidth(s) == (allSimple ? s.unicodeScalars.count : nil),
                "\(s.unicodeScalars.map(\.value))")
        }
    }
}

/// Text of simple scalars is measured and drawn without grapheme breaking: right only if no two
/// of them ever join into one grapheme, and each is one cell.
@Suite struct SimpleTextTests {
    static let simple: [Unicode.Scalar] = (UInt32(0x20)...0x25FF).compactMap(Unicode.Scalar.init)
        .filter { DisplayWidth.simpleWidth(String($0)) != nil }

    @Test func noTwoSimpleScalarsJoin() {
        #expect(Self.simple.count > 1000)
        let sample = stride(from: 0, to: Self.simple.count, by: 37).map { Self.simple[$0] }
        for a in Self.simple {
            for b in sample {
                var pair = String(a)
                pair.unicodeScalars.append(b)
                #expect(pair.count == 2 && DisplayWidth.simpleWidth(pair) == 2, "\(a) \(b)")
                var reversed = String(b)
                reversed.unicodeScalars.append(a)
                #expect(reversed.count == 2, "\(b) \(a)")
            }
        }
    }

    @Test func simpleTextIsMeasuredAndDrawnAsGraphemeByGrapheme() {
        let text = "Läsförståelsen – ”trygghet” · 94\u{a0}% … ╭─╮ Œuvre ǅ"
        #expect(DisplayWidth.simpleWidth(text) == text.count)
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        var c = Canvas(size: Size(width: 60, height: 1))
        #expect(c.text(text, x: 0, y: 0, role: .text) == text.count)
        #expect(c.screen.textLines()[0].hasPrefix(text))
        // Anything else takes the grapheme way: a combining mark, an emoji, a tab, a control.
        for other in ["e\u{301}", "a😀", "a\tb", "a\u{1}", "a\u{200D}b", "x\u{FE0F}"] {
            #expect(DisplayWidth.simpleWidth(other) == nil, "\(other.unicodeScalars.map(\.value))")
        }
    }
}

/// A cell is plain bytes (copied, compared and freed as memory); a grapheme too long for it is
/// kept by its screen and goes out whole.
@Suite struct CompactCellTests {
    @Test func aCellIsPlainBytes() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride == 16)
        for c: Character in [" ", "a", "å", "─", "…", "😀", "e\u{301}", "🇸🇪", "👍🏽", "1️⃣"] {
            #expect(Cell(c).char == c, "\(c)")
        }
        // The role and the width share the bytes with the grapheme without touching it.
        var cell = Cell("👍🏽", role: .warning, width: 2)
        #expect(cell.role == .warning && cell.width == 2 && cell.char == "👍🏽")
        cell.char = "å"
        cell.role = .match
        #expect(cell.role == .match && cell.width == 2 && cell.char == "å")
    }

    @Test func aLongGraphemeIsKeptByItsScreenAndWrittenWhole() {
        let family: Character = "👨‍👩‍👧‍👦"
        let england: Character = "🏴󠁧󠁢󠁥󠁮󠁧󠁿"
        let coder: Character = "👩🏽‍💻"  // 15 bytes
        #expect(family.utf8.count > Cell.capacity && england.utf8.count > Cell.capacity)
        #expect(coder.utf8.count > Cell.capacity)
        var c = Canvas(size: Size(width: 12, height: 1))
        c.text("a\(family)b\(england)\(coder)", x: 0, y: 0, role: .text)
        #expect(c.screen.textLines()[0].hasPrefix("a\(family)b\(england)\(coder)"))
        #expect(c.screen.character(1, 0) == family && c.screen.character(6, 0) == coder)
        var encoder = FrameEncoder(.ansi())
        let bytes = encoder.encode(c.screen, cursor: nil)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(String(family)) && text.contains(String(england)))
        // Two screens with the same long grapheme in the same place are the same.
        var d = Canvas(size: Size(width: 12, height: 1))
        d.text("a\(family)b\(england)\(coder)", x: 0, y: 0, role: .text)
        #expect(c.screen == d.screen)
        #expect(encoder.encode(d.screen, cursor: nil).isEmpty)
    }
}

/// A cell packed from a scalar's value is the cell packed from the scalar as a grapheme, for
/// scalars of one to four UTF-8 bytes.
@Suite struct ScalarCellTests {
    @Test func packedFromTheValueAsFromTheGrapheme() {
        let values: [UInt32] = [
            0x20, 0x41, 0x7F, 0x80, 0xE5, 0x7FF, 0x800, 0x2013, 0xFFFD, 0xFFFF, 0x1_0000, 0x1_F600, 0x10_FFFF,
        ]
        for v in values + Array(stride(from: 0x20, to: 0x3000, by: 7)) {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Cell(scalar: s, role: .dim) == Cell(Character(s), role: .dim), "U+\(String(v, radix: 16))")
            #expect(Cell(scalar: s).char == Character(s))
        }
    }
}

/// A fill with a one-cell grapheme writes the cells at once: the same screen as setting them one
/// by one, over wide graphemes cut at either end and within a clip.
@Suite struct FillTests {
    @Test func fillingAtOnceIsSettingOneByOne() {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<300 {
            let canvas = Canvas.randomGlyphs(&rng)
            let rect = Rect(
                x: Int.random(in: -2...11, using: &rng), y: Int.random(in: -1...2, using: &rng),
                width: Int.random(in: 0...14, using: &rng), height: Int.random(in: 0...3, using: &rng))
            let clip = Rect(
                x: Int.random(in: 0...4, using: &rng), y: 0, width: Int.random(in: 1...12, using: &rng), height: 3)
            let char: Character = Bool.random(using: &rng) ? " " : "─"
            var fast = canvas
            var slow = canvas
            fast.within(clip) { $0.fill(rect, role: .selection, char: char) }
            slow.within(clip) { c in
                let r = rect.intersection(c.clip)
                guard !r.isEmpty else { return }
                for y in r.y..<r.maxY {
                    for x in r.x..<r.maxX { c.set(x, y, char, role: .selection) }
                }
            }
            #expect(fast.screen == slow.screen, "\(rect) \(clip)")
        }
    }
}

/// Simple text is written straight into the row's cells: the same screen as setting its
/// graphemes one by one, over wide glyphs, at any place, clip and width.
@Suite struct SimpleTextWritingTests {
    @Test func writingAtOnceIsSettingOneByOne() {
        var rng = SplitMix64(seed: 11)
        let letters: [Character] = ["a", "ö", "–", "─", "Œ", " ", "”", "€"]
        for _ in 0..<500 {
            let canvas = Canvas.randomGlyphs(&rng)
            let text = String(
                (0..<Int.random(in: 0...14, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
            let x = Int.random(in: -3...12, using: &rng)
            let y = Int.random(in: -1...3, using: &rng)
            let maxWidth = Bool.random(using: &rng) ? Int.max : Int.random(in: -1...14, using: &rng)
            let clip = Rect(
                x: Int.random(in: 0...4, using: &rng), y: 0, width: Int.random(in: 1...12, using: &rng), height: 3)
            var fast = canvas
            var slow = canvas
            var usedFast = 0
            var usedSlow = 0
            fast.within(clip) { usedFast = $0.text(text, x: x, y: y, role: .selection, maxWidth: maxWidth) }
            slow.within(clip) { c in
                let limit = maxWidth == Int.max ? Int.max : x + maxWidth
                var cx = x
                for g in text {
                    if cx + 1 > limit { break }
                    if c.clip.contains(x: cx, y: y) { c.set(cx, y, g, role: .selection) }
                    cx += 1
                }
                usedSlow = cx - x
            }
            #expect(fast.screen == slow.screen, "\(text) x \(x) y \(y) max \(maxWidth) \(clip)")
            #expect(usedFast == usedSlow)
            var lineFast = canvas
            var lineSlow = canvas
            let width = Int.random(in: 0...14, using: &rng)
            lineFast.within(clip) { $0.line(text, x: x, y: y, width: width, role: .prompt) }
            lineSlow.within(clip) { c in
                let used = c.text(DisplayWidth.truncate(text, to: width), x: x, y: y, role: .prompt, maxWidth: width)
                if used < width { c.fill(Rect(x: x + used, y: y, width: width - used, height: 1), role: .prompt) }
            }
            #expect(lineFast.screen == lineSlow.screen, "\(text) x \(x) width \(width) \(clip)")
        }
    }
    /// A glyph set alone takes the short way only when it is one simple scalar; a wide glyph
    /// put where another was stays (it used to blank itself as the remains of the one before).
    @Test func aLetterWithAMarkIsKeptWhole() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        for glyph: Character in ["e\u{301}", "a", "─", "学", "🇸🇪"] {
            canvas.set(0, 0, glyph, role: .text)
            #expect(canvas.screen.character(0, 0) == glyph)
            #expect(canvas.screen[0, 0] == Cell(glyph, role: .text, width: UInt8(DisplayWidth.of(glyph))))
        }
    }
}

/// Simple text is cut by its scalars: the same as cutting it grapheme by grapheme.
@Suite struct TruncateTests {
    @Test func simpleTextIsCutAsGraphemesAre() {
        func slow(_ s: String, _ width: Int) -> String {
            guard width > 0 else { return "" }
            if DisplayWidth.of(s) <= width { return s }
            var out = ""
            var used = 0
            for c in s {
                if used + DisplayWidth.of(c) > width - 1 { break }
                out.append(c)
                used += DisplayWidth.of(c)
            }
            return out + "…"
        }
        for s in ["", "a", "Läsförståelsen ökar", "v.\u{a0}38 – “citat” · å", "abc\u{b7}def"] {
            for width in 0...22 {
                #expect(DisplayWidth.truncate(s, to: width) == slow(s, width), "\(s) \(width)")
            }
        }
    }
}

extension Canvas {
    /// 12×3 cells of random narrow and wide glyphs (what the fast ways of drawing are put over).
    static func randomGlyphs(_ rng: inout SplitMix64) -> Canvas {
        let glyphs: [Character] = ["a", "学", "😀", "ö", " "]
        var canvas = Canvas(size: Size(width: 12, height: 3))
        for y in 0..<3 {
            var x = 0
            while x < 12 {
                let g = glyphs.randomElement(using: &rng)!
                canvas.set(x, y, g, role: .dim)
                x += DisplayWidth.of(g)
            }
        }
        return canvas
    }
}
