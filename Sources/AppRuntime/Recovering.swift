import AppCore
import Foundation
import TillitDomain
import TillitStore

/// What the screen does first on a store it may write: folds journals left by a crash (keeping
/// aside any it cannot read in full), pauses meeting clocks left running, and folds in emergency
/// copies of changes that never reached the store. Says what it did, and which live dialogue to
/// open again.
public struct Recovering {
    let store: Store
    let t: Localizer
    let rescue: RescueFolder
    let log: EventLog?

    public init(store: Store, t: Localizer, rescue: RescueFolder, log: EventLog? = nil) {
        self.store = store
        self.t = t
        self.rescue = rescue
        self.log = log
    }

    public func run() -> (notice: StatusMessage?, reopen: String?) {
        var notices: [String] = []
        var reopen: String?
        let words = ErrorText(t)
        guard store.isWritable else {
            let waiting = rescue.copies(forStore: store.root).copies
            if let first = waiting.first { notices.append(t(.rescueWaiting, ["path": first.path])) }
            return (notices.isEmpty ? nil : StatusMessage(notices.joined(separator: " "), kind: .warning), nil)
        }
        // A live dialogue whose clock still runs was left by a crash too (quitting pauses it).
        var ids = store.pendingJournals()
        ids += store.dialogues.filter { $0.status == .live && !ids.contains($0.id) }.map(\.id)
        for id in ids {
            let recovery: Recovery
            do {
                recovery = try store.recover(id)
            } catch {
                log?.record("dialogue \(id) not recovered: " + EventLog.words.store(error))
                notices.append(words.store(error))
                continue
            }
            if recovery.replayed > 0 || recovery.clockPaused {
                log?.record(
                    "recovered dialogue \(id): \(recovery.replayed) changes from its journal"
                        + (recovery.clockPaused ? ", meeting clock paused" : ""))
            }
            if let kept = recovery.keptAside {
                log?.record("journal of \(id) kept aside as \(kept.file): lines \(kept.lines) could not be read")
            }
            let subject = store.schools.subject(of: DialogueSummary(recovery.dialogue, fingerprint: nil))
            if let line = recovery.newerLine {
                log?.record("journal of \(id) holds changes from a newer Tillit (line \(line)): not folded")
                notices.append(
                    words.problem(
                        StoreProblem(
                            file: StoreLayout.journalFile(id), place: .init(line: line),
                            kind: .journalFromNewerVersion(line: line))))
                continue
            }
            // Only what a crash left is called restored: a draft kept on purpose before a clean
            // quit waits in its dialogue without a word.
            let restored = recovery.replayed > 0 || recovery.clockPaused
            var text =
                !restored
                ? ""
                : recovery.dialogue.draft != nil && recovery.dialogue.isLive
                    ? t(.recoveredDraft, ["subject": subject])
                    : recovery.replayed > 0
                        ? t(.recovered, ["count": String(recovery.replayed), "subject": subject]) : ""
            if recovery.clockPaused { text += (text.isEmpty ? "" : " ") + t(.recoveredClockPaused) }
            if let kept = recovery.keptAside {
                text += (text.isEmpty ? "" : " ") + t(.journalKeptAsideNotice, ["file": kept.file])
            }
            if !text.isEmpty { notices.append(text) }
            if recovery.dialogue.isLive, restored { reopen = id }
        }
        // Emergency copies are said first: they are what the facilitator needs to hear of.
        var rescued: [String] = []
        let (copies, _) = rescue.copies(forStore: store.root)
        for (path, doc) in copies {
            do {
                let count = try store.foldRescue(doc)
                unlink(path)
                log?.record("emergency copy \(path) folded into dialogue \(doc.dialogueID): \(count) changes")
                let subject =
                    (try? store.dialogue(doc.dialogueID)).map {
                        store.schools.subject(of: DialogueSummary($0, fingerprint: nil))
                    } ?? String(doc.dialogueID.prefix(8))
                rescued.append(t(.rescueFolded, ["count": String(count), "subject": subject, "path": path]))
            } catch {
                log?.record("emergency copy \(path) not folded: " + EventLog.words.store(error))
                rescued.append(t(.rescueWaiting, ["path": path]) + " " + words.store(error))
            }
        }
        notices = rescued + notices
        return (notices.isEmpty ? nil : StatusMessage(notices.joined(separator: " "), kind: .warning), reopen)
    }
}
