import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

@Suite struct JournalTests {
    let planned = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"

    func store() throws -> (TempFolder, Store) {
        let folder = TempFolder("journal")
        try Store.create(at: folder.sub("store"), content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        return (folder, try Store.open(at: folder.sub("store"), mode: .write(command: "test")))
    }

    func note(_ id: String, _ text: String, parent: String? = nil) -> Note {
        Note(
            id: id, section: .strengths, text: text, created: Date(timeIntervalSince1970: 1_764_000_000),
            parentID: parent)
    }

    /// A journal line as Tillit writes it.
    func line(_ seq: Int, _ change: DialogueChange) throws -> String {
        String(decoding: try JSONEncoder().encode(JournalEntry(seq: seq, change: change)), as: UTF8.self)
    }

    @Test func changesReplayOverTheFileAndFoldIntoIt() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        let writer = JournalWriter(path: store.layout.journal(planned))
        try writer.append(.statusChanged(.live))
        try writer.append(.sectionEntered(.strengths))
        try writer.append(.noteSaved(note("n1", "Trygg skola")))
        try writer.append(.draftChanged(NoteDraft(section: .strengths, text: "Läsförståel")))
        #expect(mode(of: store.layout.journal(planned)) == 0o600)
        #expect(mode(of: store.layout.path("journal")) == 0o700)
        let replay = try store.dialogueWithJournal(planned)
        let d = replay.dialogue
        #expect(replay.replayed == 4)
        #expect(d.status == .live && d.currentSection == .strengths)
        #expect(d.notes.map(\.text) == ["Trygg skola"])
        #expect(d.draft?.text == "Läsförståel")
        #expect(store.pendingJournals() == [planned])
        #expect(try store.foldJournal(planned, writer: writer).replayed == 4)
        #expect(store.pendingJournals().isEmpty)
        #expect(try store.dialogue(planned) == d)
        #expect(store.dialogues.first { $0.id == planned }?.status == .live)
    }

    @Test func replayingTwiceChangesNothing() {
        let base = Dialogue(id: "d", date: LocalDate(iso: "2026-11-30")!)
        let changes: [DialogueChange] = [
            .noteSaved(note("a", "A")), .noteSaved(note("b", "B", parent: "a")), .noteSaved(note("a", "A2")),
            .noteDeleted("a"), .draftChanged(NoteDraft(section: .results, text: "Res", revision: 1)),
            .draftEdited(DraftEdit(base: 1, at: 3, inserted: "ultat")),
            .draftEdited(DraftEdit(base: 2, at: 0, removed: 1, inserted: "r")),
        ]
        let once = DialogueChange.replay(changes, over: base)
        let twice = DialogueChange.replay(changes, over: once)
        #expect(once == twice)
        #expect(once.draft?.text == "resultat" && once.draft?.revision == 3)
        // One by one gives the same as in one go.
        #expect(changes.reduce(base) { $1.applied(to: $0) } == once)
        // The follow-up of a deleted note is kept, moved up.
        #expect(once.notes.map(\.id) == ["b"])
        #expect(once.notes[0].parentID == nil)
    }

