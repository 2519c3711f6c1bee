import TillitDomain

/// One mark on the annual wheel: an event from the wheel file or a dialogue from the index
/// (dialogues are not copied into the wheel file, so a moved dialogue can never disagree with it).
public struct WheelItem: Hashable, Sendable {
    public var when: WheelWhen
    public var kind: WheelEventKind
    /// The event, when the item comes from the wheel file.
    public var event: WheelEvent?
    /// The dialogue, when the item is a dialogue.
    public var dialogue: DialogueSummary?

    /// The wheel's events and the dialogues of one school year, in date order.
    public static func items(wheel: Wheel, dialogues: [DialogueSummary], in year: SchoolYear) -> [WheelItem] {
        var out = wheel.events(in: year).map { WheelItem(when: $0.when, kind: $0.kind, event: $0) }
        for d in dialogues where year.contains(d.date, startMonth: wheel.schoolYearStartMonth) {
            out.append(WheelItem(when: d.when, kind: .dialogue, dialogue: d))
        }
        return out.sorted { ($0.when, $0.event?.id ?? $0.dialogue?.id ?? "") < ($1.when, $1.event?.id ?? $1.dialogue?.id ?? "") }
    }
}
