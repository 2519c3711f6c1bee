import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

@Suite struct SearchTests {
    func dialogue(_ texts: [String]) -> Dialogue {
        Dialogue(
            id: "d", schoolID: "s", date: LocalDate(iso: "2025-10-14")!,
            notes: texts.enumerated().map { i, t in
                Note(
                    id: "n\(i)", section: .analysis, text: t,
                    created: Date(timeIntervalSince1970: 1_760_000_000 + Double(i)))
            })
    }

    func search(_ q: String, _ texts: [String], ignore: Bool = false) -> [String] {
        NoteSearch.search(q, in: [dialogue(texts)], subject: { _ in "Skolan" }, ignoreDiacritics: ignore).compactMap(
            \.noteID)
    }

    @Test func swedishLettersAreLettersOfTheirOwn() {
        let texts = ["Arbetet för trygghet", "A form for English", "Läsförståelse"]
        #expect(search("for", texts) == ["n1"])
        #expect(search("för", texts) == ["n0", "n2"])
        #expect(search("FÖR", texts) == ["n0", "n2"])
        #expect(search("for", texts, ignore: true) == ["n0", "n1", "n2"])
        #expect(search("las", texts) == [])
        #expect(search("las", texts, ignore: true) == ["n2"])
        // Typed decomposed (o + combining diaeresis), it is still ö.
        #expect(search("fo\u{308}r", texts) == ["n0", "n2"])
    }

    @Test func hitsCarryASnippetWithTheMatchMarked() throws {
        let long =
            String(repeating: "inledning ", count: 8) + "Klyftan växer i årskurs 7-9"
            + String(repeating: " och mer", count: 8)
        let hit = try #require(
            NoteSearch.search("klyftan", in: [dialogue([long])], subject: { _ in "Nytorpsskolan" }).first)
        let chars = Array(hit.snippet)
        #expect(String(chars[hit.matchStart..<(hit.matchStart + hit.matchLength)]) == "Klyftan")
        #expect(hit.snippet.hasPrefix("…") && hit.snippet.hasSuffix("…"))
        #expect(hit.subject == "Nytorpsskolan" && hit.section == .analysis)
        // Line breaks of every kind become spaces, one for one: the snippet is one line and the
        // match stays where it is ("\r\n" is one character; replacing its "\n" alone left the
        // "\r" and moved the mark).
        let broken = "Rad ett\r\nrad två\u{2028}och Klyftan\nväxer"
        let onLines = try #require(NoteSearch.search("klyftan", in: [dialogue([broken])], subject: { _ in "" }).first)
        #expect(onLines.snippet == "Rad ett rad två och Klyftan växer")
        let marked = Array(onLines.snippet)[onLines.matchStart..<(onLines.matchStart + onLines.matchLength)]
        #expect(String(marked) == "Klyftan")
    }

    @Test func newestDialoguesComeFirst() {
        var a = dialogue(["trygghet"])
        a.id = "a"
        var b = dialogue(["trygghet"])
        b.id = "b"
        b.date = LocalDate(iso: "2026-09-18")!
        #expect(NoteSearch.search("trygg", in: [a, b], subject: { _ in "" }).map(\.dialogueID) == ["b", "a"])
    }
}

/// Search finds what a person remembers, not only a note's words.
@Suite struct RememberedSearchTests {
    static let d: Dialogue = {
        var d = DemoStore.content(today: LocalDate(iso: "2026-11-23")!).dialogues
            .first { $0.id == "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28" }!
        d.actions[0].followUps = [
            ActionFollowUp(
                dialogueID: "x", date: LocalDate(iso: "2026-03-02")!, status: .inProgress,
                comment: "Modellen prövas i årskurs 5")
        ]
        d.notes[0].tags = ["Kollegialt_lärande"]
        return d
    }()

    func hits(_ q: String, _ scope: NoteSearch.Scope = .init()) -> [NoteSearch.Hit] {
        NoteSearch.search(q, in: [Self.d], subject: { _ in "Nytorpsskolan" }, scope: scope)
    }

