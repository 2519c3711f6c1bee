import TUIKit
import TestSupport
import Testing
import TillitDomain

@testable import TextEditor

@Suite struct EditorBufferTests {
    func typed(_ text: String) -> EditorBuffer {
        var b = EditorBuffer()
        for c in text { b.insert(String(c)) }
        return b
    }

    @Test func typesSwedishAndWideTextByGrapheme() {
        var b = typed("Läs 学校 🙂")
        #expect(b.text == "Läs 学校 🙂")
        b.backspace()
        #expect(b.text == "Läs 学校 ")
        b.left()
        b.left()
        b.backspace()
        #expect(b.text == "Läs 校 ")
        b.insert("a")
        b.insert("\u{30A}")
        #expect(b.text == "Läs å校 ")
        #expect(b.text.unicodeScalars.filter { $0.value == 0x30A }.isEmpty)
    }

    @Test func movesByWordAndLine() {
        var b = EditorBuffer("Vad gör att vi lyckas?\nHur kan vi arbeta förebyggande?")
        b.move(to: 0)
        b.wordRight()
        #expect(b.cursor == 3)
        b.wordRight()
        #expect(b.cursor == 7)
        b.lineEnd()
        #expect(b.cursor == 22)
        b.right()
        b.wordRight()
        b.wordRight()
        b.wordLeft()
        #expect(b.cursor == 27)
        b.lineHome()
        #expect(b.cursor == 23)
        b.deleteToLineStart()
        #expect(b.text.hasPrefix("Vad"))
        b.lineEnd()
        b.deleteWordBackward()
        #expect(b.text.hasSuffix("arbeta "))
    }

    @Test func aPasteKeepsItsLineBreaksAndIsOneUndoStep() {
        var b = typed("Före: ")
        b.insert("rad ett\r\nrad två\rrad tre")
        #expect(b.text == "Före: rad ett\nrad två\nrad tre")
        b.undo()
        #expect(b.text == "Före: ")
    }

    @Test func undoAndRedoGoWordByWord() {
        var b = typed("tre ord här")
        b.undo()
        #expect(b.text == "tre ord ")
        b.undo()
        #expect(b.text == "tre ")
        b.redo()
        #expect(b.text == "tre ord ")
        b.insert("x")
        #expect(!b.canRedo)
        b.backspace()
        b.backspace()
        b.undo()
        #expect(b.text == "tre ord x")
    }

    @Test func wrapsAtSpacesAndPlacesTheCursor() {
        let b = EditorBuffer("Eleverna klarar samma uppgifter muntligt")
        let lines = b.layout(width: 16)
        #expect(lines.map(\.text) == ["Eleverna klarar ", "samma uppgifter ", "muntligt"])
        #expect(b.cursorPosition(width: 16) == (2, 8))
        var c = b
        c.moveLine(-1, width: 16)
        #expect(c.cursor == lines[1].start + 8)
        c.moveLine(-5, width: 16)
        #expect(c.cursor == 0)
    }

    /// A word that fills the line and the space typed after it: the space stays on the line,
    /// the next word starts the next one.
    @Test func aSpaceAtTheEdgeHangs() {
        var b = EditorBuffer("kompensatoriska")
        b.insert(" ")
        b.insert("och")
        #expect(b.layout(width: 16).map(\.text) == ["kompensatoriska ", "och"])
        #expect(b.cursorPosition(width: 16) == (1, 3))
    }

    @Test func wrapsWideGlyphsAndLongWords() {
        let b = EditorBuffer("学校学校学校")
        #expect(b.layout(width: 5).map(\.text) == ["学校", "学校", "学校"])
        let long = EditorBuffer("kompensatoriskt")
        #expect(long.layout(width: 6).map(\.text) == ["kompe", "nsato", "riskt"])
    }
}

