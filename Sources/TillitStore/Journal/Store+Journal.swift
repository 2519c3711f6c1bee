import Foundation
import TillitDomain

extension Store {
    /// A dialogue as it stands with its journal replayed over its file.
    public func dialogueWithJournal(_ id: String, checkFields: Bool = true) throws(StoreError) -> (dialogue: Dialogue, replayed: Int) {
        var d = try dialogue(id, checkFields: checkFields)
        let (changes, _) = JournalWriter.read(layout.journal(id))
        for change in changes { d = change.applied(to: d) }
        return (d, changes.count)
    }

    /// After a crash: folds the dialogue's journal into its file, and pauses a meeting clock left
    /// running at the moment Tillit last wrote for the dialogue (its journal or its file), so that
    /// the time Tillit was down is not counted. Returns the dialogue as it now stands, how many
    /// changes were replayed and whether the clock was paused.
    public func recover(_ id: String) throws(StoreError) -> (dialogue: Dialogue, replayed: Int, clockPaused: Bool) {
        let lastSign = [layout.journal(id), layout.path(StoreLayout.dialogueFile(id))]
            .compactMap { FileFingerprint.of($0)?.modifiedNanoseconds }.max()
            .map { Date(timeIntervalSince1970: Double($0) / 1_000_000_000) }
        var (d, count) = try dialogueWithJournal(id)
        if count > 0 { try foldJournal(id) }
        guard d.isLive, let clock = d.clock, let since = clock.runningSince, let lastSign else { return (d, count, false) }
        d.clock = clock.paused(now: max(since, lastSign))
        try saveDialogue(d)
        return (d, count, true)
    }

    /// Dialogues whose journals hold changes not yet in their files (after a crash).
    public func pendingJournals() -> [String] {
        let folder = layout.path(StoreLayout.journalFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(6)) }.filter { id in
            (FileFingerprint.of(layout.journal(id))?.size ?? 0) > 0
        }.sorted()
    }

    /// Writes a dialogue with its journal into its file, then empties the journal.
    /// Returns how many changes were folded in.
    @discardableResult
    public func foldJournal(_ id: String, writer: JournalWriter? = nil) throws(StoreError) -> Int {
        let (d, count) = try dialogueWithJournal(id)
        guard count > 0 else { return 0 }
        try saveDialogue(d)
        let w = writer ?? JournalWriter(path: layout.journal(id))
        do {
            try w.truncate()
        } catch let e as FileError {
            throw .file(e)
        } catch {}
        return count
    }
}
