import Foundation
import TillitDomain

/// A merge conflict where it stands in the store.
public struct StoreConflict: Hashable, Sendable {
    /// The file, relative to the store.
    public var file: String
    /// The dialogue, for a conflict in one.
    public var dialogueID: String?
    public var conflict: MergeConflict
}

extension Store {
    /// Every merge conflict not yet resolved: in the school list, the wheel and every dialogue.
    public func mergeConflicts() -> [StoreConflict] {
        var out = (schools.conflicts ?? []).map { StoreConflict(file: StoreLayout.schoolsFile, conflict: $0) }
        out += (wheel.conflicts ?? []).map { StoreConflict(file: StoreLayout.wheelFile, conflict: $0) }
        out += (figures.conflicts ?? []).map { StoreConflict(file: StoreLayout.figuresFile, conflict: $0) }
        loadEverything()
        let ids = dialogues.filter { ($0.conflicts ?? 0) > 0 }.map(\.id)
        for d in readDialogues(ids) {
            out += (d.conflicts ?? []).map {
                StoreConflict(file: StoreLayout.dialogueFile(d.id), dialogueID: d.id, conflict: $0)
            }
        }
        return out
    }

    /// How many merge conflicts wait, from what is known without reading a dialogue.
    public var conflictCount: Int {
        (schools.conflicts?.count ?? 0) + (wheel.conflicts?.count ?? 0) + (figures.conflicts?.count ?? 0)
            + dialogues.reduce(0) { $0 + ($1.conflicts ?? 0) }
    }

    /// Resolves a conflict: it goes from its file. With `takeOther`, the other computer's value
    /// replaces the one kept (a note's text, a school's or a dialogue's fact).
    public func resolveConflict(_ id: String, takeOther: Bool) throws(StoreError) -> StoreConflict {
        let matches = mergeConflicts().filter { $0.conflict.id.hasPrefix(id.lowercased()) }
        guard matches.count == 1, let found = matches.first else {
            throw matches.isEmpty ? .conflictNotFound(id) : .ambiguousDialogue(id, matches.map(\.conflict.id))
        }
        let c = found.conflict
        if let dialogueID = found.dialogueID {
            try foldJournal(dialogueID)
            var d = try dialogue(dialogueID)
            guard let resolved = d.resolving(c, takeOther: takeOther) else { throw .cannotTakeOther(c.place) }
            d = resolved
            try saveDialogue(d)
        } else if found.file == StoreLayout.schoolsFile {
            guard let list = schools.resolving(c, takeOther: takeOther) else { throw .cannotTakeOther(c.place) }
            try saveSchools(list)
        } else if found.file == StoreLayout.figuresFile {
            guard let book = figures.resolving(c, takeOther: takeOther) else { throw .cannotTakeOther(c.place) }
            try saveFigures(book)
        } else {
            var w = wheel
            w.conflicts?.removeAll { $0.id == c.id }
            if takeOther { throw .cannotTakeOther(c.place) }
            try saveWheel(w)
        }
        return found
    }
}
