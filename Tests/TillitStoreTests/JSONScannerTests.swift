import Foundation
import Testing

@testable import TillitStore

@Suite struct JSONScannerTests {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func validJSONHasNoError() {
        #expect(JSONScanner.firstSyntaxError(in: bytes(#"{"a": [1, -2.5e3, true, null, "x\"y\u00e5"]}"#)) == nil)
    }

    @Test func findsTheFirstErrorWithLineAndColumn() throws {
        let text = bytes("{\n  \"name\": \"Hagenskolan\",\n  \"grades\" \"F-6\"\n}")
        let (offset, issue) = try #require(JSONScanner.firstSyntaxError(in: text))
        #expect(issue == .unexpectedCharacter("\""))
        let lc = JSONScanner.lineAndColumn(of: offset, in: text)
        #expect(lc.line == 3 && lc.column == 12)
    }

    @Test func truncationAndTrailingContent() throws {
        #expect(try #require(JSONScanner.firstSyntaxError(in: bytes("{\"a\": [1, 2"))).issue == .unexpectedEnd)
        #expect(try #require(JSONScanner.firstSyntaxError(in: bytes("{} x"))).issue == .trailingContent)
        #expect(try #require(JSONScanner.firstSyntaxError(in: bytes("{'a': 1}"))).issue == .unexpectedCharacter("'"))
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = bytes("\"åäö\" x")
        #expect(JSONScanner.lineAndColumn(of: 8, in: text).column == 6)
    }

    @Test func locatesValuesByPath() throws {
        let text = bytes("{\"schools\": [{\"name\": \"A\"}, {\"name\": \"B\", \"grades\": \"F-12\"}]}")
        let offset = try #require(JSONScanner.offset(of: [.key("schools"), .index(1), .key("grades")], in: text))
        #expect(String(decoding: text[offset..<offset + 6], as: UTF8.self) == "\"F-12\"")
        // A missing key points at its parent.
        let parent = try #require(JSONScanner.offset(of: [.key("schools"), .index(0), .key("area")], in: text))
        #expect(text[parent] == UInt8(ascii: "{"))
    }

    @Test func findsInvalidUTF8() {
        #expect(DocumentReader.firstInvalidUTF8(bytes("Lövgärden")) == nil)
        #expect(DocumentReader.firstInvalidUTF8([0x61, 0xF6, 0x62]) == 1)
        #expect(DocumentReader.firstInvalidUTF8([0x61, 0xC3]) == 1)
        #expect(DocumentReader.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(DocumentReader.firstInvalidUTF8([0xC0, 0x80]) == 0)
    }
}

/// The unknown-field check read from the bytes finds what Foundation's reader found, key for key.
@Suite struct JSONShapeTests {
    static let cases: [(String, String)] = [
        (
            #"{"a": 1, "b": {"c": [1, {"d": 2, "x": 3}], "n": null}, "extra": "y"}"#,
            #"{"a":1,"b":{"c":[1,{"d":2}]}}"#
        ),
        (#"{"a": {"z": 1, "y": [ {"k": true} ]}, "b": null}"#, #"{"a":"text"}"#),
        (#"[{"a": 1}, {"b": 2, "c": 3}]"#, #"[{"a":1},{"b":2}]"#),
        (#"{"a": 1, "a": 2, "q": -1.5e3, "r": false}"#, #"{"a":2,"r":false}"#),
        (
            #"{"notes": [{"id": "1", "text": "a \"quoted\" } brace", "mood": "x"}]}"#,
            #"{"notes":[{"id":"1","text":"a \"quoted\" } brace"}]}"#
        ),
    ]

    @Test func theBytesAndFoundationAgree() throws {
        for (original, reencoded) in Self.cases {
            let shape = try #require(JSONShape.of(Array(original.utf8)))
            let fast = shape.keysMissing(in: try #require(JSONShape.of(Array(reencoded.utf8))))
            let slow = DocumentReader.unknownFieldsUnescaping(
                original: Data(original.utf8), reencoded: Data(reencoded.utf8))
            #expect(fast == slow, "\(original)")
            #expect(!fast.isEmpty)
        }
    }

    @Test func escapedKeysAndBrokenTextGoTheSlowWay() {
        #expect(JSONShape.of(Array(#"{"\u0074ext": 1}"#.utf8)) == nil)
        #expect(JSONShape.of(Array(#"{"a": 1"#.utf8)) == nil)
        #expect(JSONShape.of(Array(#"{"a": 1} x"#.utf8)) == nil)
    }
}
