import Foundation

/// One change to a dialogue, as the journal records it. Applying a change twice gives the same
/// dialogue as applying it once, so a journal replayed over a file that already holds some of it
/// is safe.
public enum DialogueChange: Hashable, Sendable, Codable {
    case statusChanged(DialogueStatus)
    case sectionEntered(SectionKind)
    case noteSaved(Note)
    case noteDeleted(String)
    /// The whole draft (a snapshot), or none.
    case draftChanged(NoteDraft?)
    /// An edit of the draft's text (see `DraftEdit`).
    case draftEdited(DraftEdit)
    case actionSaved(ActionItem)
    case actionDeleted(String)
    case reflectionSaved(Reflection)
    case clockChanged(DialogueClock)
    case setupSaved(DialogueSetup)
    case actionReviewed(ReviewedAction)
    /// Someone joined the people in the room (named as a speaker on the spot).
    case participantAdded(Participant)

    /// The names the kinds of change are written with (a journal line of another kind comes from
    /// a newer version). A test checks every case against this list.
    public static let kindNames: Set<String> = [
        "statusChanged", "sectionEntered", "noteSaved", "noteDeleted", "draftChanged", "draftEdited", "actionSaved",
        "actionDeleted", "reflectionSaved", "clockChanged", "setupSaved", "actionReviewed", "participantAdded",
    ]

    /// A dialogue with a journal's changes applied in order. Edits of the draft that follow one
    /// another are applied to its graphemes in one go (a long note's journal replays in time
    /// that grows with its length, not with its length times the number of keys).
    public static func replay(_ changes: [DialogueChange], over start: Dialogue) -> Dialogue {
        var d = start
        var i = 0
        while i < changes.count {
            guard case .draftEdited = changes[i], var draft = d.draft else {
                d = changes[i].applied(to: d)
                i += 1
                continue
            }
            var chars = Array(draft.text)
            let first = draft.revision ?? 0
            var revision = first
            while i < changes.count, case .draftEdited(let edit) = changes[i] {
                if edit.base == revision, edit.apply(to: &chars) { revision += 1 }
                i += 1
            }
            if revision != first {
                draft.text = String(chars)
                draft.revision = revision
                d.draft = draft
            }
        }
        return d
    }

    /// The dialogue with the change applied.
    public func applied(to d: Dialogue) -> Dialogue {
        var d = d
        switch self {
        case .statusChanged(let status):
            d.status = status
        case .sectionEntered(let section):
            d.currentSection = section
        case .noteSaved(let note):
            if let i = d.notes.firstIndex(where: { $0.id == note.id }) {
                d.notes[i] = note
            } else {
                d.notes.append(note)
            }
        case .noteDeleted(let id):
            // Follow-ups of a deleted note move up to its parent, so nothing said is lost with it.
            let parent = d.notes.first { $0.id == id }?.parentID
            d.notes.removeAll { $0.id == id }
            for i in d.notes.indices where d.notes[i].parentID == id { d.notes[i].parentID = parent }
        case .draftChanged(let draft):
            d.draft = draft
        case .draftEdited(let edit):
            guard var draft = d.draft, (draft.revision ?? 0) == edit.base else { break }
            var chars = Array(draft.text)
            guard edit.apply(to: &chars) else { break }
            draft.text = String(chars)
            draft.revision = edit.base + 1
            d.draft = draft
        case .actionSaved(let action):
            if let i = d.actions.firstIndex(where: { $0.id == action.id }) {
                d.actions[i] = action
            } else {
                d.actions.append(action)
            }
        case .actionDeleted(let id):
            d.actions.removeAll { $0.id == id }
        case .reflectionSaved(let reflection):
            d.reflection = reflection
        case .clockChanged(let clock):
            d.clock = clock
        case .setupSaved(let setup):
            d.date = setup.date
            d.startTime = setup.startTime
            d.place = setup.place
            d.plannedWeek = nil
            d.schoolYear = SchoolYear(containing: setup.date)
            d.level = setup.level
            d.facilitators = setup.facilitators
            d.participants = setup.participants
            var clock = d.clock ?? DialogueClock()
            clock.agendaMinutes = setup.agendaMinutes
            d.clock = clock
        case .actionReviewed(let review):
            var list = d.reviewedActions ?? []
            list.removeAll { $0.actionID == review.actionID && $0.dialogueID == review.dialogueID }
            list.append(review)
            d.reviewedActions = list
        case .participantAdded(let p):
            if !d.participants.contains(where: { $0.name == p.name }) { d.participants.append(p) }
        }
        return d
    }
}
