import Foundation
import TillitDomain

/// Notes read straight from the tape: a dialogue's notes are most of what the store decodes
/// (`doctor`, search, opening a dialogue), and `Decodable`'s keyed containers cost type look-ups
/// and a search through the object for every field of every note. The same rules as the
/// synthesized `Note.init(from:)` on `TapeDecoder`: the seven fields it requires, the four it
/// takes when present (null is absent), a key given twice or written with an escape declines,
/// and a key it does not know is left unasked (`hasUnaskedKey`).
extension JSONTape {
    /// The array at `i` as notes.
    func notes(at i: Int) throws -> [Note] { try elements(of: i, note(at:)) }

    /// The fields of a note, by their place in `Note.CodingKeys`'s order here.
    private enum NoteField: Int {
        case id, section, kind, text, speaker, tags, created, updated, parentID, conflictOf, isInternal

        /// The field a key names (the key's bytes), or nil for one a note does not have.
        static func named(_ key: UnsafeBufferPointer<UInt8>) -> NoteField? {
            func equals(_ name: StaticString) -> Bool {
                name.utf8CodeUnitCount == key.count && memcmp(name.utf8Start, key.baseAddress!, key.count) == 0
            }
            switch key.count {
            case 2: return equals("id") ? .id : nil
            case 4: return equals("kind") ? .kind : equals("text") ? .text : equals("tags") ? .tags : nil
            case 7:
                return equals("section")
                    ? .section
                    : equals("speaker") ? .speaker : equals("created") ? .created : equals("updated") ? .updated : nil
            case 8: return equals("parentID") ? .parentID : equals("internal") ? .isInternal : nil
            case 10: return equals("conflictOf") ? .conflictOf : nil
            default: return nil
            }
        }
    }

    func note(at i: Int) throws -> Note {
        guard tokens[i].kind == .object else { throw Declined() }
        var seen: UInt16 = 0
        var id: String?
        var text: String?
        var section: SectionKind?
        var kind: NoteKind?
        var tags: [String]?
        var created: Date?
        var updated: Date?
        var speaker: String?
        var parentID: String?
        var conflictOf: String?
        var isInternal: Bool?
        try forEachMember(of: i) { key, v in
            guard let field = NoteField.named(key) else { return false }
            let bit = UInt16(1) << field.rawValue
            guard seen & bit == 0 else { throw Declined() }
            seen |= bit
            // The optional fields: null is the same as absent.
            let isNull = tokens[v].kind == .null
            switch field {
            case .id: id = try string(at: v)
            case .text: text = try string(at: v)
            case .section:
                guard let s = SectionKind(rawValue: try string(at: v)) else { throw Declined() }
                section = s
            case .kind:
                guard let k = NoteKind(rawValue: try string(at: v)) else { throw Declined() }
                kind = k
            case .tags: tags = try strings(at: v)
            case .created: created = try date(at: v)
            case .updated: updated = try date(at: v)
            case .speaker: speaker = isNull ? nil : try string(at: v)
            case .parentID: parentID = isNull ? nil : try string(at: v)
            case .conflictOf: conflictOf = isNull ? nil : try string(at: v)
            case .isInternal: isInternal = isNull ? nil : try bool(at: v)
            }
            return true
        }
        guard let id, let section, let kind, let text, let tags, let created, let updated else { throw Declined() }
        var note = Note(
            id: id, section: section, kind: kind, text: text, speaker: speaker, tags: tags, created: created,
            updated: updated, parentID: parentID)
        note.isInternal = isInternal
        note.conflictOf = conflictOf
        return note
    }

    /// Each key of the object at `object` as its bytes, with its value's index, for a type that
    /// reads its fields itself (`JSONTape.note(at:)`): `body` says whether it knows the key, and
    /// a key it knows is marked as asked for. A key written with an escape declines, as in
    /// `value(of:in:)`.
    func forEachMember(
        of object: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool
    ) throws {
        try bytes.withUnsafeBufferPointer { b in
            var i = object + 1
            let end = Int(tokens[object].end)
            while i < end {
                let t = tokens[i]
                if t.marked { throw Declined() }
                if try body(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]), i + 1) { asked[i] = true }
                i = skip(i + 1)
            }
        }
    }

    /// The array at `i` as strings.
    func strings(at i: Int) throws -> [String] { try elements(of: i, string(at:)) }
}