    @Test func speakersParticipantsActionsOwnersAndFollowUps() {
        // A speaker: the notes she said, and the people in the room.
        let elseMarie = hits("Else-Marie")
        #expect(elseMarie.contains { $0.place == .note && $0.noteID != nil })
        #expect(elseMarie.contains { $0.place == .people && $0.section == nil })
        // Who owns an action, what it says, how it was followed up.
        #expect(hits("Elevhälsoteamet").map(\.place) == [.action])
        #expect(hits("rastvärdar även").map(\.place) == [.action])
        #expect(hits("prövas i årskurs 5").map(\.place) == [.action])
        #expect(hits("Elin Tran").map(\.place) == [.people])
    }

    @Test func aTagIsFoundHoweverItWasTyped() {
        #expect(hits("#läsförståelse").count == 6)  // five notes and an action
        #expect(hits("#läsförståelse").allSatisfy { $0.snippet.contains("#läsförståelse") })
        #expect(hits("#kollegialt lärande").map(\.noteID) == [Self.d.notes[0].id])
        #expect(hits("#KOLLEGIALT-lärande").count == 1)
        // The word without # is text.
        #expect(hits("kollegialt").count == 1)
    }

    @Test func aScopeNarrowsIt() {
        #expect(hits("läs", .init(section: .analysis)).allSatisfy { $0.section == .analysis })
        #expect(!hits("läs", .init(section: .analysis)).isEmpty)
        #expect(hits("läs", .init(schoolID: "guldhedsskolan")).isEmpty)
        #expect(hits("läs", .init(year: SchoolYear(startYear: 2024))).isEmpty)
        #expect(hits("", .init()).isEmpty)
        let tagged = hits("elev", .init(tag: "#närvaro"))
        #expect(!tagged.isEmpty && tagged.allSatisfy { $0.place == .note || $0.place == .action })
    }
}

