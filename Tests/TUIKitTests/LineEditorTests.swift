import Testing
@testable import TUIKit

@Suite struct LineEditorTests {
    @Test func editsByGraphemeAndWord() {
        var e = LineEditor("läs förståelse")
        e.handle(KeyEvent(.backspace))
        #expect(e.text == "läs förståels")
        e.handle(KeyEvent(.left, ctrl: true))
        #expect(e.cursor == 4)
        e.handle(KeyEvent(.char("ö")))
        #expect(e.text == "läs öförståels")
        e.handle(KeyEvent(.home))
        e.handle(KeyEvent(.delete))
        #expect(e.text == "äs öförståels")
        e.handle(KeyEvent(.end))
        e.handle(KeyEvent(.ctrl("w")))
        #expect(e.text == "äs ")
        e.handle(KeyEvent(.ctrl("u")))
        #expect(e.text.isEmpty)
    }

    @Test func decomposedInputBecomesComposed() {
        var e = LineEditor()
        e.insert("Lo\u{308}vga\u{308}rden")
        #expect(e.text == "Lövgärden")
        #expect(e.cursor == 9)
    }

    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        var e = LineEditor("La")
        e.handle(KeyEvent(.char("\u{30A}")))
        #expect(e.text == "Lå")
        #expect(e.text.unicodeScalars.count == 2)
        #expect(e.cursor == 2)
    }

    @Test func aPastedLineBreakBecomesASpace() {
        var e = LineEditor()
        e.insert("rad ett\nrad två")
        #expect(e.text == "rad ett rad två")
    }

    @Test func visiblePartFollowsTheCursor() {
        let e = LineEditor("abcdefghij")
        let (text, column) = e.visible(width: 5)
        #expect(text == "ghij")
        #expect(column == 4)
        let wide = LineEditor("学校学校学校")
        #expect(DisplayWidth.of(wide.visible(width: 5).text) <= 5)
    }
}
