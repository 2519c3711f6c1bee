import AppCore
import Foundation
import TillitDomain
import TillitStore

/// The journals of the dialogues being written in this session, and the changes in them that
/// still wait for the disk (a full or read-only disk): retried, reported, folded, or written to
/// an emergency copy, but never dropped.
final class JournalWriters {
    let layout: StoreLayout
    let flusher: JournalFlusher
    private var writers: [String: JournalWriter] = [:]
    /// How many waiting changes the screen was last told of.
    private var reported = 0
    /// The last reason a journal could not be written.
    private(set) var lastTrouble: FileError?
    /// Where emergency copies go.
    let rescue: RescueFolder?
    /// The store's folder as emergency copies name it.
    let storeRoot: String
    /// The emergency copy of each dialogue's waiting changes, kept up to date while they wait
    /// (so that even a kill -9 or a power cut then loses nothing), removed once they are written.
    private var liveCopies: [String: String] = [:]

    init(layout: StoreLayout, flusher: JournalFlusher, rescue: RescueFolder?) {
        self.layout = layout
        self.flusher = flusher
        self.rescue = rescue
        storeRoot = RescueFolder.canonical(layout.root)
    }

    /// Keeps the emergency copies in step with what waits: written while changes wait, gone
    /// once none do.
    private func updateLiveCopies() {
        for (id, writer) in writers {
            if writer.pendingCount == 0 {
                if let old = liveCopies.removeValue(forKey: id) { unlink(old) }
            } else if let rescue {
                let doc = RescueDocument(
                    store: storeRoot, dialogueID: id, written: Date(), changes: writer.pendingChanges,
                    dialogue: nil)
                if let path = try? rescue.write(doc, replacing: liveCopies[id]) { liveCopies[id] = path }
            }
        }
    }

    private func writer(_ id: String) -> JournalWriter {
        if let w = writers[id] { return w }
        let w = JournalWriter(path: layout.journal(id), flusher: flusher)
        writers[id] = w
        return w
    }

    /// Records a change; what went wrong, if it could not be written yet (it waits in memory).
    func append(_ change: DialogueChange, to id: String) -> FileError? {
        var trouble: FileError?
        do {
            try writer(id).append(change)
        } catch let e as FileError {
            trouble = e
        } catch {
            trouble = FileError(.write, path: layout.journal(id), code: EIO)
        }
        if let trouble { lastTrouble = trouble }
        if trouble != nil || !liveCopies.isEmpty { updateLiveCopies() }
        return trouble
    }

    /// Tries again to write what waits.
    func retry() {
        let before = pendingCount
        for writer in writers.values where writer.pendingCount > 0 {
            do { try writer.flushPending() } catch let e as FileError { lastTrouble = e } catch {
                lastTrouble = FileError(.write, path: writer.path, code: EIO)
            }
        }
        if before > 0 { updateLiveCopies() }
    }

    var pendingCount: Int { writers.values.reduce(0) { $0 + $1.pendingCount } }
    var hasPending: Bool { writers.values.contains { $0.needsSync } }

    /// Tells the screen how many changes wait for the disk, when that changed.
    func report(force: Bool = false) -> [AppAction] {
        let count = pendingCount
        if count == reported && !force { return [] }
        reported = count
        return [.unsaved(count > 0 ? UnsavedChanges(count: count, trouble: lastTrouble) : nil)]
    }

    /// Folds a dialogue's journal into its file; nil (and nothing done) while changes of it
    /// still wait for the disk: folding then would leave them behind.
    @discardableResult
    func fold(_ id: String, in store: Store) throws(StoreError) -> Store.Fold? {
        let writer = writers[id]
        if let writer, (try? writer.flushPending()) == nil { return nil }
        return try store.foldJournal(id, writer: writer)
    }

    /// Folds every journal of the session; `failed` hears of each that could not be. Returns
    /// whether any dialogue's file changed (a journal with changes, or kept aside).
    @discardableResult
    func foldAll(in store: Store, failed: (String, StoreError) -> Void) -> Bool {
        var changed = false
        for id in writers.keys.sorted() {
            do throws(StoreError) {
                if let fold = try fold(id, in: store), fold.replayed > 0 || fold.keptAside != nil { changed = true }
            } catch {
                // It may have failed after the dialogue's file was written (emptying the journal).
                changed = true
                failed(id, error)
            }
        }
        return changed
    }

    func closeAll() {
        for writer in writers.values { writer.close() }
    }

    /// Writes an emergency copy of each dialogue's waiting changes.
    func writeRescueCopies(of store: Store, to rescue: RescueFolder) throws(StoreError) -> RescueReport {
        var paths: [String] = []
        var count = 0
        for id in writers.keys.sorted() {
            guard let writer = writers[id], writer.pendingCount > 0 else { continue }
            let changes = writer.pendingChanges
            let base = try? store.dialogueWithJournal(id).dialogue
            let doc = RescueDocument(
                store: RescueFolder.canonical(store.root), dialogueID: id, written: Date(),
                changes: changes, dialogue: base.map { DialogueChange.replay(changes, over: $0) })
            do {
                paths.append(try rescue.write(doc, replacing: liveCopies.removeValue(forKey: id)))
            } catch let e as FileError {
                throw .file(e)
            } catch {
                throw .file(FileError(.write, path: rescue.candidates.first ?? "", code: EIO))
            }
            count += changes.count
            // Written: they are no longer only in memory.
            writer.discardPending()
        }
        reported = pendingCount
        return RescueReport(paths: paths, count: count)
    }

    /// The waiting changes as JSON (the last place left for them is the terminal).
    func pendingAsJSON() -> String {
        let changes = writers.keys.sorted().flatMap { writers[$0]?.pendingChanges ?? [] }
        return (try? StoreJSON.encode(changes)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
