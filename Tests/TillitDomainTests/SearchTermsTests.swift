import TestSupport
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
        // Beside the dashes and quotes: an arrow, a letter of three bytes, an emoji.
        for other in ["a → b", "a ⅓ b", "ḃ", "läser 😀"] {
            #expect(!NoteSearch.latinWords(other, into: &none) && none.isEmpty, "\(other)")
        }
    }
}

/// Text of Latin-1 and punctuation is folded without Unicode's tables: the same characters as
/// with them, for every such scalar and for text mixing them; anything else goes the usual way.
@Suite struct LatinFoldTests {
    @Test func theSameAsUnicodesTables() {
        func slow(_ s: String) -> [Character] { s.map { Character($0.lowercased()) } }
        let scalars = (UInt32(0)...0xFF).map { $0 } + (UInt32(0x2010)...0x205E).map { $0 } + [0x20AC]
        for v in scalars where v != 0x0D {
            let s = "Ä" + String(Unicode.Scalar(v)!) + "x"
            #expect(NoteSearch.foldLatin(s) == slow(s), "U+\(String(v, radix: 16))")
        }
        let text = "LÄSFÖRSTÅELSEN – ”Bra” … ÉLÈVE ß Þ ×\n€"
        #expect(NoteSearch.foldLatin(text) == slow(text))
        #expect(NoteSearch.foldLatin("a\r\nb") == nil && NoteSearch.foldLatin("e\u{301}") == nil)
        #expect(NoteSearch.foldLatin("学") == nil && NoteSearch.foldLatin("😀") == nil)
        #expect(NoteSearch.firstMatch(Array("örs"), in: NoteSearch.fold(text, ignoreDiacritics: false)) == 4)
        #expect(NoteSearch.firstMatch(Array("x"), in: Array("abc")) == nil)
    }
}

/// A match of Latin text found in its bytes is the match found in its characters: the same
/// place and length, for random text and queries of every kind of its scalars.
@Suite struct LatinMatchTests {
    @Test func theBytesFindWhatTheCharactersFind() throws {
        let alphabet = Array("aAbBeEéÉsStTåÅäÄöÖüÜßÞþ×÷ 0129–—”“…€\n,.-")
        var rng = SplitMix64(seed: 42)
        var found = 0
        for _ in 0..<3000 {
            let text = String((0..<rng.int(60)).map { _ in rng.pick(alphabet) })
            let chars = Array(text)
            var query: String
            if !chars.isEmpty, rng.int(2) == 0 {
                // A piece of the text, its case changed here and there.
                let from = rng.int(chars.count)
                let piece = chars[from..<min(chars.count, from + 1 + rng.int(5))]
                query = String(
                    piece.map { c in
                        let upper = c.uppercased()  // ß → SS: left as it is
                        return rng.int(2) == 0 && upper.count == 1 ? Character(upper) : c
                    })
            } else {
                query = String((0..<(1 + rng.int(3))).map { _ in rng.pick(alphabet) })
            }
            let slowQuery = NoteSearch.fold(query, ignoreDiacritics: false)
            let slow = NoteSearch.firstMatch(slowQuery, in: NoteSearch.fold(text, ignoreDiacritics: false))
                .map { (at: $0, length: slowQuery.count) }
            let q = try #require(LatinFold.utf8(query))
            let t = try #require(LatinFold.utf8(text))
            let fast = LatinFold.match(q, in: t)
            let what = "\(query.debugDescription) in \(text.debugDescription)"
            #expect(fast?.at == slow?.at && fast?.length == slow?.length, "\(what)")
            if slow != nil { found += 1 }
        }
        #expect(found > 1000)
        // Outside Latin text the characters' way is taken.
        #expect(LatinFold.utf8("e\u{301}") == nil && LatinFold.utf8("a\r\nb") == nil && LatinFold.utf8("😀") == nil)
    }
}
