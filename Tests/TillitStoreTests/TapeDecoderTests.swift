import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// The store's own JSON reader (`TapeDecoder`) reads what Foundation's decoder reads, to the same
/// value, or declines, and then `DocumentReader` asks Foundation's decoder: it is never looser.
@Suite struct TapeDecoderTests {
    static let demo = DemoStore.content(today: LocalDate(iso: "2026-11-23")!)

    /// A dialogue with every optional field set, down to the clock's dictionaries.
    static var full: Dialogue {
        var d = demo.dialogues.first { !$0.notes.isEmpty }!
        d.plannedWeek = ISOWeek(year: 2026, week: 48)
        d.startTime = TimeOfDay(hour: 9, minute: 30)
        d.place = "Rum \"Ek\" \\ plan 2\n\t/ 😀 ﬁ e\u{301}"
        d.currentSection = .analysis
        d.draft = NoteDraft(
            section: .needs, text: "Utkast\u{0}med nolla", parentID: d.notes[0].id, editingID: "x", speaker: "Eva",
            revision: 12, isInternal: true)
        d.reflection = Reflection(purposeReached: "Ja", takeForward: "Läsningen")
        var clock = DialogueClock(section: .results, runningSince: Date(timeIntervalSince1970: 1_764_495_000))
        clock.spentSeconds = [.strengths: 600, .results: 45]
        d.clock = clock
        d.reviewedActions = [
            ReviewedAction(dialogueID: "a", actionID: "b", text: "Följ upp", status: .done, comment: "Klart")
        ]
        d.conflicts = [MergeConflict(place: "notes", kept: "ett", other: "två", otherNoteID: d.notes[0].id)]
        d.notes[0].isInternal = true
        d.notes[0].conflictOf = "n-other"
        d.notes[0].text = "Citat: \"läser\" – 50\u{a0}% \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        return d
    }

