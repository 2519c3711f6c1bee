import Testing

@testable import TillitDomain

/// The word lists' fast way through Swedish text makes the same words as Unicode's tables.
@Suite struct LatinWordsTests {
    @Test func everyLatinOneCharacterIsALetterADigitOrASeparatorAsUnicodeSays() {
        for v in Array(UInt32(0)...0xFF) + NoteSearch.punctuation.flatMap(Array.init) {
            let c = Character(Unicode.Scalar(v)!)
            let text = "ab\(c)cd \(c) \(c)\(c)"
            var fast: Set<String> = []
            var slow: Set<String> = []
            #expect(NoteSearch.latinWords(text, into: &fast))
            NoteSearch.words(text, into: &slow)
            #expect(fast == slow, "U+\(String(v, radix: 16))")
        }
    }

    @Test func swedishTextAndAnythingElse() {
        for text in [
            "Läsförståelsen ÖKAR i åk 4–6: 94 % (mot 89 ½). ÅÄÖ, Émile & Zoë; MAX 2²", "Ärendet\r\nÅtgärd", "",
        ] {
            var fast: Set<String> = []
            var slow: Set<String> = []
            #expect(NoteSearch.latinWords(text, into: &fast))
            NoteSearch.words(text, into: &slow)
            #expect(fast == slow, "\(text)")
        }
        var none: Set<String> = []
        #expect(!NoteSearch.latinWords("Çok güzel — ŞİŞLİ", into: &none) && none.isEmpty)
        #expect(!NoteSearch.latinWords("e\u{301}lev", into: &none) && none.isEmpty)
    }
}
