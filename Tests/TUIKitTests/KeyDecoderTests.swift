import Testing
@testable import TUIKit

@Suite struct KeyDecoderTests {
    func scalars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .scalar($0) } }

    @Test func plainAndControlCharacters() {
        var d = KeyDecoder()
        #expect(d.decode(scalars("aå\r\t\u{7F}\u{17}\u{1A}")) == [
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
        #expect(d.decode(scalars("\u{1B}[1;5D\u{1B}[5~\u{1B}[3~")) == [
            .key(KeyEvent(.left, ctrl: true)), .key(KeyEvent(.pageUp)), .key(KeyEvent(.delete)),
        ])
        #expect(d.decode([.scalar("\u{1B}"), .key(KeyEvent(.up))]) == [.key(KeyEvent(.up, alt: true))])
    }

    @Test func aPasteIsOneEventWithItsLineBreaksEvenAcrossBatches() {
        var d = KeyDecoder()
        #expect(d.decode([.pasteStart] + scalars("Rad ett\rq")).isEmpty)
        #expect(d.isPasting)
        #expect(d.decode(scalars("\r\nRad tvåo\u{308}") + [.pasteEnd, .scalar("x")]) == [
            .paste("Rad ett\nq\nRad två\u{F6}"), .key(.char("x")),
        ])
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
