import Foundation
import TillitDomain

/// What reading a dialogue's journal came to.
public struct JournalReplay: Sendable {
    /// The dialogue as it stands with the journal's readable changes applied.
    public var dialogue: Dialogue
    /// How many changes the journal held that could be read.
    public var replayed: Int
    /// Lines that could not be read (the journal is kept aside before it is folded).
    public var unreadableLines: [Int]
    /// A line from a newer Tillit: the dialogue may not be written by this version.
    public var newerLine: Int?
}

/// What recovering a dialogue after a crash did.
public struct Recovery: Sendable {
    public var dialogue: Dialogue
    /// How many changes were folded into the dialogue's file.
    public var replayed: Int
    /// Whether a meeting clock left running was paused.
    public var clockPaused: Bool
    /// Where the journal was kept aside because some of its lines could not be read (relative
    /// to the store), and which lines.
    public var keptAside: (file: String, lines: [Int])?
    /// The journal holds changes from a newer Tillit: nothing was folded, the dialogue is left
    /// as it is (read-only here).
    public var newerLine: Int?
}

extension Store {
    /// A dialogue as it stands with its journal replayed over its file.
    public func dialogueWithJournal(_ id: String, checkFields: Bool = true) throws(StoreError) -> JournalReplay {
        let d = try dialogue(id, checkFields: checkFields)
        let journal = JournalReader.read(layout, id)
        return JournalReplay(
            dialogue: DialogueChange.replay(journal.changes, over: d), replayed: journal.changes.count,
            unreadableLines: journal.unreadableLines, newerLine: journal.newerLine)
    }

    /// After a crash: folds the dialogue's journal into its file, and pauses a meeting clock left
    /// running at the moment Tillit last wrote for the dialogue (its journal or its file), so that
    /// the time Tillit was down is not counted. A journal with lines that cannot be read is first
    /// kept aside byte for byte (`journal/ID.unreadable-DATE.jsonl`); one from a newer Tillit is
    /// not folded at all.
    public func recover(_ id: String, now: Date = Date()) throws(StoreError) -> Recovery {
        let lastSign = [layout.journal(id), layout.path(StoreLayout.dialogueFile(id))]
            .compactMap { FileFingerprint.of($0)?.modifiedNanoseconds }.max()
            .map { Date(timeIntervalSince1970: Double($0) / 1_000_000_000) }
        let replay = try dialogueWithJournal(id)
        if let newer = replay.newerLine {
            return Recovery(dialogue: replay.dialogue, replayed: 0, clockPaused: false, newerLine: newer)
        }
        var keptAside: (String, [Int])?
        if !replay.unreadableLines.isEmpty {
            keptAside = (try keepJournalAside(id, now: now), replay.unreadableLines)
        }
        var d = replay.dialogue
        if replay.replayed > 0 || keptAside != nil { try foldJournal(id, alreadyKeptAside: true) }
        var paused = false
        if d.isLive, let clock = d.clock, let since = clock.runningSince, let lastSign {
            d.clock = clock.paused(now: max(since, lastSign))
            try saveDialogue(d)
            paused = true
        }
        return Recovery(dialogue: d, replayed: replay.replayed, clockPaused: paused, keptAside: keptAside)
    }

    /// Copies a journal byte for byte beside it before anything is folded, and returns the copy's
    /// path relative to the store.
    func keepJournalAside(_ id: String, now: Date) throws(StoreError) -> String {
        let stamp = Self.stamp(now)
        var relative = "\(StoreLayout.journalFolder)/\(id)\(StoreLayout.keptAsideMarker)\(stamp).jsonl"
        do {
            let bytes = try DurableFile.contents(of: layout.journal(id))
            var n = 2
            while layout.exists(relative) {
                relative = "\(StoreLayout.journalFolder)/\(id)\(StoreLayout.keptAsideMarker)\(stamp)-\(n).jsonl"
                n += 1
            }
            try DurableFile.create(layout.path(relative), with: Data(bytes))
        } catch let e as FileError {
            throw .file(e)
        } catch {
            throw .file(FileError(.write, path: layout.path(relative), code: EIO))
        }
        return relative
    }

    static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: date)
    }

    /// Dialogues whose journals hold changes not yet in their files (after a crash).
    public func pendingJournals() -> [String] {
        journalIDs().filter { (FileFingerprint.of(layout.journal($0))?.size ?? 0) > 0 }
    }

    /// The ids of the dialogues that have a journal file.
    public func journalIDs() -> [String] {
        DurableFile.names(in: layout.path(StoreLayout.journalFolder))
            .filter { $0.hasSuffix(".jsonl") && !$0.contains(StoreLayout.keptAsideMarker) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(6)) }.sorted()
    }

    /// Journals kept aside because some of their lines could not be read (relative paths).
    public func keptAsideJournals() -> [String] {
        DurableFile.names(in: layout.path(StoreLayout.journalFolder))
            .filter { $0.contains(StoreLayout.keptAsideMarker) && !$0.hasPrefix(".") }.sorted()
            .map { "\(StoreLayout.journalFolder)/\($0)" }
    }

    /// What folding a journal did.
    public struct Fold: Sendable {
        /// How many changes went into the dialogue's file.
        public var replayed: Int
        /// Where the journal was kept aside first, when some of its lines could not be read.
        public var keptAside: String?
    }

    /// Writes a dialogue with its journal into its file, then empties the journal. A journal with
    /// lines that cannot be read is kept aside first (unless `alreadyKeptAside`); one from a newer
    /// Tillit is never folded (its dialogue is protected).
    @discardableResult
    public func foldJournal(_ id: String, writer: JournalWriter? = nil, alreadyKeptAside: Bool = false)
        throws(StoreError) -> Fold
    {
        let replay = try dialogueWithJournal(id)
        if let line = replay.newerLine {
            throw .protected(
                StoreProblem(
                    file: StoreLayout.journalFile(id), place: .init(line: line),
                    kind: .journalFromNewerVersion(line: line)))
        }
        var keptAside: String?
        if !replay.unreadableLines.isEmpty && !alreadyKeptAside { keptAside = try keepJournalAside(id, now: Date()) }
        guard replay.replayed > 0 || !replay.unreadableLines.isEmpty else { return Fold(replayed: 0) }
        if replay.replayed > 0 { try saveDialogue(replay.dialogue) }
        let w = writer ?? JournalWriter(path: layout.journal(id))
        do {
            try w.truncate()
        } catch {
            throw .file(error)
        }
        return Fold(replayed: replay.replayed, keptAside: keptAside)
    }
}
