import Foundation
import Testing
import TestSupport
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
        Note(id: id, section: .strengths, text: text, created: Date(timeIntervalSince1970: 1_764_000_000), parentID: parent)
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
        let (d, count) = try store.dialogueWithJournal(planned)
        #expect(count == 4)
        #expect(d.status == .live && d.currentSection == .strengths)
        #expect(d.notes.map(\.text) == ["Trygg skola"])
        #expect(d.draft?.text == "Läsförståel")
        #expect(store.pendingJournals() == [planned])
        #expect(try store.foldJournal(planned, writer: writer) == 4)
        #expect(store.pendingJournals().isEmpty)
        #expect(try store.dialogue(planned) == d)
        #expect(store.dialogues.first { $0.id == planned }?.status == .live)
    }

    @Test func replayingTwiceChangesNothing() {
        let base = Dialogue(id: "d", date: LocalDate(iso: "2026-11-30")!)
        let changes: [DialogueChange] = [
            .noteSaved(note("a", "A")), .noteSaved(note("b", "B", parent: "a")), .noteSaved(note("a", "A2")),
            .noteDeleted("a"), .draftChanged(nil),
        ]
        let once = changes.reduce(base) { $1.applied(to: $0) }
        let twice = changes.reduce(once) { $1.applied(to: $0) }
        #expect(once == twice)
        // The follow-up of a deleted note is kept, moved up.
        #expect(once.notes.map(\.id) == ["b"])
        #expect(once.notes[0].parentID == nil)
    }

    @Test func aTornLastLineIsSkipped() throws {
        let folder = TempFolder("torn")
        let path = folder.sub("j.jsonl")
        let writer = JournalWriter(path: path)
        try writer.append(.sectionEntered(.results))
        writer.close()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":2,\"change\":{\"noteSav".utf8))
        try handle.close()
        let (changes, bad) = JournalWriter.read(path)
        #expect(changes == [.sectionEntered(.results)])
        #expect(bad == 1)
    }

    @Test func aWriteThatFailsKeepsTheEntryForLater() throws {
        let folder = TempFolder("full")
        // A journal path inside a file cannot be created: the entry waits in memory.
        folder.write("blocker", "x")
        let writer = JournalWriter(path: folder.sub("blocker/j.jsonl"))
        #expect(throws: FileError.self) { try writer.append(.sectionEntered(.analysis)) }
        #expect(writer.pendingCount == 1)
        unlink(folder.sub("blocker"))
        try writer.flushPending()
        #expect(writer.pendingCount == 0)
        #expect(JournalWriter.read(folder.sub("blocker/j.jsonl")).changes == [.sectionEntered(.analysis)])
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
        try FileManager.default.setAttributes([.modificationDate: started.addingTimeInterval(600)],
                                              ofItemAtPath: store.layout.journal(planned))
        try FileManager.default.setAttributes([.modificationDate: started.addingTimeInterval(-60)],
                                              ofItemAtPath: store.layout.path(StoreLayout.dialogueFile(planned)))
        let (recovered, replayed, paused) = try store.recover(planned)
        #expect(replayed == 1 && paused)
        #expect(recovered.clock?.isRunning == false)
        #expect(recovered.clock?.elapsed(.strengths, now: Date()) == 600)
        let saved = try store.dialogue(planned)
        #expect(saved.clock == recovered.clock && saved.notes.map(\.id) == ["n1"])
        // Nothing more to recover: the clock is no longer running and the journal is folded.
        let again = try store.recover(planned)
        #expect(again.replayed == 0 && !again.clockPaused)
    }
}
