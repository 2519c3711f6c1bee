/// One mark on the annual wheel: an event from the wheel file or a dialogue from the index
/// (dialogues are not copied into the wheel file, so a moved dialogue can never disagree with it).
public struct WheelItem: Hashable, Sendable {
    public var when: WheelWhen
    public var kind: WheelEventKind
    /// What the item is, behind one reference: an event, a summary and an action are hundreds of
    /// bytes each, and the wheel keeps the items of every school year (tens of thousands of due
    /// actions on a large store).
    private var what: What

    private indirect enum What: Hashable, Sendable {
        case event(WheelEvent)
        case dialogue(DialogueSummary)
        case due(DueAction, in: DialogueRef)
    }

    /// The event, when the item comes from the wheel file.
    public var event: WheelEvent? { if case .event(let e) = what { e } else { nil } }
    /// The dialogue, when the item is a dialogue.
    public var dialogue: DialogueSummary? { if case .dialogue(let d) = what { d } else { nil } }
    /// An open action falling due, and the dialogue that decided it.
    public var due: DueAction? { if case .due(let a, _) = what { a } else { nil } }
    public var dueIn: DialogueRef? { if case .due(_, let d) = what { d } else { nil } }

    init(event: WheelEvent) {
        when = event.when
        kind = event.kind
        what = .event(event)
    }

    init(dialogue: DialogueSummary) {
        when = dialogue.when
        kind = .dialogue
        what = .dialogue(dialogue)
    }

    init(due: DueAction, in d: DialogueSummary) {
        when = .date(due.due)
        kind = .other
        what = .due(due, in: DialogueRef(d))
    }

    /// The wheel's events and the dialogues of one school year, in date order.
    public static func items(wheel: Wheel, dialogues: [DialogueSummary], in year: SchoolYear) -> [WheelItem] {
        let onWheel = dialogues.filter { year.contains($0.date, startMonth: wheel.schoolYearStartMonth) }
        return items(wheel: wheel, ordered: onWheel.sorted(by: inWheelOrder), in: year)
    }

    /// The same, from the school year's dialogues already in wheel order (`inWheelOrder`): the
    /// few events are merged into them rather than everything sorted again.
    public static func items(
        wheel: Wheel, ordered dialogues: some Collection<DialogueSummary>, in year: SchoolYear
    ) -> [WheelItem] {
        let events = wheel.events(in: year).map(WheelItem.init(event:))
            .sorted { ($0.when, $0.event!.id) < ($1.when, $1.event!.id) }
        var out: [WheelItem] = []
        out.reserveCapacity(events.count + dialogues.count)
        var e = 0
        for d in dialogues {
            while e < events.count, (events[e].when, events[e].event!.id) < (d.when, d.id) {
                out.append(events[e])
                e += 1
            }
            out.append(WheelItem(dialogue: d))
        }
        out += events[e...]
        return out
    }

    /// The open actions falling due in a school year, from the dialogues' summaries, by date.
    /// Sorted as places by their keys (date, then id): items compared through their boxes cost
    /// most of the screen's data after a save on a large store (tens of thousands of actions).
    public static func dueActions(_ dialogues: [DialogueSummary], in year: SchoolYear, startMonth: Int) -> [WheelItem] {
        var items: [WheelItem] = []
        var keys: [(due: LocalDate, id: String)] = []
        for d in dialogues {
            for a in d.dueActions ?? [] where year.contains(a.due, startMonth: startMonth) {
                items.append(WheelItem(due: a, in: d))
                keys.append((a.due, a.id))
            }
        }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }
    }

    /// The order of dialogues on the wheel: by when they are, ties by id.
    public static func inWheelOrder(_ a: DialogueSummary, _ b: DialogueSummary) -> Bool {
        (a.when, a.id) < (b.when, b.id)
    }
}

/// A dialogue as a mark on the wheel names it: which it is and what it is about.
public struct DialogueRef: Hashable, Sendable {
    public var id: String
    public var level: DialogueLevel
    public var schoolID: String?
    public var areaID: String?

    public init(_ d: DialogueSummary) {
        id = d.id
        level = d.level
        schoolID = d.schoolID
        areaID = d.areaID
    }
}
