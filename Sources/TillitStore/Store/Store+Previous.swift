import TillitDomain

extension Store {
    /// The school's newest dialogue that was held (live or closed), other than `id`; with
    /// `earlierOnly`, only one before it.
    public func previousHeld(before id: String, earlierOnly: Bool) -> Dialogue? {
        loadEverything()
        guard let current = dialogues.first(where: { $0.id == id }), let school = current.schoolID else { return nil }
        let previous = dialogues.filter {
            $0.id != id && $0.schoolID == school && $0.status != .planned
                && (!earlierOnly || ($0.date, $0.id) < (current.date, current.id))
        }.max { ($0.date, $0.id) < ($1.date, $1.id) }
        return previous.flatMap { try? dialogueWithJournal($0.id).dialogue }
    }
}
