import TillitDomain

extension Store {
    /// The school's newest dialogue that was held (live or closed), other than `id`; with
    /// `earlierOnly`, only one before it.
    public func previousHeld(before id: String, earlierOnly: Bool) -> Dialogue? {
        loadEverything()
        guard let current = dialogues.first(where: { $0.id == id }), let school = current.schoolID else { return nil }
        // The newest in the one order of dialogue lists.
        let previous = dialogues.filter {
            $0.id != id && $0.schoolID == school && $0.status != .planned
                && (!earlierOnly || DialogueSummary.newestFirst(current, $0))
        }.min(by: DialogueSummary.newestFirst)
        return previous.flatMap { try? dialogueWithJournal($0.id).dialogue }
    }

    /// The school's newest dialogue that was held (for a dialogue not written yet).
    public func previousHeld(school: String) -> Dialogue? {
        loadEverything()
        let previous = dialogues.filter { $0.schoolID == school && $0.status != .planned }
            .min(by: DialogueSummary.newestFirst)
        return previous.flatMap { try? dialogueWithJournal($0.id).dialogue }
    }
}