/// Wrapping by index gives what wrapping by building each line gives, for any text and width;
/// the wrapping mended after each change is the wrapping of the changed text.
@Suite struct LayoutEquivalenceTests {
    /// Lines built glyph by glyph (the reference): a line breaks after its last space, or before
    /// a glyph that does not fit when it has none; the glyph is then looked at again.
    static func reference(_ chars: [Character], width: Int) -> [(start: Int, text: String)] {
        let w = max(2, width)
        var out: [(Int, String)] = []
        var lineStartIndex = 0
        var line: [Character] = []
        var used = 0
        var lastSpace: Int?
        func flush(_ next: Int) {
            out.append((lineStartIndex, String(line)))
            lineStartIndex = next
            line = []
            used = 0
            lastSpace = nil
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                flush(i + 1)
                i += 1
                continue
            }
            let cw = DisplayWidth.of(c)
            if used > 0, used + cw > w - 1, c == " " {
                line.append(c)
                flush(i + 1)
                i += 1
                continue
            }
            if used > 0, used + cw > w - 1 {
                if let space = lastSpace {
                    let rest = Array(line[(space + 1)...])
                    line = Array(line[...space])
                    flush(lineStartIndex + line.count)
                    line = rest
                    used = rest.reduce(0) { $0 + DisplayWidth.of($1) }
                    continue
                }
                flush(i)
            }
            line.append(c)
            used += cw
            if c == " " { lastSpace = line.count - 1 }
            i += 1
        }
        out.append((lineStartIndex, String(line)))
        return out
    }

    static let pieces: [Character] = ["a", "ö", " ", " ", "\n", "学", "😀", "e\u{301}", "-", "x", "\t"]

    @Test func anyTextAnyWidth() {
        var rng = SplitMix64(seed: 16)  // the same texts every run
        for _ in 0..<400 {
            let n = Int.random(in: 0...60, using: &rng)
            let chars = (0..<n).map { _ in Self.pieces.randomElement(using: &rng)! }
            let buffer = EditorBuffer(String(chars))
            for width in [1, 2, 3, 5, 8, 13, 40] {
                let a = buffer.layout(width: width)
                let b = Self.reference(buffer.chars, width: width)
                #expect(a.map(\.start) == b.map(\.start) && a.map(\.text) == b.map(\.text), "\(chars) \(width)")
                // No line is wider than the width less the cursor's cell, unless one glyph is or
                // a space hangs in the cursor's cell; no line starts with a space it could end.
                for line in a where DisplayWidth.of(line.text) > max(2, width) - 1 {
                    let core = line.text.hasSuffix(" ") ? String(line.text.dropLast()) : line.text
                    #expect(core.count <= 1 || DisplayWidth.of(core) <= max(2, width) - 1, "\(line.text) \(width)")
                }
            }
        }
    }

    /// Typing, deleting, undoing and pasting anywhere in a note: the wrapping the editor mends is
    /// always the wrapping of its text done afresh.
    @Test func mendedWrappingIsTheFreshOne() {
        var rng = SplitMix64(seed: 1_600)
        for round in 0..<150 {
            let width = [2, 3, 5, 8, 13, 40][round % 6]
            var buffer = EditorBuffer(
                String(
                    (0..<Int.random(in: 0...80, using: &rng)).map { _ in
                        Self.pieces.randomElement(using: &rng)!
                    }))
            buffer.wrap(width: width)
            for step in 0..<60 {
                buffer.move(to: Int.random(in: 0...buffer.chars.count, using: &rng))
                switch Int.random(in: 0..<10, using: &rng) {
                case 0...3: buffer.insert(String(Self.pieces.randomElement(using: &rng)!))
                case 4:
                    buffer.insert(
                        String(
                            (0..<Int.random(in: 2...12, using: &rng)).map { _ in
                                Self.pieces.randomElement(using: &rng)!
                            }))
                case 5: buffer.backspace()
                case 6: buffer.deleteForward()
                case 7: buffer.deleteWordBackward()
                case 8: buffer.deleteToLineEnd()
                default: if Bool.random(using: &rng) { buffer.undo() } else { buffer.redo() }
                }
                let fresh = SoftWrap(buffer.chars, width: width).starts
                #expect(buffer.lineStarts(width: width) == fresh, "round \(round) step \(step)")
                if buffer.lineStarts(width: width) != fresh { return }
            }
        }
    }

    /// A keystroke in a long note wraps its own line and the one before again, not the note.
    @Test func mendingLooksAtTheChangedLinesOnly() {
        var chars = Array(String(repeating: "ord ", count: 2_000))
        var wrap = SoftWrap(chars, width: 40)
        let before = wrap.starts
        chars.append("x")
        let wrapped = wrap.splice(chars, at: chars.count - 1, removed: 0, inserted: 1)
        #expect(wrap.starts == SoftWrap(chars, width: 40).starts)
        #expect(before.count > 200 && wrapped <= 3)
        // A word taken out moves the rest of its paragraph, and no further.
        chars = Array(String(repeating: String(repeating: "ord ", count: 30) + "\n", count: 60))
        wrap = SoftWrap(chars, width: 40)
        chars.removeSubrange(1_000..<1_004)
        #expect(wrap.splice(chars, at: 1_000, removed: 4, inserted: 0) <= 6)
        #expect(wrap.starts == SoftWrap(chars, width: 40).starts)
    }
}

/// Undo keeps what each step changed, not the whole text: undoing every step gives the first
/// text back, redoing them gives the last, and the changes the journal gets (undo and redo
/// included) rebuild the text the buffer holds.
@Suite struct UndoByEditsTests {
    @Test func undoAllRedoAllAndTheJournalFollows() {
        var rng = SplitMix64(seed: 77)
        let pieces: [Character] = ["a", "ö", " ", "\n", "学", "😀", "-", "x"]
        for round in 0..<60 {
            let first = String(
                (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! })
            var buffer = EditorBuffer(first)
            var journal = buffer.chars
            func replay() {
                for case .splice(let at, let removed, let inserted) in buffer.takeChanges() {
                    journal.replaceSubrange(at..<(at + removed), with: Array(inserted))
                }
                #expect(journal == buffer.chars, "round \(round)")
            }
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                buffer.move(to: Int.random(in: 0...buffer.chars.count, using: &rng))
                switch Int.random(in: 0..<8, using: &rng) {
                case 0...3: buffer.insert(String(pieces.randomElement(using: &rng)!))
                case 4: buffer.backspace()
                case 5: buffer.deleteWordBackward()
                case 6: buffer.undo()
                default: buffer.redo()
                }
                replay()
            }
            let last = buffer.text
            let couldRedo = buffer.canRedo
            var undos = 0
            while buffer.canUndo {
                buffer.undo()
                undos += 1
                replay()
            }
            #expect(buffer.text == first, "round \(round)")
            for _ in 0..<undos { buffer.redo() }
            replay()
            #expect(buffer.text == last && buffer.canRedo == couldRedo, "round \(round)")
        }
    }
}

