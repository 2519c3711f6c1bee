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
