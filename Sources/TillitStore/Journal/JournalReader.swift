import Foundation
import TillitDomain

/// What a dialogue's journal holds, line by line. Nothing is dropped silently: a line that
/// cannot be read, or that is out of order, is named by its number (the caller keeps the journal's
/// bytes aside before anything is folded), and a change from a newer Tillit is named too (the
/// dialogue then stays read-only: this version would lose it).
public struct JournalContents: Hashable, Sendable {
    /// The changes that could be read, in the order they were written.
    public var changes: [DialogueChange] = []
    /// The 1-based numbers of lines that could not be read, came out of order, or follow a
    /// gap in the numbering (a line that was there is gone).
    public var unreadableLines: [Int] = []
    /// The first line holding a change, or a field, this version does not know.
    public var newerLine: Int?
    /// The highest sequence number read.
    public var lastSeq = 0
    /// The journal's size in bytes.
    public var size = 0

    /// Whether the journal holds anything at all.
    public var isEmpty: Bool { size == 0 }
    /// Whether all of it can be folded into the dialogue.
    public var isClean: Bool { unreadableLines.isEmpty && newerLine == nil }
}

public enum JournalReader {
    /// Reads the journal at `path`; a missing journal is an empty one. A journal that is not a
    /// regular file (a link, a FIFO) or is too large counts as wholly unreadable.
    public static func read(_ path: String) -> JournalContents {
        read { try DurableFile.contents(of: path) }
    }

    /// Reads a dialogue's journal in a store (never through a folder that is a link).
    public static func read(_ layout: StoreLayout, _ id: String) -> JournalContents {
        read { try layout.read(StoreLayout.journalFile(id)) }
    }

    static func read(_ load: () throws -> [UInt8]) -> JournalContents {
        let bytes: [UInt8]
        do {
            bytes = try load()
        } catch let e as FileError {
            if e.isMissing { return JournalContents() }
            var c = JournalContents()
            c.unreadableLines = [1]
            c.size = 1
            return c
        } catch {
            return JournalContents()
        }
        return parse(bytes)
    }

    /// Reads journal lines from their bytes.
    public static func parse(_ bytes: [UInt8]) -> JournalContents {
        var out = JournalContents()
        out.size = bytes.count
        let decoder = JSONDecoder()
        var lineNumber = 0
        // Lines that could not be read since the last one that could: a gap in the numbering as
        // long as they are is explained by them, not a line of its own gone.
        var unexplained = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let lineBytes = Array(line)
            // Tillit writes no byte-order mark: a line with one was written by something else.
            guard !lineBytes.starts(with: [0xEF, 0xBB, 0xBF]), DocumentReader.check(lineBytes) == nil else {
                out.unreadableLines.append(lineNumber)
                unexplained += 1
                continue
            }
            let data = Data(lineBytes)
            if let entry = try? decoder.decode(JournalEntry.self, from: data) {
                if !DocumentReader.unknownFields(original: data, value: entry, encoder: JSONEncoder()).isEmpty {
                    // A field this version does not know: folding would drop it.
                    if out.newerLine == nil { out.newerLine = lineNumber }
                    unexplained += 1
                    continue
                }
                if entry.seq <= out.lastSeq {
                    // Written in another order than it reads: something else touched the journal.
                    out.unreadableLines.append(lineNumber)
                    continue
                }
                if entry.seq > out.lastSeq + 1 + unexplained {
                    // Tillit numbers its lines one by one from 1: one or more lines are missing
                    // before this one (it is read; the journal is kept aside all the same).
                    out.unreadableLines.append(lineNumber)
                }
                out.lastSeq = entry.seq
                unexplained = 0
                out.changes.append(entry.change)
            } else if isFromNewerVersion(data) {
                if out.newerLine == nil { out.newerLine = lineNumber }
                unexplained += 1
            } else {
                out.unreadableLines.append(lineNumber)
                unexplained += 1
            }
        }
        return out
    }

    /// A well-formed entry whose change is of a kind this version does not know.
    static func isFromNewerVersion(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["seq"] is NSNumber, let change = object["change"] as? [String: Any], change.count == 1,
            let kind = change.keys.first
        else { return false }
        return !DialogueChange.kindNames.contains(kind)
    }
}