/// Text below U+0300 without a carriage return is kept as it is typed: composing it changes
/// nothing, for every such scalar.
@Suite struct CleanTextTests {
    @Test func scalarsBelowCombiningMarksAreComposedAlready() {
        for v in UInt32(0x20)..<0x300 {
            guard let s = Unicode.Scalar(v), s != "\r" else { continue }
            let text = "a" + String(s) + "Å"
            #expect(EditorBuffer.clean(text) == Array(text.precomposedStringWithCanonicalMapping), "U+\(v)")
        }
        #expect(EditorBuffer.clean("a\r\nb\rc") == Array("a\nb\nc"))
        #expect(EditorBuffer.clean("e\u{301}") == ["é"])
    }
}

/// A combining mark typed after a line break or a tab stands alone, as it does in the text
/// (joining it would make two graphemes one character, which traps).
@Suite struct CombiningMarkTests {
    @Test func aMarkAfterALineBreakStandsAlone() {
        for before in ["a\n", "a\t", "\n", "a\r\n"] {
            var b = EditorBuffer(before)
            b.insert("\u{301}")
            #expect(b.chars == Array(b.text), "\(before.debugDescription)")
        }
        var b = EditorBuffer("e")
        b.insert("\u{301}")
        #expect(b.chars == ["é"])
    }
}

/// Up from the end of a long word's second line lands on its first line, not at the start of
/// the line it came from.
@Suite struct MoveLineTests {
    @Test func upFromTheEndOfAWrappedWord() {
        var b = EditorBuffer("aaaaabbbbb")
        #expect(b.cursorPosition(width: 6) == (1, 5))
        b.moveLine(-1, width: 6)
        #expect(b.cursorPosition(width: 6).line == 0)
        var c = EditorBuffer("ord ord ord")
        c.moveLine(-1, width: 9)
        #expect(c.cursorPosition(width: 9).line == 0)
    }
}

/// Text put in beside graphemes it joins (a mark pasted after a letter, two regional indicators,
/// an emoji and its skin tone, Hangul jamo), or graphemes a deletion leaves side by side, are kept
/// as the graphemes the text splits into: the journal counts places in graphemes, and after a
/// restart the note is read back as text, so the two must always agree.
@Suite struct JoiningGraphemesTests {
    static let pieces = [
        "a", "e", " ", "\n", "\u{301}", "e\u{301}x", "\u{301}b", "🇸", "🇪", "🇸🇪", "👍", "🏽", "\u{200D}", "👩",
        "ᄀ", "ᅡ", "ᆨ", "x\u{20DD}", "ö",
    ]

    @Test func theGraphemesAlwaysAgreeWithTheTextAndTheJournal() {
        var rng = SplitMix64(seed: 16)
        for round in 0..<400 {
            var b = EditorBuffer("")
            var replayed: [Character] = []
            for step in 0..<30 {
                switch rng.int(10) {
                case 0: b.backspace()
                case 1: b.deleteForward()
                case 2: b.left()
                case 3: b.right()
                case 4: b.undo()
                case 5: b.redo()
                default: b.insert(rng.pick(Self.pieces))
                }
                for case .splice(let at, let removed, let inserted) in b.takeChanges() {
                    #expect(DraftEdit(base: 0, at: at, removed: removed, inserted: inserted).apply(to: &replayed))
                }
                #expect(b.chars == Array(b.text), "round \(round), step \(step): \(b.text.debugDescription)")
                #expect(replayed == b.chars, "round \(round), step \(step)")
                #expect(b.cursor >= 0 && b.cursor <= b.chars.count)
                if b.chars != Array(b.text) || replayed != b.chars { return }
            }
        }
    }

    @Test func aMarkPastedAfterALetterJoinsIt() {
        var b = EditorBuffer("kaf")
        b.insert("e\u{301} och te")
        #expect(b.chars == Array("kafé och te") && b.cursor == b.chars.count)
        var flag = EditorBuffer("🇸")
        flag.insert("🇪")
        #expect(flag.chars == ["🇸🇪"] && flag.cursor == 1)
        // A deletion that leaves two halves of a flag side by side.
        var halves = EditorBuffer("🇸x🇪")
        halves.left()
        halves.backspace()
        #expect(halves.chars == ["🇸🇪"] && halves.text == "🇸🇪")
        halves.undo()
        #expect(halves.text == "🇸x🇪" && halves.chars == Array("🇸x🇪"))
    }
}
