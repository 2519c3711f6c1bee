import Testing

@testable import TUIKit

@Suite struct LineEditorTests {
    @Test func editsByGraphemeAndWord() {
        var e = LineEditor("läs förståelse")
        e.apply(.deleteBackward)
        #expect(e.text == "läs förståels")
        e.apply(.wordLeft)
        #expect(e.cursor == 4)
        e.apply(.insert("ö"))
        #expect(e.text == "läs öförståels")
        e.apply(.lineStart)
        e.apply(.deleteForward)
        #expect(e.text == "äs öförståels")
        e.apply(.lineEnd)
        e.apply(.deleteWordBackward)
        #expect(e.text == "äs ")
        e.apply(.deleteToLineStart)
        #expect(e.text.isEmpty)
    }

    /// One rule for words in fields and in the note editor: letters, digits, marks and `_`; `#`,
    /// `+` and punctuation separate them.
    @Test func wordsAreLettersDigitsMarksAndUnderscores() {
        var e = LineEditor("C++ och #läs_förståelse 2026")
        e.apply(.wordLeft)
        #expect(e.cursor == 24)
        e.apply(.wordLeft)
        #expect(e.cursor == 9)
        e.apply(.wordLeft)
        e.apply(.wordLeft)
        #expect(e.cursor == 0)
        e.apply(.wordRight)
        #expect(e.cursor == 1)
        #expect(WordMotion.isWordCharacter("é"))
        #expect(WordMotion.isWordCharacter("_"))
        #expect(!WordMotion.isWordCharacter("#"))
        #expect(!WordMotion.isWordCharacter("+"))
        #expect(!WordMotion.isWordCharacter("@"))
    }

    @Test func applySaysWhetherTheTextChanged() {
        var e = LineEditor("ab")
        let moved = e.apply(.left)
        let cut = e.apply(.deleteToLineEnd)
        #expect(!moved && cut && e.text == "a")
        let nothing = e.apply(.deleteForward)
        #expect(!nothing)
    }

    @Test func decomposedInputBecomesComposed() {
        var e = LineEditor()
        e.insert("Lo\u{308}vga\u{308}rden")
        #expect(e.text == "Lövgärden")
        #expect(e.cursor == 9)
    }

    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        var e = LineEditor("La")
        e.apply(.insert("\u{30A}"))
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