@Suite struct StoreSearchTests {
    func store() throws -> (TempFolder, Store) {
        let folder = TempFolder("search")
        try Store.create(at: folder.sub("store"), content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        return (folder, try Store.open(at: folder.sub("store"), mode: .write(command: "test")))
    }

    @Test func wordListsAreKeptBesideTheStoreAndFollowEveryChange() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        #expect(store.search("klyftan", subject: { _ in "" }).hits.count == 1)
        #expect(mode(of: folder.sub("store/search/2025.words")) == 0o600)
        #expect(mode(of: folder.sub("store/search")) == 0o700)
        // Only dialogues that can match are read.
        #expect(
            store.searchCandidates("klyftan", ignoreDiacritics: false).map(\.id) == [
                "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"
            ])
        #expect(store.searchCandidates("förståelse", ignoreDiacritics: false).count == 2)  // inside words too
        // A saved dialogue is searchable at once.
        var d = try store.dialogue("7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73")
        d.notes.append(
            Note(
                id: "new", section: .strengths, text: "Zebrafinkarna i biblioteket",
                created: Date(timeIntervalSince1970: 1_795_000_000)))
        try store.saveDialogue(d)
        #expect(store.search("zebrafink", subject: { _ in "" }).hits.map(\.noteID) == ["new"])
        store.close()
        // A file changed behind the program's back is read again (its fingerprint changed).
        let path = folder.sub("store/dialogues/4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054.json")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "Läxhjälp på skolan", with: "Kvällsläxhjälp på skolan")
        try DurableFile.replace(path, with: Data(text.utf8))
        let again = try Store.open(at: folder.sub("store"), mode: .read)
        // The note and the action that say it.
        #expect(again.search("kvällsläxhjälp", subject: { _ in "" }).hits.map(\.place) == [.note, .action])
        #expect(again.search("zebrafink", subject: { _ in "" }).hits.count == 1)
    }

    @Test func aWordTakenOutOfADialogueNoLongerMakesItACandidate() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        let id = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"
        var d = try store.dialogue(id)
        d.notes.append(
            Note(
                id: "new", section: .strengths, text: "Zebrafinkarna i biblioteket",
                created: Date(timeIntervalSince1970: 1_795_000_000)))
        try store.saveDialogue(d)
        #expect(store.searchCandidates("zebrafink", ignoreDiacritics: false).map(\.id) == [id])
        // The words it had before stand in the index still, under a number no longer its own.
        d.notes.removeAll { $0.id == "new" }
        try store.saveDialogue(d)
        #expect(store.searchCandidates("zebrafink", ignoreDiacritics: false).isEmpty)
        #expect(store.searchTerms.index?["zebrafink"] == nil && store.searchTerms.index?["zebrafinkarna"] == nil)
        let own = try #require(NoteSearch.terms(of: d).first { $0.count > 3 })
        #expect(store.searchCandidates(own, ignoreDiacritics: false).map(\.id).contains(id))
    }

    @Test func aSavedDialogueIsWrittenIntoItsYearsListWithoutLosingTheOthers() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        var d = try store.dialogue("7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73")
        let list = folder.sub("store/search/\(d.schoolYear.startYear).words")
        _ = store.search("klyftan", subject: { _ in "" })
        let before = try #require(SearchTermsFile.decode(Array(Data(contentsOf: URL(fileURLWithPath: list)))))
        #expect(before.dialogues.count > 1)
        d.notes.append(
            Note(
                id: "new", section: .strengths, text: "Zebrafinkarna",
                created: Date(timeIntervalSince1970: 1_795_000_000)))
        try store.saveDialogue(d)
        // Written at the next search, from the list on disk with the one change put in.
        _ = store.search("klyftan", subject: { _ in "" })
        let after = try #require(SearchTermsFile.decode(Array(Data(contentsOf: URL(fileURLWithPath: list)))))
        #expect(after.dialogues.keys.sorted() == before.dialogues.keys.sorted())
        for (id, entry) in before.dialogues where id != d.id { #expect(after.dialogues[id] == entry) }
        #expect(after.dialogues[d.id]?.terms.contains("zebrafinkarna") == true)
        #expect(store.searchTerms.pending.isEmpty)
    }

    @Test func aLimitKeepsTheNewest() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        let all = store.search("i", subject: { _ in "" })
        #expect(!all.more)
        let some = store.search("i", limit: 3, subject: { _ in "" })
        #expect(some.more && some.hits.count == 3)
        #expect(some.hits.map(\.date) == some.hits.map(\.date).sorted(by: >))
    }

    @Test func wordListsPreparedOnAnotherThreadAreTakenInUnlessASearchCameFirst() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        store.close()
        let root = folder.sub("store")
        let first = try Store.open(at: root, mode: .read, scope: .firstScreen(today: LocalDate(iso: "2026-11-23")!))
        // What the program does behind the first frame: the history, then the word lists.
        let batch = try #require(first.remainingHistory()).read()
        let prepared = Store.prepareSearchTerms(
            first.layout, dialogues: batch.merged(into: first.dialogues), write: true)
        #expect(FileManager.default.fileExists(atPath: "\(root)/search/2025.words"))
        first.adopt(batch)
        first.adopt(prepared)
        #expect(first.searchTerms.index?.years.sorted() == [2025, 2026])
        #expect(first.searchTerms.index?["klyftan"] == ["2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"])
        #expect(first.search("klyftan", subject: { _ in "" }).hits.count == 1)
        // A search that came first keeps what it loaded (it may hold newer entries).
        let second = try Store.open(at: root, mode: .read)
        var d = try second.dialogue("7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73")
        d.notes.append(
            Note(
                id: "new", section: .strengths, text: "Zebrafinkarna",
                created: Date(timeIntervalSince1970: 1_795_000_000)))
        _ = second.search("klyftan", subject: { _ in "" })
        let before = try #require(second.searchTerms.index)
        second.adopt(PreparedSearchTerms(index: WordIndex(), pending: WordListChanges()))
        #expect(second.searchTerms.index == before && !before.years.isEmpty)
    }

    @Test func commonAndRareWordsFindTheSameAsReadingEveryDialogue() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        let all = store.allDialogues()
        // Common words and first letters take the path that checks each dialogue's own words;
        // rare ones gather their few dialogues from the inverted index. Both must agree with a
        // search that reads everything.
        for query in ["i", "e", "och", "läs", "klyftan", "förståelse", "elev tryg", "zzz", "a b"] {
            let expected = Set(NoteSearch.search(query, in: all, subject: { _ in "" }).map(\.dialogueID))
            let found = Set(store.search(query, subject: { _ in "" }).hits.map(\.dialogueID))
            #expect(found == expected, "\(query)")
            #expect(
                Set(store.searchCandidates(query, ignoreDiacritics: false).map(\.id)).isSuperset(of: expected),
                "\(query)")
        }
        // A word in one dialogue only: only that one is a candidate.
        #expect(store.searchCandidates("klyftan", ignoreDiacritics: false).count == 1)
        #expect(store.searchCandidates("zzz", ignoreDiacritics: false).isEmpty)
    }

    @Test func readingOnEveryCoreKeepsNothingBehind() {
        final class Counted: @unchecked Sendable {
            static let lock = NSLock()
            nonisolated(unsafe) static var alive = 0
            let n: Int
            init(_ n: Int) {
                self.n = n
                Self.lock.withLock { Self.alive += 1 }
            }
            deinit { Self.lock.withLock { Self.alive -= 1 } }
        }
        do {
            let values = ParallelMap.compactMap(200) { i in i % 3 == 0 ? nil : Counted(i) }
            #expect(values.map(\.n) == (0..<200).filter { $0 % 3 != 0 })
            #expect(Counted.lock.withLock { Counted.alive } == values.count)
        }
        // Once the results are gone, so is every value read (the bulk reads of reports and word
        // lists once kept each dialogue in memory for good).
        #expect(Counted.lock.withLock { Counted.alive } == 0)
    }
}