    @Test func anEditAppliesOnlyToTheRevisionItWasMadeOn() {
        var d = Dialogue(id: "d", date: LocalDate(iso: "2026-11-30")!)
        d.draft = NoteDraft(section: .strengths, text: "abc", revision: 5)
        #expect(DialogueChange.draftEdited(DraftEdit(base: 4, at: 0, inserted: "x")).applied(to: d) == d)
        #expect(DialogueChange.draftEdited(DraftEdit(base: 5, at: 9, inserted: "x")).applied(to: d) == d)
        #expect(
            DialogueChange.draftEdited(DraftEdit(base: 5, at: 3, inserted: "d")).applied(to: d).draft?.text == "abcd")
    }

    @Test func everyKindOfChangeIsNamedInTheListOfKinds() throws {
        let d = LocalDate(iso: "2026-11-30")!
        let all: [DialogueChange] = [
            .statusChanged(.live), .sectionEntered(.results), .noteSaved(note("a", "A")), .noteDeleted("a"),
            .draftChanged(nil), .draftEdited(DraftEdit(base: 0, at: 0)),
            .actionSaved(ActionItem(id: "x", text: "X", createdIn: "d")),
            .actionDeleted("x"), .reflectionSaved(Reflection(purposeReached: "", takeForward: "")),
            .clockChanged(DialogueClock()),
            .setupSaved(
                DialogueSetup(
                    date: d, level: .school, facilitators: [], participants: [],
                    agendaMinutes: [:])),
            .actionReviewed(ReviewedAction(dialogueID: "d", actionID: "x", text: "X", status: .done, comment: "")),
            .participantAdded(Participant(name: "Gäst", role: .other(""))),
        ]
        var kinds: Set<String> = []
        for change in all {
            let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(change)) as? [String: Any]
            kinds.formUnion(object?.keys ?? [:].keys)
        }
        #expect(kinds == DialogueChange.kindNames)
    }

    /// A damaged line is never dropped silently: the journal is kept aside byte for byte, the rest
    /// is folded in, and doctor names the copy until someone removes it.
    @Test(arguments: ["damaged", "invalidUTF8", "outOfOrder", "torn"])
    func aJournalWithLinesThatCannotBeReadIsKeptAside(_ damage: String) throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        var lines = [
            try line(1, .statusChanged(.live)), try line(2, .noteSaved(note("n1", "Trygg skola"))),
            try line(3, .noteSaved(note("n2", "Läsningen har ökat"))),
        ]
        switch damage {
        case "damaged": lines[1] = String(lines[1].dropLast(9)) + "#}}}}}}}}"
        case "outOfOrder": lines[2] = try line(1, .noteSaved(note("n2", "Läsningen har ökat")))
        case "torn": lines[2] = String(lines[2].prefix(30))
        default: break
        }
        var bytes = Array((lines.joined(separator: "\n") + (damage == "torn" ? "" : "\n")).utf8)
        if damage == "invalidUTF8" { bytes.insert(contentsOf: [0xFF, 0xFE], at: lines[0].utf8.count + 20) }
        folder.write("store/journal/\(planned).jsonl", bytes)
        let recovery = try store.recover(planned)
        let kept = try #require(recovery.keptAside)
        #expect(kept.file.hasPrefix("journal/\(planned).unreadable-") && kept.file.hasSuffix(".jsonl"))
        #expect(folder.bytes("store/" + kept.file) == bytes)
        #expect(mode(of: store.layout.path(kept.file)) == 0o600)
        #expect(!kept.lines.isEmpty)
        // What could be read is in the dialogue; the journal is empty.
        let saved = try store.dialogue(planned)
        #expect(saved.status == .live)
        #expect(saved.notes.count == 1)
        #expect(store.pendingJournals().isEmpty)
        // Doctor says so until the copy is gone.
        let report = StoreDoctor.check(try Store.open(at: folder.sub("store"), mode: .read))
        #expect(
            report.problems.contains { if case .journalKeptAside(let id, _) = $0.kind { id == planned } else { false } }
        )
        unlink(store.layout.path(kept.file))
        let after = StoreDoctor.check(try Store.open(at: folder.sub("store"), mode: .read))
        #expect(!after.problems.contains { if case .journalKeptAside = $0.kind { true } else { false } })
    }

    /// A change of a kind, or with a field, from a newer Tillit is never folded (it would be
    /// lost): the journal and the file stay as they are, and the dialogue stays read-only.
    @Test(arguments: ["kind", "field"])
    func aJournalFromANewerTillitIsNotFolded(_ what: String) throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        let newer =
            what == "kind"
            ? #"{"change":{"figureNoted":{"_0":{"value":211}}},"seq":2}"#
            : try line(2, .noteSaved(note("n1", "Trygg skola"))).replacingOccurrences(
                of: #""id":"n1""#,
                with: #""id":"n1","mood":"glad""#)
        let text = try line(1, .statusChanged(.live)) + "\n" + newer + "\n"
        folder.write("store/journal/\(planned).jsonl", text)
        let before = folder.bytes("store/dialogues/\(planned).json")
        let recovery = try store.recover(planned)
        #expect(recovery.newerLine == 2)
        #expect(folder.bytes("store/journal/\(planned).jsonl") == Array(text.utf8))
        #expect(folder.bytes("store/dialogues/\(planned).json") == before)
        #expect(throws: StoreError.self) { try store.foldJournal(planned) }
        #expect(folder.bytes("store/journal/\(planned).jsonl") == Array(text.utf8))
        let report = StoreDoctor.check(try Store.open(at: folder.sub("store"), mode: .read))
        #expect(report.problems.contains { if case .journalFromNewerVersion(2) = $0.kind { true } else { false } })
    }

    @Test func aWriteThatFailsKeepsTheEntryForLater() throws {
        let folder = TempFolder("full")
        // A journal path inside a file cannot be created: the entry waits in memory.
        folder.write("blocker", "x")
        let writer = JournalWriter(path: folder.sub("blocker/j.jsonl"))
        #expect(throws: FileError.self) { try writer.append(.sectionEntered(.analysis)) }
        #expect(writer.pendingCount == 1)
        #expect(writer.pendingChanges == [.sectionEntered(.analysis)])
        unlink(folder.sub("blocker"))
        try writer.flushPending()
        #expect(writer.pendingCount == 0)
        #expect(JournalReader.read(folder.sub("blocker/j.jsonl")).changes == [.sectionEntered(.analysis)])
    }

    @Test func numbersGoOnFromAJournalThatWasNotFolded() throws {
        let folder = TempFolder("seq")
        let path = folder.sub("j.jsonl")
        let first = JournalWriter(path: path)
        try first.append(.sectionEntered(.results))
        try first.append(.sectionEntered(.analysis))
        first.close()
        let second = JournalWriter(path: path)
        try second.append(.sectionEntered(.needs))
        let read = JournalReader.read(path)
        #expect(read.isClean && read.lastSeq == 3)
        #expect(read.changes.count == 3)
    }

    /// The journal is written only where it belongs: a link in its place is never followed (the
    /// file it points at stays as it was).
    @Test func aLinkInPlaceOfTheJournalIsNeverWrittenThrough() throws {
        let folder = TempFolder("link")
        folder.write("outside.txt", "keep me")
        chmod(folder.sub("outside.txt"), 0o644)
        try FileManager.default.createDirectory(atPath: folder.sub("journal"), withIntermediateDirectories: true)
        symlink(folder.sub("outside.txt"), folder.sub("journal/d.jsonl"))
        let writer = JournalWriter(path: folder.sub("journal/d.jsonl"))
        #expect(throws: FileError.self) { try writer.append(.sectionEntered(.results)) }
        #expect(writer.pendingCount == 1)
        #expect(throws: FileError.self) { try writer.truncate() }
        #expect(folder.bytes("outside.txt") == Array("keep me".utf8))
        #expect(mode(of: folder.sub("outside.txt")) == 0o644)
    }

    @Test func aCrashStopsTheMeetingClockWhereTillitLastWrote() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        let started = Date(timeIntervalSince1970: 1_795_000_000)
        var d = try store.dialogue(planned)
        d.status = .live
        d.clock = DialogueClock(section: .strengths, runningSince: started)
        try store.saveDialogue(d)
        try JournalWriter(path: store.layout.journal(planned)).append(.noteSaved(note("n1", "Trygg skola")))
        // Tillit's last sign of life: the journal, ten minutes after the clock started; the
        // dialogue file is older.
        try FileManager.default.setAttributes(
            [.modificationDate: started.addingTimeInterval(600)],
            ofItemAtPath: store.layout.journal(planned))
        try FileManager.default.setAttributes(
            [.modificationDate: started.addingTimeInterval(-60)],
            ofItemAtPath: store.layout.path(StoreLayout.dialogueFile(planned)))
        let recovery = try store.recover(planned)
        #expect(recovery.replayed == 1 && recovery.clockPaused && recovery.keptAside == nil)
        #expect(recovery.dialogue.clock?.isRunning == false)
        #expect(recovery.dialogue.clock?.elapsed(.strengths, now: Date()) == 600)
        let saved = try store.dialogue(planned)
        #expect(saved.clock == recovery.dialogue.clock && saved.notes.map(\.id) == ["n1"])
        // Nothing more to recover: the clock is no longer running and the journal is folded.
        let again = try store.recover(planned)
        #expect(again.replayed == 0 && !again.clockPaused)
    }

    /// Writes while the disk is busy are flushed within the flusher's interval, however steadily
    /// someone types (each flush round is counted).
    @Test func steadyWritesAreFlushedToDiskWhileTheyGoOn() throws {
        let folder = TempFolder("flush")
        let flusher = JournalFlusher(interval: 0.2)
        defer { flusher.stop() }
        let writer = JournalWriter(path: folder.sub("j.jsonl"), flusher: flusher)
        let start = Date()
        var flushedWhileWriting = false
        // A key every 20 ms for 0.8 s: the flusher must not wait for a pause.
        while Date().timeIntervalSince(start) < 0.8 {
            try writer.append(.draftEdited(DraftEdit(base: 0, at: 0, inserted: "a")))
            if flusher.flushCount >= 2 { flushedWhileWriting = true }
            usleep(20_000)
        }
        #expect(flushedWhileWriting)
        #expect(!writer.needsSync)
    }

    /// With wakes deferred (the screen's run loop), a change that finds the journal's thread
    /// idle waits for `wakeIfOwed()`, called once the key's frame is out, and is then flushed;
    /// without, the change wakes the thread itself.
    @Test func aDeferredWakeComesAfterTheFrame() throws {
        let folder = TempFolder("wake")
        // Rounds half an interval apart: a change that the thread finds on its own (between two
        // rounds) waits 0.5 s, far longer than the 150 ms looked at below.
        let flusher = JournalFlusher(interval: 1.0)
        defer { flusher.stop() }
        let writer = JournalWriter(path: folder.sub("j.jsonl"), flusher: flusher)
        let start = Date()
        func waitForFlushes(_ n: Int) {
            while flusher.flushCount < n, Date().timeIntervalSince(start) < 10 { usleep(1_000) }
        }
        // Not deferred: the change wakes the thread (started by the first change).
        try writer.append(.draftEdited(DraftEdit(base: 0, at: 0, inserted: "a")))
        waitForFlushes(1)
        #expect(flusher.flushCount == 1 && !flusher.hasUnsynced)
        flusher.defersWakes = true
        try writer.append(.draftEdited(DraftEdit(base: 0, at: 1, inserted: "b")))
        // Longer than a woken round waits before it flushes, with the last round's half interval.
        usleep(150_000)
        #expect(flusher.flushCount == 1 && flusher.hasUnsynced)
        flusher.wakeIfOwed()
        waitForFlushes(2)
        #expect(flusher.flushCount == 2 && !flusher.hasUnsynced)
    }

    @Test func anEmergencyCopyIsFoldedIntoItsDialogue() throws {
        let (folder, store) = try store()
        defer { withExtendedLifetime(folder) {} }
        folder.write("blocked", "a file where a folder would go")
        let rescue = RescueFolder(candidates: [folder.sub("blocked/rescue"), folder.sub("rescue")])
        let doc = RescueDocument(
            store: RescueFolder.canonical(store.root), dialogueID: planned, written: Date(),
            changes: [.statusChanged(.live), .noteSaved(note("n9", "Sparad i nödkopian"))], dialogue: nil)
        let path = try rescue.write(doc)
        #expect(path.hasPrefix(folder.sub("rescue/")))
        #expect(mode(of: path) == 0o600 && mode(of: folder.sub("rescue")) == 0o700)
        let found = rescue.copies(forStore: store.root + "/")
        #expect(found.copies.map(\.path) == [path])
        #expect(rescue.copies(forStore: folder.sub("other")).copies.isEmpty)
        #expect(try store.foldRescue(found.copies[0].document) == 2)
        #expect(try store.dialogue(planned).notes.map(\.text) == ["Sparad i nödkopian"])
    }
}

