import TillitDomain
import TillitStore

/// The wheel's items with titles for people: events by their title, dialogues by school.
struct WheelListing {
    struct Line {
        var when: WheelWhen
        var title: String
        var kind: WheelEventKind
        var id: String
    }

    let store: Store
    let t: Localizer

    func items(in year: SchoolYear) -> [Line] {
        WheelItem.items(wheel: store.wheel, dialogues: store.dialogues, in: year).map { item in
            if let e = item.event { return Line(when: e.when, title: e.title, kind: e.kind, id: e.id) }
            let d = item.dialogue!
            return Line(
                when: item.when,
                title:
                    """
                    \(t.eventKind(.dialogue).capitalizedFirst): \(DialogueNaming(store: store).subject(d)) \
                    (\(t.status(d.status)))
                    """,
                kind: .dialogue, id: String(d.id.prefix(8)))
        }
    }
}

/// What a dialogue is about, for lists: the school, the area or the organisation.
struct DialogueNaming {
    let store: Store

    func subject(_ d: DialogueSummary) -> String { store.schools.subject(of: d) }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