/// The word lists' own file, and `tillit search` from it alone.
@Suite struct QuickSearchTests {
    @Test func aWordListSurvivesItsFileWhateverItsFieldsHold() throws {
        var doc = SearchTermsDocument(dialogues: [:])
        var fingerprint = FileFingerprint(size: 12, modifiedNanoseconds: 1_796_057_834_049_710_464, inode: 7)
        fingerprint.contentHash = "abc"
        doc.dialogues["a"] = .init(
            fingerprint: fingerprint, terms: ["läs", "e\u{301}lev", "4"], date: LocalDate(iso: "2025-10-14"),
            schoolID: "tab\there", areaID: "-")
        doc.dialogues["b\\n"] = .init(
            fingerprint: FileFingerprint(size: 0, modifiedNanoseconds: -5, inode: nil), terms: [], date: nil,
            schoolID: nil, areaID: "x\ny\r\\")
        let bytes = [UInt8](SearchTermsFile.encode(doc))
        var expected = doc
        expected.dialogues["a"]?.terms = ["läs", "élev", "4"]  // the composed form
        #expect(SearchTermsFile.decode(bytes) == expected)
        // Cut short, from another layout, or not text: not a word list (made again).
        #expect(SearchTermsFile.decode(Array(bytes.dropLast())) == nil)
        #expect(SearchTermsFile.decode(Array("tillit-words\t9\t2\n".utf8)) == nil)
        #expect(SearchTermsFile.decode(bytes + [0xFF, 0x0A]) == nil)
        #expect(SearchTermsFile.decode([]) == nil)
    }

    func store() throws -> (TempFolder, String) {
        let folder = TempFolder("quick-search")
        let root = folder.sub("store")
        try Store.create(at: root, content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        // The first search makes the word lists.
        _ = try Store.open(at: root, mode: .write(command: "test")).search("x", subject: { _ in "" })
        return (folder, root)
    }

    @Test func theWordListsAloneFindWhatTheWholeHistoryFinds() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        let quick = try Store.open(at: root, mode: .read, scope: .settings)
        let full = try Store.open(at: root, mode: .read)
        let queries = ["i", "och", "läs", "LÄS", "klyftan", "förståelse", "elev tryg", "zzz", "#trygghet", "-", "a b"]
        for query in queries {
            for limit in [2, 500] {
                let a = try #require(quick.quickSearch(query, limit: limit, subject: { $0.id }), "\(query)")
                let b = full.search(query, limit: limit, subject: { $0.id })
                #expect(a.hits == b.hits && a.more == b.more, "\(query) \(limit)")
            }
        }
        let scopes = [
            NoteSearch.Scope(schoolID: "nytorpsskolan"), NoteSearch.Scope(areaID: "hisingen"),
            NoteSearch.Scope(year: SchoolYear(startYear: 2025)), NoteSearch.Scope(section: .needs),
        ]
        for scope in scopes {
            let a = try #require(quick.quickSearch("e", scope: scope, subject: { $0.id }))
            #expect(a.hits == full.search("e", scope: scope, subject: { $0.id }).hits, "\(scope)")
        }
        // Diacritics ignored: the usual way.
        #expect(quick.quickSearch("las", ignoreDiacritics: true, subject: { $0.id }) == nil)
    }

