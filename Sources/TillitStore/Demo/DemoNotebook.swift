import Foundation
import TillitDomain

/// A small builder for the demo's dialogues: notes with deterministic ids and times.
struct DemoNotebook {
    let dialogueID: String
    let start: Date
    var notes: [Note] = []
    var actions: [ActionItem] = []
    private var minute = 0

    init(dialogueID: String, date: LocalDate) {
        self.dialogueID = dialogueID
        var c = DateComponents()
        c.year = date.year
        c.month = date.month
        c.day = date.day
        c.hour = 13
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        start = calendar.date(from: c)!
    }

    /// Adds a note and returns its id, so follow-ups can hang under it.
    @discardableResult
    mutating func note(
        _ section: SectionKind, _ text: String, kind: NoteKind? = nil, speaker: String? = nil,
        tags: [String] = [], under parent: String? = nil, internal isInternal: Bool = false
    ) -> String {
        minute += 2
        let id = "\(dialogueID.prefix(8))-n\(notes.count + 1)"
        let time = start.addingTimeInterval(Double(minute * 60))
        notes.append(
            Note(
                id: id, section: section, kind: kind, text: text, speaker: speaker, tags: tags,
                created: time, parentID: parent, isInternal: isInternal))
        return id
    }

    mutating func action(
        _ text: String, owner: String, due: LocalDate?, status: ActionStatus = .notStarted,
        tags: [String] = []
    ) -> String {
        let id = "\(dialogueID.prefix(8))-a\(actions.count + 1)"
        actions.append(
            ActionItem(
                id: id, text: text, owner: owner, due: due, status: status, tags: tags,
                createdIn: dialogueID))
        return id
    }
}

extension Dialogue {
    /// The dialogue with a change made to it (for fields its initialiser does not take).
    func with(_ change: (inout Dialogue) -> Void) -> Dialogue {
        var d = self
        change(&d)
        return d
    }
}