    static func foundation<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        try? StoreJSON.decoder().decode(T.self, from: Data(bytes))
    }

    static func tape<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], everyKeyRead: Bool = false) -> T? {
        try? TapeDecoder.decode(T.self, from: bytes, everyKeyRead: everyKeyRead, maxDepth: DocumentReader.maxDepth)
    }

    @Test func everyDocumentOfTheDemoAndEveryFieldReadsAsFoundationReadsIt() throws {
        for dialogue in Self.demo.dialogues + [Self.full] {
            let bytes = Array(try StoreJSON.encode(DialogueDocument(dialogue: dialogue)))
            let mine = try #require(Self.tape(DialogueDocument.self, bytes, everyKeyRead: true))
            #expect(mine == Self.foundation(DialogueDocument.self, bytes))
            #expect(mine.dialogue == dialogue)
        }
        let schools = Array(try StoreJSON.encode(SchoolsDocument(Self.demo.schools)))
        #expect(Self.tape(SchoolsDocument.self, schools, everyKeyRead: true) != nil)
        #expect(Self.tape(SchoolsDocument.self, schools) == Self.foundation(SchoolsDocument.self, schools))
        // The same bytes, written compactly and with keys in another order.
        let compact = try JSONSerialization.data(
            withJSONObject: try JSONSerialization.jsonObject(with: Data(try StoreJSON.encode(Self.full))))
        #expect(Self.tape(Dialogue.self, Array(compact)) == Self.full)
    }

    @Test func escapesReadAsJSONSaysAndALoneSurrogateDeclines() throws {
        let text = #"{"a":"\"\\\/\b\f\n\r\t\u00e5\u00C5\ud83d\ude00\u0000"}"#
        let mine = try #require(Self.tape([String: String].self, Array(text.utf8)))
        #expect(mine == Self.foundation([String: String].self, Array(text.utf8)))
        #expect(mine["a"] == "\"\\/\u{8}\u{c}\n\r\tåÅ😀\u{0}")
        for bad in [#"{"a":"\ud83d"}"#, #"{"a":"\ude00x"}"#, #"{"a":"\x"}"#, "{\"a\":\"\u{1}\"}", #"{"a":"\u12"}"#] {
            #expect(Self.tape([String: String].self, Array(bad.utf8)) == nil, "\(bad)")
        }
        // A key that cannot be read, or one given twice, found through a question that cannot
        // throw (a dictionary's keys, `contains`).
        #expect(Self.tape([String: Int].self, Array(#"{"\ud800x":1}"#.utf8)) == nil)
        struct Maybe: Decodable {
            var a: Bool
            init(from decoder: Decoder) throws {
                a = try decoder.container(keyedBy: AnyKey.self).contains(AnyKey(stringValue: "a")!)
            }
        }
        #expect(Self.tape(Maybe.self, Array(#"{"a":1,"a":2}"#.utf8)) == nil)
        #expect(Self.tape(Maybe.self, Array(#"{"a":1}"#.utf8))?.a == true)
        // A key written with an escape is left to Foundation's decoder, even for an optional field.
        struct Optional1: Codable, Equatable { var id: String? }
        let escaped = Array(#"{"\u0069d":"x"}"#.utf8)
        #expect(Self.foundation(Optional1.self, escaped) == Optional1(id: "x"))
        #expect(Self.tape(Optional1.self, escaped) == nil)
        // Not UTF-8 inside a string, or outside one.
        #expect(Self.tape([String: String].self, Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)) == nil)
        #expect(Self.tape([String: String].self, [0xFF] + Array(#"{"a":"b"}"#.utf8)) == nil)
    }

    @Test func numbersAreReadStrictly() throws {
        struct N: Codable, Equatable {
            var i: Int
            var d: Double
        }
        for good in [#"{"i":-12,"d":3}"#, #"{"i":0,"d":-0.5e-3}"#, #"{"i":9223372036854775807,"d":1E2}"#] {
            let mine = try #require(Self.tape(N.self, Array(good.utf8)), "\(good)")
            #expect(mine == Self.foundation(N.self, Array(good.utf8)))
        }
        for bad in [
            #"{"i":01,"d":1}"#, #"{"i":1.5,"d":1}"#, #"{"i":1e2,"d":1}"#, #"{"i":1,"d":1.}"#, #"{"i":1,"d":-}"#,
            #"{"i":9223372036854775808,"d":1}"#, #"{"i":1,"d":1e400}"#, #"{"i":+1,"d":1}"#, #"{"i":"1","d":1}"#,
        ] {
            #expect(Self.tape(N.self, Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test func datesInTheStoresFormReadAsFoundationReadsThemAndOthersDecline() throws {
        var rng = SplitMix64(seed: 7)
        var texts = [
            "2000-02-29T00:00:00Z", "1900-02-28T23:59:59Z", "2100-02-28T12:00:00Z", "2999-12-31T23:59:59Z",
            "1900-01-01T00:00:00Z", "2024-02-29T10:00:00Z",
        ]
        for _ in 0..<500 {
            let y = Int.random(in: 1900...2999, using: &rng)
            let m = Int.random(in: 1...12, using: &rng)
            let d = Int.random(in: 1...JSONTape.daysIn(month: m, year: y), using: &rng)
            let (h, mi, s) = (
                Int.random(in: 0...23, using: &rng), Int.random(in: 0...59, using: &rng),
                Int.random(in: 0...59, using: &rng)
            )
            texts.append(String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, h, mi, s))
        }
        for text in texts {
            let json = Array("[\"\(text)\"]".utf8)
            let mine = try #require(Self.tape([Date].self, json), "\(text)")
            #expect(mine == Self.foundation([Date].self, json), "\(text)")
        }
        for odd in [
            "1900-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-30T24:00:00Z",
            "2026-11-30T10:60:00Z", "2026-11-30T10:00:60Z", "2026-11-30t10:00:00Z", "2026-11-30T10:00:00z",
            "2026-11-30T10:00:00.5Z", "2026-11-30T10:00:00+01:00", "1899-12-31T23:59:59Z", "3000-01-01T00:00:00Z",
            "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
        ] {
            #expect(Self.tape([Date].self, Array("[\"\(odd)\"]".utf8)) == nil, "\(odd)")
        }
    }

    @Test func anUnknownOrDoubledKeyDeclinesAndTheReaderStillNamesIt() throws {
        var object =
            try JSONSerialization.jsonObject(with: Data(try StoreJSON.encode(DialogueDocument(dialogue: Self.full))))
            as! [String: Any]
        var dialogue = object["dialogue"] as! [String: Any]
        dialogue["mood"] = "glad"
        // A null the program leaves out is not lost information.
        dialogue["later"] = NSNull()
        object["dialogue"] = dialogue
        let bytes = Array(try JSONSerialization.data(withJSONObject: object))
        #expect(Self.tape(DialogueDocument.self, bytes) != nil)
        #expect(Self.tape(DialogueDocument.self, bytes, everyKeyRead: true) == nil)
        guard case .failure(let p) = DocumentReader.decode(DialogueDocument.self, from: bytes, file: "d.json") else {
            Issue.record("an unknown field was read")
            return
        }
        #expect(p.kind == .unknownFields(["dialogue.mood"]))
        let doubled = Array(#"{"formatVersion":1,"formatVersion":2,"dialogue":{}}"#.utf8)
        #expect(Self.tape(VersionProbe.self, doubled) == nil)
    }

    /// A key a type reads is known, though it writes it otherwise: a figure's `"tooFew": false`.
    @Test func aKeyATypeReadsIsKnown() throws {
        let text = #"""
            {"formatVersion":1,"measures":[],"figures":[
              {"schoolYear":"2025/26","measureID":"m","value":3,"tooFew":false}]}
            """#
        guard case .success(let doc) = DocumentReader.decode(FiguresDocument.self, from: Array(text.utf8), file: "f")
        else {
            Issue.record("a figure with tooFew false was refused")
            return
        }
        #expect(doc.figures.map(\.value) == [.number(3)])
    }

    /// Notes read straight from the tape (`JSONTape.notes(at:)`) read as `Note`'s own `Decodable`
    /// reads them on the tape, or decline alike, and leave the same keys unknown: every field
    /// left out, null, of another type, given twice, written with an escape, or unknown.
    @Test func notesReadStraightFromTheTapeAsTheirDecodableReadsThem() throws {
        let notes = Self.demo.dialogues.flatMap(\.notes).prefix(40) + [Self.full.notes[0]]
        let fields = [
            "id", "section", "kind", "text", "speaker", "tags", "created", "updated", "parentID",
            "conflictOf", "internal",
        ]
        let values = [
            "null", "1", "true", "false", "\"x\"", "\"strengths\"", "\"needs\"", "\"question\"",
            "\"2026-11-30T09:15:00Z\"", "\"2026-11-30T09:15:00.5Z\"", "[]", "[\"a\",\"läs\"]", "[1]", "{}",
            "\"l\\u00e4s\"",
        ]
        var rng = SplitMix64(seed: 7)
        var readAlike = 0
        for round in 0..<3_000 {
            let note = notes[rng.int(notes.count)]
            var text = String(decoding: try StoreJSON.encode(note), as: UTF8.self)
            while text.last != "}" { text.removeLast() }
            text.removeLast()  // the closing brace: members are added before it
            var members: [String] = []
            for _ in 0..<rng.int(3) {
                let field = rng.int(6) == 0 ? "mood" : rng.pick(fields)
                switch rng.int(4) {
                case 0: members.append("\"\(field)\":\(rng.pick(values))")
                case 1: members.append("\"\\u0069d\":\"x\"")
                default: members.append("\"\(field)\":\(rng.pick(values))")
                }
            }
            let object = members.isEmpty ? text + "}" : text + "," + members.joined(separator: ",") + "}"
            // A field left out: the object made again without it.
            var dropped = object
            if rng.int(3) == 0,
                var parsed = try? JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any]
            {
                parsed[rng.pick(fields)] = nil
                dropped = String(decoding: try JSONSerialization.data(withJSONObject: parsed), as: UTF8.self)
            }
            for everyKeyRead in [false, true] {
                let one = Self.tape(Note.self, Array(dropped.utf8), everyKeyRead: everyKeyRead)
                let straight = Self.tape([Note].self, Array("[\(dropped)]".utf8), everyKeyRead: everyKeyRead)
                #expect(straight == one.map { [$0] }, "round \(round): \(dropped)")
                if one != nil { readAlike += 1 }
            }
        }
        #expect(readAlike > 1_000)
        // Every field a note has is read straight: a note with all of them set comes back whole
        // with every key known, and a field added to `Note` fails here until the reader has it.
        var whole = Self.full.notes[0]
        whole.speaker = "Eva"
        whole.parentID = "n-parent"
        whole.tags = ["läsförståelse"]
        #expect(Mirror(reflecting: whole).children.count == 11, "a field of Note that JSONTape.note(at:) does not read")
        let bytes = Array("[".utf8) + Array(try StoreJSON.encode(whole)) + Array("]".utf8)
        #expect(Self.tape([Note].self, bytes, everyKeyRead: true) == [whole])
    }

    /// Mutated files: whatever the tape reads, Foundation reads to the same value.
    @Test(arguments: 0..<4)
    func neverLooserThanFoundation(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 11)
        let documents = try (Self.demo.dialogues + [Self.full]).map {
            Array(try StoreJSON.encode(DialogueDocument(dialogue: $0)))
        }
        var read = 0
        for _ in 0..<400 {
            let bad = PropertyTests.mutate(documents.randomElement(using: &rng)!, &rng)
            guard let mine = Self.tape(DialogueDocument.self, bad) else { continue }
            read += 1
            #expect(mine == Self.foundation(DialogueDocument.self, bad))
        }
        #expect(read > 0)
    }
}

/// Any key, by its text.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
