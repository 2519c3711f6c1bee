import Testing

@testable import TUIKit

@Suite struct KeyDecoderTests {
    func scalars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .scalar($0) } }

    @Test func plainAndControlCharacters() {
        var d = KeyDecoder()
        #expect(
            d.decode(scalars("aå\r\t\u{7F}\u{17}\u{1A}")) == [
                .key(.char("a")), .key(.char("å")), .key(KeyEvent(.enter)), .key(KeyEvent(.tab)),
                .key(KeyEvent(.backspace)), .key(KeyEvent(.ctrl("w"))), .key(KeyEvent(.ctrl("z"))),
            ])
    }

    @Test func escapeAloneAltKeysAndSequences() {
        var d = KeyDecoder()
        #expect(d.decode(scalars("\u{1B}")) == [.key(KeyEvent(.escape))])
        #expect(d.decode(scalars("\u{1B}\r")) == [.key(KeyEvent(.enter, alt: true))])
        #expect(d.decode(scalars("\u{1B}b")) == [.key(KeyEvent(.char("b"), alt: true))])
        #expect(d.decode(scalars("\u{1B}[A\u{1B}OB")) == [.key(KeyEvent(.up)), .key(KeyEvent(.down))])
        #expect(
            d.decode(scalars("\u{1B}[1;5D\u{1B}[5~\u{1B}[3~")) == [
                .key(KeyEvent(.left, ctrl: true)), .key(KeyEvent(.pageUp)), .key(KeyEvent(.delete)),
            ])
        #expect(d.decode([.scalar("\u{1B}"), .key(KeyEvent(.up))]) == [.key(KeyEvent(.up, alt: true))])
    }

    @Test func aPasteIsOneEventWithItsLineBreaksEvenAcrossBatches() {
        var d = KeyDecoder()
        #expect(d.decode([.pasteStart] + scalars("Rad ett\rq")).isEmpty)
        #expect(d.isPasting)
        #expect(d.decode(scalars("\r\nRad tvåo\u{308}") + [.pasteEnd]) == [.paste("Rad ett\nq\nRad två\u{F6}")])
        #expect(d.decode(scalars("x")) == [.key(.char("x"))])
    }

    /// A pasted text that holds a paste's end marker cannot go on as keys: what comes in the
    /// same read after the end is pasted text too (no one types that fast).
    @Test func aPasteCannotEndItselfAndRunCommands() {
        var d = KeyDecoder()
        let hostile = "\u{1B}[200~EVIL\u{1B}[201~\rC\r\u{1B}q"
        let events = d.decode(scalars(hostile))
        #expect(events == [.paste("EVIL"), .paste("\nC\nq")])
        #expect(!events.contains { if case .key = $0 { true } else { false } })
        // The next read is keys again.
        #expect(d.decode(scalars("q")) == [.key(.char("q"))])
    }

    @Test func resizeAndHangupPassThrough() {
        var d = KeyDecoder()
        #expect(d.decode([.resize, .hangup]) == [.resize, .hangup])
    }

    @Test func keysDescribeThemselves() {
        #expect(KeyEvent(.char("q")).description == "q")
        #expect(KeyEvent(.ctrl("w")).description == "Ctrl-W")
        #expect(KeyEvent(.enter, alt: true).description == "Alt-Enter")
        #expect(KeyEvent(.pageDown).description == "PgDn")
    }
}

@Suite struct KeyDecoderPropertyTests {
    /// Any input at all (escape sequences cut anywhere, pastes, controls) decodes without a
    /// crash; a paste's text comes out whole; nothing typed is a control character.
    @Test(arguments: 0..<3)
    func randomInputNeverCrashes(_ seed: Int) {
        var state = UInt64(seed) &+ 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces = [
            "\u{1B}", "[", "O", "1", ";", "5", "A", "~", "200~", "201~", "a", "å", "\r", "\t", "\u{7F}", "\u{3}",
            "\u{9B}", "🙂", "P", "2", "0", "\u{0}",
        ]
        var decoder = KeyDecoder()
        for _ in 0..<300 {
            var batch: [RawInput] = []
            for _ in 0..<next(30) {
                if next(20) == 0 { batch.append([.pasteStart, .pasteEnd, .resize].randomElement()!) }
                for s in pieces[next(pieces.count)].unicodeScalars { batch.append(.scalar(s)) }
            }
            for event in decoder.decode(batch) {
                if case .key(let k) = event, case .char(let c) = k.key {
                    #expect(!c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                }
            }
        }
    }
}
