import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// The dialogue index: one file per school year and an overview, read lazily, checked against
/// the dialogue files, and rebuilt from them whenever it is missing, stale or unreadable.
@Suite struct IndexTests {
    let today = LocalDate(iso: "2026-11-23")!
    let folder = TempFolder("index")
    var root: String { folder.sub("store") }

    init() throws {
        // The demo: two dialogues in 2025/26, three in 2026/27.
        try Store.create(at: folder.sub("store"), content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
    }

    func file(_ relative: String) -> String { "\(root)/\(relative)" }

    func decode<T: Decodable>(_ type: T.Type, _ relative: String) throws -> T {
        try StoreJSON.decoder().decode(T.self, from: Data(contentsOf: URL(fileURLWithPath: file(relative))))
    }

    func rewriteDialogue(_ id: String, _ change: (inout Dialogue) -> Void) throws {
        let path = file(StoreLayout.dialogueFile(id))
        var doc = try StoreJSON.decoder().decode(
            DialogueDocument.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        change(&doc.dialogue)
        try DurableFile.replace(path, with: StoreJSON.encode(doc))
    }

    func everything() throws -> Store { try Store.open(at: root, mode: .read) }

    @Test func aStoreKeepsOneIndexFilePerSchoolYearAndAnOverview() throws {
        let overview = try decode(IndexOverviewDocument.self, StoreLayout.overviewFile)
        #expect(overview.years.map(\.schoolYear) == [2025, 2026])
        #expect(overview.years.map(\.dialogues) == [2, 4])
        #expect(try decode(YearIndexDocument.self, "index/2025.json").dialogues.count == 2)
        #expect(try decode(YearIndexDocument.self, "index/2026.json").dialogues.count == 4)
        #expect(!FileManager.default.fileExists(atPath: file(StoreLayout.legacyIndexFile)))
        // Each year's entry remembers its file, so a changed file is noticed.
        #expect(overview.years[0].index == FileFingerprint.of(file("index/2025.json"), hashing: true))
    }

    /// A copy or a clone has new times and inodes for every file: the index still holds for what
    /// is the same, known by content, so no dialogue is read as JSON again (a wrong figure planted
    /// in the index shows it was not); a file that did change is read again.
    @Test func aCopiedStoreKeepsItsIndexByContent() throws {
        let copy = folder.sub("copy")
        try FileManager.default.copyItem(atPath: root, toPath: copy)
        let later = Date().addingTimeInterval(3600)
        for case let name as String in FileManager.default.enumerator(atPath: copy)! {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: "\(copy)/\(name)")
        }
        let indexFile = "\(copy)/index/2026.json"
        var doc = try StoreJSON.decoder().decode(
            YearIndexDocument.self, from: Data(contentsOf: URL(fileURLWithPath: indexFile)))
        let planted = try #require(doc.dialogues.firstIndex { $0.noteCount == 0 })
        let plantedID = doc.dialogues[planted].id
        doc.dialogues[planted].noteCount = 999
        let changedID = try #require(doc.dialogues.first { $0.id != plantedID }?.id)
        try DurableFile.replace(indexFile, with: StoreJSON.encode(doc))
        let changedPath = "\(copy)/\(StoreLayout.dialogueFile(changedID))"
        var changed = try StoreJSON.decoder().decode(
            DialogueDocument.self, from: Data(contentsOf: URL(fileURLWithPath: changedPath)))
        changed.dialogue.notes.append(Note(id: "extra", section: .needs, text: "Ny", created: Date()))
        try DurableFile.replace(changedPath, with: StoreJSON.encode(changed))

        let store = try Store.open(at: copy, mode: .write(command: "test"))
        #expect(store.dialogues.first { $0.id == plantedID }?.noteCount == 999)
        #expect(store.dialogues.first { $0.id == changedID }?.noteCount == changed.dialogue.notes.count)
        store.close()
        // Written down with the fingerprints as they are now: the next look is quick.
        let rewritten = try StoreJSON.decoder().decode(
            YearIndexDocument.self, from: Data(contentsOf: URL(fileURLWithPath: indexFile)))
        let entry = try #require(rewritten.dialogues.first { $0.id == plantedID })
        #expect(
            entry.fingerprint?.matches(FileFingerprint.of("\(copy)/\(StoreLayout.dialogueFile(plantedID))")) == true)
    }

