import Foundation
import TillitDomain

extension Store {
    /// Removes a planned dialogue that nothing has been written in yet: its file, its journal and
    /// its index entry. One that has been held (or holds a note or an action) is refused.
    @discardableResult
    public func removePlannedDialogue(_ id: String) throws(StoreError) -> Dialogue {
        let d = try dialogueWithJournal(id).dialogue
        guard d.status == .planned, d.notes.isEmpty, d.actions.isEmpty, d.draft == nil else {
            throw .refused(.notPlanned)
        }
        let relative = StoreLayout.dialogueFile(id)
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        if let p = problems.first(where: { $0.file == relative && $0.protectsFile }) { throw .protected(p) }
        guard unlink(layout.path(relative)) == 0 || errno == ENOENT else {
            throw .file(FileError(.write, path: layout.path(relative), code: errno))
        }
        unlink(layout.journal(id))
        try? DurableFile.syncFolder(layout.dialogues)
        let years = Set(dialogues.filter { $0.id == id }.map(\.schoolYear.startYear))
        dialogues.removeAll { $0.id == id }
        try writeIndex(years)
        return d
    }
}
