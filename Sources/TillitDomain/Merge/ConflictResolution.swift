/// Resolving a merge conflict: the record goes; with `takeOther`, the other computer's value
/// replaces the one kept. Nil when the other value cannot be taken here (change it by hand).
extension Dialogue {
    public func resolving(_ c: MergeConflict, takeOther: Bool) -> Dialogue? {
        var d = self
        d.conflicts?.removeAll { $0.id == c.id }
        if d.conflicts?.isEmpty == true { d.conflicts = nil }
        // The other version of a note stays a note of its own unless it is taken over.
        if let otherID = c.otherNoteID, let i = d.notes.firstIndex(where: { $0.id == otherID }) {
            d.notes[i].conflictOf = nil
        }
        guard takeOther else { return d }
        let parts = c.place.split(separator: "/").map(String.init)
        switch (parts.first, parts.count) {
        case ("notes", 3):
            guard let i = d.notes.firstIndex(where: { $0.id == parts[1] }) else { return nil }
            d.notes[i].text = c.other
            if let otherID = c.otherNoteID { d.notes.removeAll { $0.id == otherID } }
        case ("actions", 3):
            guard let i = d.actions.firstIndex(where: { $0.id == parts[1] }) else { return nil }
            switch parts[2] {
            case "text": d.actions[i].text = c.other
            case "owner": d.actions[i].owner = c.other.isEmpty ? nil : c.other
            case "due": d.actions[i].due = c.other.isEmpty ? nil : LocalDate(iso: c.other)
            default: return nil
            }
        case ("dialogue", 2):
            switch parts[1] {
            case "place": d.place = c.other.isEmpty ? nil : c.other
            case "startTime": d.startTime = TimeOfDay(storedText: c.other)
            default: return nil
            }
        default: return nil
        }
        return d
    }

    /// The notes that hold another computer's version of a note, not yet resolved.
    public var conflictNotes: [Note] { notes.filter { $0.conflictOf != nil } }
}

extension SchoolList {
    public func resolving(_ c: MergeConflict, takeOther: Bool) -> SchoolList? {
        var list = self
        list.conflicts?.removeAll { $0.id == c.id }
        if list.conflicts?.isEmpty == true { list.conflicts = nil }
        guard takeOther else { return list }
        let parts = c.place.split(separator: "/").map(String.init)
        let value = c.other.isEmpty ? nil : c.other
        switch (parts.first, parts.count) {
        case ("organisation", 2): list.organisation.name = c.other
        case ("areas", 3):
            guard let i = list.areas.firstIndex(where: { $0.id == parts[1] }) else { return nil }
            switch parts[2] {
            case "name": list.areas[i].name = c.other
            case "head": list.areas[i].head = value
            default: return nil
            }
        case ("schools", 3):
            guard let i = list.schools.firstIndex(where: { $0.id == parts[1] }) else { return nil }
            switch parts[2] {
            case "name": list.schools[i].name = c.other
            case "principal": list.schools[i].principal = value
            case "address": list.schools[i].address = value
            case "area": list.schools[i].areaID = c.other
            case "grades": list.schools[i].grades = value.flatMap { Grades(text: $0) }
            default: return nil
            }
        default: return nil
        }
        return list
    }
}
