/// One mark on the annual wheel: an event from the wheel file or a dialogue from the index
/// (dialogues are not copied into the wheel file, so a moved dialogue can never disagree with it).
public struct WheelItem: Hashable, Sendable {
    public var when: WheelWhen
    public var kind: WheelEventKind
    /// The event, when the item comes from the wheel file.
    public var event: WheelEvent?
    /// The dialogue, when the item is a dialogue.
    public var dialogue: DialogueSummary?
    /// An open action falling due, and the dialogue that decided it.
    public var due: DueAction?
    public var dueIn: DialogueSummary?

    /// The wheel's events and the dialogues of one school year, in date order.
    public static func items(wheel: Wheel, dialogues: [DialogueSummary], in year: SchoolYear) -> [WheelItem] {
        let onWheel = dialogues.filter { year.contains($0.date, startMonth: wheel.schoolYearStartMonth) }
        return items(wheel: wheel, ordered: onWheel.sorted(by: inWheelOrder), in: year)
    }

    /// The same, from the school year's dialogues already in wheel order (`inWheelOrder`): the
    /// few events are merged into them rather than everything sorted again.
    public static func items(wheel: Wheel, ordered dialogues: [DialogueSummary], in year: SchoolYear) -> [WheelItem] {
        let events = wheel.events(in: year).map { WheelItem(when: $0.when, kind: $0.kind, event: $0) }
            .sorted { ($0.when, $0.event!.id) < ($1.when, $1.event!.id) }
        var out: [WheelItem] = []
        out.reserveCapacity(events.count + dialogues.count)
        var e = 0
        for d in dialogues {
            while e < events.count, (events[e].when, events[e].event!.id) < (d.when, d.id) {
                out.append(events[e])
                e += 1
            }
            out.append(WheelItem(when: d.when, kind: .dialogue, dialogue: d))
        }
        out += events[e...]
        return out
    }

    /// The open actions falling due in a school year, from the dialogues' summaries, by date.
    public static func dueActions(_ dialogues: [DialogueSummary], in year: SchoolYear, startMonth: Int) -> [WheelItem] {
        dialogues.flatMap { d in
            (d.dueActions ?? []).filter { year.contains($0.due, startMonth: startMonth) }.map {
                WheelItem(when: .date($0.due), kind: .other, due: $0, dueIn: d)
            }
        }.sorted { ($0.when, $0.due!.id) < ($1.when, $1.due!.id) }
    }

    /// The order of dialogues on the wheel: by when they are, ties by id.
    public static func inWheelOrder(_ a: DialogueSummary, _ b: DialogueSummary) -> Bool {
        (a.when, a.id) < (b.when, b.id)
    }
}