@Suite struct JournalGoneTests {
    /// A journal removed while Tillit writes it (a `git checkout`, a hand): everything written
    /// since the last fold is written again into a new one, and the fold finds it all.
    @Test func aJournalRemovedUnderTheWriterIsWrittenAgain() throws {
        let folder = TempFolder("gone")
        try Store.create(at: folder.sub("store"), content: DemoStore.content(today: LocalDate(iso: "2026-11-23")!))
        let store = try Store.open(at: folder.sub("store"), mode: .write(command: "test"))
        let id = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"
        let writer = JournalWriter(path: store.layout.journal(id))
        try writer.append(.statusChanged(.live))
        try writer.append(
            .noteSaved(Note(id: "n1", section: .strengths, text: "Före", created: Date(timeIntervalSince1970: 0))))
        unlink(store.layout.journal(id))
        try writer.append(
            .noteSaved(Note(id: "n2", section: .strengths, text: "Efter", created: Date(timeIntervalSince1970: 0))))
        #expect(try store.foldJournal(id, writer: writer).replayed == 3)
        let d = try store.dialogue(id)
        #expect(d.status == .live && d.notes.map(\.text) == ["Före", "Efter"])
    }
}

@Suite struct JournalBlameTests {
    /// One damaged line is named alone: the gap it leaves in the numbering is its own.
    @Test func aDamagedLineIsNamedAloneNotTheOneAfterIt() throws {
        var lines: [String] = []
        for i in 1...5 {
            lines.append(
                String(
                    decoding: try JSONEncoder().encode(JournalEntry(seq: i, change: .sectionEntered(.results))),
                    as: UTF8.self))
        }
        lines[2] = "garbage"
        let read = JournalReader.parse(Array((lines.joined(separator: "\n") + "\n").utf8))
        #expect(read.unreadableLines == [3])
        #expect(read.changes.count == 4)
        // A line gone without a trace is still noticed, at the line after the gap.
        lines.remove(at: 2)
        #expect(JournalReader.parse(Array((lines.joined(separator: "\n") + "\n").utf8)).unreadableLines == [3])
    }
}

