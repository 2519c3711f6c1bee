import TestSupport
import Testing

@testable import TillitDomain

/// A text on one line, found from its bytes, is the same as replacing every line break Swift
/// knows (`Character.isNewline`) with a space.
@Suite struct OneLineTests {
    @Test func theSameAsReplacingEveryLineBreak() {
        // The breaks, and their neighbours in UTF-8 (the bytes after C2 and E2 80 that are not
        // breaks, and letters whose last byte is a break's last byte: "Å" is C3 85, "è" C3 A8).
        let pieces = [
            "a", "Läs", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "Å", "è", "é",
            "\u{2027}", "\u{202A}", "…", "‰", "\u{84}", "\u{86}", "舨", "\u{E2}", "🙂", "e\u{301}",
        ]
        var rng = SplitMix64(seed: 16)
        for _ in 0..<5_000 {
            let text = (0..<rng.int(12)).map { _ in rng.pick(pieces) }.joined()
            #expect(OneLine.hasBreak(text) == text.contains(where: \.isNewline), "\(text.debugDescription)")
            #expect(OneLine.text(text) == String(text.map { $0.isNewline ? " " : $0 }), "\(text.debugDescription)")
        }
        #expect(OneLine.text("Åsa\u{2028}läser\r\nmer") == "Åsa läser mer")
    }
}
