import Foundation
import TillitDomain

/// One line of a dialogue's journal: a sequence number and a change.
public struct JournalEntry: Codable, Hashable, Sendable {
    public var seq: Int
    public var change: DialogueChange

    public init(seq: Int, change: DialogueChange) {
        self.seq = seq
        self.change = change
    }
}

extension JournalEntry {
    /// The entry as one line of JSON, without its line break. An edit of the draft, written for
    /// every key typed in a note, is put together by hand (the same JSON as `JSONEncoder` gives,
    /// read back the same way); every other change goes through `encoder`.
    func line(_ encoder: JSONEncoder) throws -> [UInt8] {
        guard case .draftEdited(let edit) = change else { return Array(try encoder.encode(self)) }
        var out: [UInt8] = []
        out.reserveCapacity(96 + edit.inserted.utf8.count)
        func put(_ s: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }
        func put(_ n: Int) { out.append(contentsOf: String(n).utf8) }
        put(#"{"seq":"#)
        put(seq)
        put(#","change":{"draftEdited":{"_0":{"base":"#)
        put(edit.base)
        put(#","at":"#)
        put(edit.at)
        put(#","removed":"#)
        put(edit.removed)
        put(#","inserted":""#)
        for b in edit.inserted.utf8 {
            switch b {
            case UInt8(ascii: "\""): put(#"\""#)
            case UInt8(ascii: "\\"): put(#"\\"#)
            case 0x0A: put(#"\n"#)
            case 0x0D: put(#"\r"#)
            case 0x09: put(#"\t"#)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                put(#"\u00"#)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        put(#""}}}}"#)
        return out
    }
}
