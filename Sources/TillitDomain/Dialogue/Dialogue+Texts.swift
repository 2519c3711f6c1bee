/// Where a piece of free text stands in a dialogue (for people: "Analys #2, talare").
public enum TextPlace: Hashable, Sendable {
    case facilitator
    case participant
    /// Where the meeting is held.
    case place
    /// A note, by its section and its place in the section's reading order (1-based).
    case note(SectionKind, Int)
    case speaker(SectionKind, Int)
    case noteTag(SectionKind, Int)
    /// An action, by its place among the dialogue's actions (1-based).
    case action(Int)
    case actionOwner(Int)
    case actionTag(Int)
    case actionFollowUp(Int)
    /// An earlier dialogue's action followed up in this one (1-based).
    case reviewedAction(Int)
    case reflection
    case draft

    /// Whether line breaks belong in the text there.
    public var isMultiline: Bool {
        switch self {
        case .note, .action, .actionFollowUp, .reviewedAction, .reflection, .draft: return true
        default: return false
        }
    }
}

extension Dialogue {
    /// The dialogue with every piece of free text people wrote passed through `transform`: the
    /// one list of them, so that masking personal data or cleaning control characters can never
    /// miss a field. (Ids, dates and statuses are not free text.)
    public func mappingTexts(_ transform: (TextPlace, String) -> String) -> Dialogue {
        var d = self
        d.facilitators = facilitators.map { transform(.facilitator, $0) }
        d.place = place.map { transform(.place, $0) }
        for i in d.participants.indices {
            d.participants[i].name = transform(.participant, participants[i].name)
            if case .other(let role) = participants[i].role, !role.isEmpty {
                d.participants[i].role = .other(transform(.participant, role))
            }
        }
        var position: [String: (SectionKind, Int)] = [:]
        for section in SectionKind.allCases {
            for (i, item) in threadedWithTrueDepth(in: section).enumerated() {
                position[item.note.id] = (section, i + 1)
            }
        }
        for i in d.notes.indices {
            let (section, n) = position[notes[i].id] ?? (notes[i].section, i + 1)
            d.notes[i].text = transform(.note(section, n), notes[i].text)
            d.notes[i].speaker = notes[i].speaker.map { transform(.speaker(section, n), $0) }
            d.notes[i].tags = notes[i].tags.map { transform(.noteTag(section, n), $0) }
        }
        for i in d.actions.indices {
            d.actions[i].text = transform(.action(i + 1), actions[i].text)
            d.actions[i].owner = actions[i].owner.map { transform(.actionOwner(i + 1), $0) }
            d.actions[i].tags = actions[i].tags.map { transform(.actionTag(i + 1), $0) }
            for j in d.actions[i].followUps.indices {
                d.actions[i].followUps[j].comment = transform(.actionFollowUp(i + 1), actions[i].followUps[j].comment)
            }
        }
        if let reviewed = reviewedActions {
            d.reviewedActions = reviewed.enumerated().map { i, r in
                var r = r
                r.text = transform(.reviewedAction(i + 1), r.text)
                r.comment = transform(.reviewedAction(i + 1), r.comment)
                return r
            }
        }
        if let reflection {
            d.reflection = Reflection(
                purposeReached: transform(.reflection, reflection.purposeReached),
                takeForward: transform(.reflection, reflection.takeForward))
        }
        if var draft {
            draft.text = transform(.draft, draft.text)
            draft.speaker = draft.speaker.map { transform(.draft, $0) }
            d.draft = draft
        }
        return d
    }

    /// Visits every piece of free text (see `mappingTexts`).
    public func forEachText(_ visit: (TextPlace, String) -> Void) {
        _ = mappingTexts { place, text in
            visit(place, text)
            return text
        }
    }

    /// The dialogue with control characters kept out of every text (see `ControlCharacters`).
    public var withoutControlCharacters: Dialogue {
        mappingTexts { ControlCharacters.clean($1, multiline: $0.isMultiline) }
    }
}