    @Test func theFirstScreenReadsOnlyTheCurrentSchoolYear() throws {
        let full = try everything()
        let store = try Store.open(at: root, mode: .read, scope: .firstScreen(today: today))
        #expect(store.loadedYears == [2026])
        #expect(store.dialogues.count == 4 && store.dialogues.allSatisfy { $0.schoolYear.startYear == 2026 })
        #expect(!store.isComplete)
        #expect(store.dialogueCount == 6)
        // The school list's figures are whole from the start: last year's part from the overview.
        let figures = SchoolStats.merge([store.unloadedStats, SchoolStats.compute(store.dialogues)])
        #expect(figures == SchoolStats.compute(full.dialogues))
        #expect(figures["nytorpsskolan"]?.openActions ?? 0 > 0)
        // The rest, read as the program does it on another thread, completes the picture.
        let rest = try #require(store.remainingHistory())
        store.adopt(rest.read())
        #expect(store.isComplete && store.remainingHistory() == nil)
        #expect(store.dialogues == full.dialogues)
        #expect(store.unloadedStats.isEmpty)
    }

    @Test func equalTagListsAreKeptOnce() throws {
        let ids = try everything().dialogues.map(\.id)
        for id in ids {
            try rewriteDialogue(id) { d in
                for i in d.notes.indices { d.notes[i].tags = ["trygghet", "läsförståelse-i-årskurs-fyra"] }
                for i in d.actions.indices { d.actions[i].tags = [] }
            }
        }
        for scope in [Store.Scope.everything, .firstScreen(today: today)] {
            let store = try Store.open(at: root, mode: .read, scope: scope)
            if let rest = store.remainingHistory() { store.adopt(rest.read()) }
            let tagged = store.dialogues.filter { !$0.tags.isEmpty }
            #expect(tagged.count == store.dialogues.filter { $0.noteCount > 0 }.count && tagged.count > 2)
            // One list in memory, however many summaries carry it (years read apart included).
            let places = Set(tagged.map { $0.tags.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } })
            #expect(places.count == 1, "\(scope)")
        }
    }

    @Test func aDialogueChangedBehindTheProgramsBackIsReadAgain() throws {
        let id = "9d3b6f80-1a2c-4e57-b8f9-0e4d7a6c2b31"
        let year = try #require(try everything().dialogues.first { $0.id == id }).schoolYear.startYear
        try rewriteDialogue(id) { $0.status = .live }
        let store = try Store.open(
            at: root, mode: .read, scope: .firstScreen(today: LocalDate(year: year, month: 11, day: 1)!))
        #expect(store.dialogues.first { $0.id == id }?.status == .live)
        #expect(try everything().dialogues.first { $0.id == id }?.status == .live)
    }

    @Test func missingStaleAndCorruptIndexFilesAreRebuiltWithoutComplaint() throws {
        unlink(file(StoreLayout.overviewFile))
        var store = try Store.open(at: root, mode: .write(command: "t"))
        #expect(store.dialogues.count == 6 && store.problems.isEmpty && store.isComplete)
        store.close()
        #expect(try decode(IndexOverviewDocument.self, StoreLayout.overviewFile).years.count == 2)

        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: file("index/2025.json")))
        store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        // The overview no longer matches that year's file, so the year is read (and mended) at once.
        #expect(store.loadedYears.contains(2025))
        store.adopt(try #require(store.remainingHistory()).read())
        #expect(store.dialogues.count == 6 && store.problems.isEmpty)
        store.close()
        #expect(try decode(YearIndexDocument.self, "index/2025.json").dialogues.count == 2)

        unlink(file("index/2026.json"))
        store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        #expect(store.dialogues.count == 6 && store.problems.isEmpty)
        store.close()
        #expect(try decode(YearIndexDocument.self, "index/2026.json").dialogues.count == 4)
    }

    @Test func aFileNoIndexKnowsIsFoundWhenTheHistoryIsRead() throws {
        let source = try everything().dialogues.first { $0.schoolYear.startYear == 2025 }!
        var copy = try everything().dialogue(source.id)
        copy.id = "00000000-0000-4000-8000-000000002023"
        copy.date = LocalDate(iso: "2023-10-10")!
        copy.schoolYear = SchoolYear(startYear: 2023)
        try DurableFile.replace(
            file(StoreLayout.dialogueFile(copy.id)), with: StoreJSON.encode(DialogueDocument(dialogue: copy)))

        let store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        #expect(!store.dialogues.contains { $0.id == copy.id })
        store.adopt(try #require(store.remainingHistory()).read())
        #expect(store.dialogues.first { $0.id == copy.id }?.schoolYear.startYear == 2023)
        store.close()
        #expect(try decode(YearIndexDocument.self, "index/2023.json").dialogues.map(\.id) == [copy.id])
        #expect(
            try decode(IndexOverviewDocument.self, StoreLayout.overviewFile).years.map(\.schoolYear) == [
                2023, 2025, 2026,
            ])
        // A file that is gone drops out of its year.
        unlink(file(StoreLayout.dialogueFile(copy.id)))
        let again = try Store.open(at: root, mode: .write(command: "t"))
        #expect(again.dialogues.count == 6)
        again.close()
        #expect(!FileManager.default.fileExists(atPath: file("index/2023.json")))
    }

    @Test func savingBeforeTheHistoryIsReadLosesNoYear() throws {
        let old = try #require(try everything().dialogues.first { $0.schoolYear.startYear == 2025 })
        let store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        var d = try store.dialogue(old.id)
        d.notes.append(
            Note(id: "sparad", section: .strengths, text: "Sparad", created: Date(timeIntervalSince1970: 1_764_000_000))
        )
        try store.saveDialogue(d)
        var fresh = d
        fresh.id = "00000000-0000-4000-8000-00000000f00d"
        fresh.date = today
        fresh.schoolYear = SchoolYear(startYear: 2026)
        try store.saveDialogue(fresh)
        store.close()
        let after = try everything()
        #expect(after.dialogues.count == 7)
        #expect(after.dialogues.first { $0.id == old.id }?.noteCount == old.noteCount + 1)
        #expect(try decode(IndexOverviewDocument.self, StoreLayout.overviewFile).years.map(\.dialogues) == [2, 5])
    }

    @Test func aDialogueMovedToAnotherSchoolYearLeavesItsOldYear() throws {
        let store = try Store.open(at: root, mode: .write(command: "t"))
        let id = try #require(store.dialogues.first { $0.schoolYear.startYear == 2025 }).id
        var d = try store.dialogue(id)
        d.date = LocalDate(iso: "2026-09-10")!
        d.schoolYear = SchoolYear(startYear: 2026)
        try store.saveDialogue(d)
        store.close()
        #expect(try !decode(YearIndexDocument.self, "index/2025.json").dialogues.contains { $0.id == id })
        #expect(try decode(YearIndexDocument.self, "index/2026.json").dialogues.contains { $0.id == id })

        // The same behind the program's back: the file now names 2024/25.
        try rewriteDialogue(id) {
            $0.date = LocalDate(iso: "2024-09-10")!
            $0.schoolYear = SchoolYear(startYear: 2024)
        }
        let again = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        #expect(again.dialogues.first { $0.id == id }?.schoolYear.startYear == 2024)
        #expect(again.dialogues.filter { $0.id == id }.count == 1)
        again.close()
        #expect(try !decode(YearIndexDocument.self, "index/2026.json").dialogues.contains { $0.id == id })
        #expect(try decode(YearIndexDocument.self, "index/2024.json").dialogues.map(\.id) == [id])
    }

    @Test func anIndexOfAnEarlierVersionIsTurnedIntoYearFilesWithoutReadingEveryDialogue() throws {
        var summaries = try everything().dialogues
        // A value only the old index holds: were the dialogue files read, it would not survive.
        summaries[0].tags = ["från-gamla-indexet"]
        try FileManager.default.removeItem(atPath: file(StoreLayout.indexFolder))
        try DurableFile.replace(
            file(StoreLayout.legacyIndexFile), with: StoreJSON.encode(IndexDocument(dialogues: summaries)))
        // A reader changes nothing.
        #expect(try everything().dialogues.first?.tags == ["från-gamla-indexet"])
        #expect(FileManager.default.fileExists(atPath: file(StoreLayout.legacyIndexFile)))
        #expect(!FileManager.default.fileExists(atPath: file(StoreLayout.indexFolder)))
        // A writer builds the year files and removes the old index.
        try Store.open(at: root, mode: .write(command: "t")).close()
        #expect(!FileManager.default.fileExists(atPath: file(StoreLayout.legacyIndexFile)))
        let year = summaries[0].schoolYear.startYear
        #expect(
            try decode(YearIndexDocument.self, "index/\(year).json").dialogues.first { $0.id == summaries[0].id }?.tags
                == ["från-gamla-indexet"])
        #expect(mode(of: file(StoreLayout.indexFolder)) == 0o700)
        #expect(mode(of: file(StoreLayout.overviewFile)) == 0o600)
    }

    /// Copies of last year's Nytorpsskolan dialogue (with open actions) into earlier school years.
    func addHistory(_ years: ClosedRange<Int>) throws {
        let source = try everything().dialogue("2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28")
        for year in years {
            var copy = source
            copy.id = "00000000-0000-4000-8000-00000000\(year)"
            copy.date = LocalDate(year: year, month: 10, day: 1)!
            copy.schoolYear = SchoolYear(startYear: year)
            try DurableFile.replace(
                file(StoreLayout.dialogueFile(copy.id)), with: StoreJSON.encode(DialogueDocument(dialogue: copy)))
        }
        try Store.open(at: root, mode: .write(command: "t")).close()
    }

    /// The school list's figures as the first screen computes them.
    func firstScreenFigures(_ store: Store) -> [String: SchoolStats] {
        SchoolStats.merge([store.unloadedStats, SchoolStats.compute(store.dialogues)])
    }

    @Test func theOverviewStaysTheSameSizeHoweverLongTheHistory() throws {
        try addHistory(2015...2024)
        let overview = try decode(IndexOverviewDocument.self, StoreLayout.overviewFile)
        #expect(overview.years.count == 12)
        // The newest three years have figures of their own; the nine before them share one set.
        #expect(overview.recent.map(\.schoolYear) == [2024, 2025, 2026])
        #expect(overview.earlier?.before == 2024)
        #expect(overview.earlier?.schools["nytorpsskolan"]?.dialogueCount == 9)
        let full = SchoolStats.compute(try everything().dialogues)
        let store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        #expect(store.loadedYears == [2026])
        #expect(firstScreenFigures(store) == full)
        // One of the earlier years is needed (a report): they are read together, and the figures hold.
        store.ensureYears([2018])
        #expect(store.loadedYears == Set(2015...2023).union([2026]))
        #expect(firstScreenFigures(store) == full)
        // Following up an old action changes the earlier years' shared figures.
        var old = try store.dialogue("00000000-0000-4000-8000-000000002018")
        for i in old.actions.indices { old.actions[i].status = .done }
        try store.saveDialogue(old)
        store.close()
        let after = SchoolStats.compute(try everything().dialogues)
        #expect(after["nytorpsskolan"]!.openActions < full["nytorpsskolan"]!.openActions)
        #expect(firstScreenFigures(try Store.open(at: root, mode: .read, scope: .firstScreen(today: today))) == after)
        #expect(
            try decode(IndexOverviewDocument.self, StoreLayout.overviewFile).earlier?.schools["nytorpsskolan"]?
                .openActions
                == after["nytorpsskolan"]!.openActions
                - (try everything().dialogues.filter { $0.schoolYear.startYear >= 2024 }
                    .filter { $0.schoolID == "nytorpsskolan" }.reduce(0) { $0 + $1.openActionCount }))
    }

    @Test func aNewSchoolYearMovesTheOldestRecentYearIntoTheEarlierFigures() throws {
        try addHistory(2022...2024)
        #expect(try decode(IndexOverviewDocument.self, StoreLayout.overviewFile).earlier?.before == 2024)
        let store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        // Saving in the school year on screen needs nothing else read, and keeps the earlier figures.
        var current = try store.dialogue(try #require(store.dialogues.first).id)
        current.notes.append(
            Note(id: "ny", section: .strengths, text: "Ny", created: Date(timeIntervalSince1970: 1_764_000_000)))
        try store.saveDialogue(current)
        #expect(store.loadedYears == [2026] && !store.isComplete)
        #expect(
            firstScreenFigures(try Store.open(at: root, mode: .read, scope: .firstScreen(today: today)))
                == SchoolStats.compute(try everything().dialogues))
        // A dialogue planned for next school year moves the newest years on.
        var next = try store.dialogue("00000000-0000-4000-8000-000000002024")
        next.id = "00000000-0000-4000-8000-00000000a027"
        next.date = LocalDate(iso: "2027-09-01")!
        next.schoolYear = SchoolYear(startYear: 2027)
        next.status = .planned
        try store.saveDialogue(next)
        store.close()
        let overview = try decode(IndexOverviewDocument.self, StoreLayout.overviewFile)
        #expect(overview.recent.map(\.schoolYear) == [2025, 2026, 2027])
        #expect(overview.earlier?.before == 2025)
        let full = SchoolStats.compute(try everything().dialogues)
        #expect(firstScreenFigures(try Store.open(at: root, mode: .read, scope: .firstScreen(today: today))) == full)
    }

    @Test func fingerprintsTellQuickWritesApartAndAcceptEntriesOfEarlierVersions() throws {
        let path = file("probe.json")
        try DurableFile.replace(path, with: Data("aaaa".utf8))
        let first = try #require(FileFingerprint.of(path))
        try DurableFile.replace(path, with: Data("bbbb".utf8))
        let second = try #require(FileFingerprint.of(path))
        // Same size, perhaps the same coarse time: the new inode of the renamed file tells them apart.
        #expect(!second.matches(first))
        #expect(second.matches(second))
        // An entry without an inode (written by an earlier version) is judged by size and time.
        let old = FileFingerprint(size: second.size, modifiedNanoseconds: second.modifiedNanoseconds)
        #expect(second.matches(old) && old.matches(second))
        #expect(
            !second.matches(FileFingerprint(size: second.size + 1, modifiedNanoseconds: second.modifiedNanoseconds)))
        #expect(!second.matches(nil))
    }

    @Test func aDialogueMovedIntoAnEmptyEarlierYearKeepsTheFiguresWhole() throws {
        try addHistory(2015...2024)
        let store = try Store.open(at: root, mode: .write(command: "t"), scope: .firstScreen(today: today))
        var d = try store.dialogue(try #require(store.dialogues.first { $0.schoolID != nil }).id)
        d.date = LocalDate(iso: "2010-10-10")!
        d.schoolYear = SchoolYear(startYear: 2010)
        try store.saveDialogue(d)
        store.close()
        let full = SchoolStats.compute(try everything().dialogues)
        #expect(firstScreenFigures(try Store.open(at: root, mode: .read, scope: .firstScreen(today: today))) == full)
        #expect(try decode(YearIndexDocument.self, "index/2010.json").dialogues.map(\.id) == [d.id])
    }
}
