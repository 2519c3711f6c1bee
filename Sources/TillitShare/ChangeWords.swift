import Foundation
import TillitDomain
import TillitStore

/// A commit's message in words: what changed, as a facilitator would say it.
/// "Nytorpsskolan 2026-11-30: 12 anteckningar, 2 åtgärder"; several changes get a summary line
/// ("3 dialoger och skollistan") and one line each below it.
public struct ChangeWords: Sendable {
    public var root: String
    public var t: Localizer

    public init(root: String, t: Localizer) {
        self.root = root
        self.t = t
    }

    /// One changed path: `status` is git's letter (A added, M modified, D deleted).
    public struct Change: Hashable, Sendable {
        public var status: Character
        public var path: String

        public init(status: Character, path: String) {
            self.status = status
            self.path = path
        }
    }

    public func message(_ changes: [Change]) -> String {
        let lines = changes.map(line)
        guard lines.count > 1 else { return lines.first ?? t(.commitSettings) }
        let dialogues = changes.filter { isDialogue($0.path) }.count
        var parts: [String] = []
        if dialogues > 0 { parts.append(t(.commitDialogues, ["count": String(dialogues)])) }
        for c in changes where !isDialogue(c.path) {
            let word = fileWord(c.path)
            if !parts.contains(word) { parts.append(word) }
        }
        let head = t.list(parts)
        return head.prefix(1).uppercased() + head.dropFirst() + "\n\n" + lines.map { "- " + $0 }.joined(separator: "\n")
    }

    func isDialogue(_ path: String) -> Bool {
        path.hasPrefix(StoreLayout.dialoguesFolder + "/") && path.hasSuffix(".json")
    }

    func fileWord(_ path: String) -> String {
        switch path {
        case StoreLayout.schoolsFile: return t(.commitSchools)
        case StoreLayout.wheelFile: return t(.commitWheel)
        case StoreLayout.promptsFile: return t(.commitPrompts)
        case StoreLayout.agendasFile: return t(.commitAgendas)
        default:
            if path.hasPrefix(ShareFiles.conflictsFolder + "/") { return t(.commitKeptAside) }
            return t(.commitSettings)
        }
    }

    /// One change in words: "Nytorpsskolan 2026-11-30: 12 anteckningar, 2 åtgärder", "Skollistan".
    public func line(_ change: Change) -> String {
        guard isDialogue(change.path) else {
            let word = fileWord(change.path)
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        let id = String(change.path.dropFirst(StoreLayout.dialoguesFolder.count + 1).dropLast(5))
        guard change.status != "D", let d = read(change.path) else { return t(.commitDialogueRemoved, ["id": id]) }
        let subject = schools.map { $0.subject(of: DialogueSummary(d, fingerprint: nil)) } ?? id
        return t(
            .commitDialogue,
            [
                "subject": subject, "date": d.date.iso, "notes": t(.notesShort, ["count": String(d.notes.count)]),
                "actions": t(.actionsShort, ["count": String(d.actions.count)]),
            ])
    }

    func read(_ path: String) -> Dialogue? {
        guard let bytes = try? DurableFile.contents(of: "\(root)/\(path)") else { return nil }
        return try? DocumentReader.decode(DialogueDocument.self, from: bytes, file: path, checkUnknownFields: false)
            .get()
            .dialogue
    }

    var schools: SchoolList? {
        guard let bytes = try? DurableFile.contents(of: "\(root)/\(StoreLayout.schoolsFile)") else { return nil }
        return try? DocumentReader.decode(
            SchoolsDocument.self, from: bytes, file: StoreLayout.schoolsFile, checkUnknownFields: false
        ).get().list
    }
}