    @Test func listsThatMayBeOutOfDateLeaveItToTheUsualWay() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        func quick() throws -> [NoteSearch.Hit]? {
            try Store.open(at: root, mode: .read, scope: .settings).quickSearch("klyftan", subject: { $0.id })?.hits
        }
        #expect(try quick()?.count == 1)
        // A dialogue file changed behind the lists' back.
        let file = "\(root)/dialogues/4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054.json"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        try DurableFile.replace(file, with: bytes + Data(" ".utf8))
        #expect(try quick() == nil)
        // The usual way brings the lists up to date; then they answer alone again.
        let writer = try Store.open(at: root, mode: .write(command: "test"))
        _ = writer.search("klyftan", subject: { _ in "" })
        writer.close()
        #expect(try quick()?.count == 1)
        // A journal waiting for a dialogue: its changes are not in the lists.
        let journal = "\(root)/journal/4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054.jsonl"
        try DurableFile.makeFolder("\(root)/journal")
        FileManager.default.createFile(atPath: journal, contents: Data("{}\n".utf8))
        #expect(try quick() == nil)
        unlink(journal)
        // A journal without its dialogue changes nothing.
        FileManager.default.createFile(atPath: "\(root)/journal/gone.jsonl", contents: Data("{}\n".utf8))
        #expect(try quick()?.count == 1)
        // A dialogue no list knows, and a list gone or damaged.
        try DurableFile.replace("\(root)/dialogues/copy.json", with: bytes)
        #expect(try quick() == nil)
        unlink("\(root)/dialogues/copy.json")
        try DurableFile.replace("\(root)/search/2025.words", with: Data("tillit-words\t1\t2\nbad\n".utf8))
        #expect(try quick() == nil)
    }

    @Test func aDialogueMovedToAnotherSchoolYearIsFoundOnce() throws {
        let (folder, root) = try store()
        defer { withExtendedLifetime(folder) {} }
        let writer = try Store.open(at: root, mode: .write(command: "test"))
        var d = try writer.dialogue("4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054")
        d.date = LocalDate(iso: "2026-10-01")!
        d.schoolYear = SchoolYear(startYear: 2026)
        try writer.saveDialogue(d)
        let full = writer.search("läxhjälp", subject: { $0.id })
        writer.close()
        #expect(Set(full.hits.map(\.dialogueID)).count == 1)
        let quick = try #require(
            try Store.open(at: root, mode: .read, scope: .settings).quickSearch("läxhjälp", subject: { $0.id }))
        #expect(quick.hits == full.hits)
        let lists = try [2025, 2026].map { try String(contentsOfFile: "\(root)/search/\($0).words", encoding: .utf8) }
        #expect(lists.filter { $0.contains("4e91d2b7-0c6a-4a5f-8d3e-7f2b19c6e054") }.count == 1)
    }
}

@Suite struct ComposedWordTests {
    /// Text below U+0300 is in the composed form already, so the word list leaves it as it is.
    @Test func everythingBelowCombiningMarksIsComposedAlready() {
        for v in UInt32(0x20)..<0x300 {
            let s = "a" + String(Character(Unicode.Scalar(v)!)) + "b"
            #expect(s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars), "U+\(v)")
            #expect(SearchTermsFile.composed(s) == s)
        }
        #expect(Array(SearchTermsFile.composed("e\u{301}lev").unicodeScalars) == Array("élev".unicodeScalars))
    }
}