/// An edit of the draft is written as a journal line put together by hand: it reads back as the
/// entry it was, and is the same JSON as the encoder's, for any text a key or a paste can bring.
@Suite struct JournalLineTests {
    @Test func handWrittenLinesReadBackAsTheEncodersDo() throws {
        var rng = SplitMix64(seed: 42)
        let pieces = [
            "a", "å", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "😀", "/",
            "e\u{301}", "👨‍👩‍👧‍👦", " ", "}", "{\"x\":1}",
        ]
        let encoder = JSONEncoder()
        for i in 0..<300 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined()
            let entry = JournalEntry(
                seq: i * 977, change: .draftEdited(DraftEdit(base: i, at: i * 3, removed: i % 4, inserted: text)))
            let line = try entry.line(encoder)
            #expect(!line.contains(0x0A))
            #expect(try JSONDecoder().decode(JournalEntry.self, from: Data(line)) == entry)
            let hand = try JSONSerialization.jsonObject(with: Data(line)) as? NSDictionary
            let encoded = try JSONSerialization.jsonObject(with: encoder.encode(entry)) as? NSDictionary
            #expect(hand != nil && hand == encoded, "\(text.debugDescription)")
        }
        // Any other change goes through the encoder.
        let other = JournalEntry(seq: 1, change: .noteDeleted("n1"))
        #expect(try JSONDecoder().decode(JournalEntry.self, from: Data(other.line(encoder))) == other)
    }
}
