/// Renaming a tag across a dialogue: every spelling of `old` (compared in the canonical form)
/// becomes `new`, in notes and actions; a note that holds both keeps one.
extension Dialogue {
    /// The dialogue with the tag renamed, and how many notes and actions changed.
    public func renamingTag(_ old: String, to new: String) -> (dialogue: Dialogue, changed: Int) {
        let from = Tag.canonical(old)
        let to = Tag.canonical(new)
        guard !from.isEmpty, !to.isEmpty else { return (self, 0) }
        var d = self
        var changed = 0
        func rename(_ tags: [String]) -> [String]? {
            guard tags.contains(where: { Tag.canonical($0) == from }) else { return nil }
            var out: [String] = []
            for tag in tags {
                let next = Tag.canonical(tag) == from ? to : tag
                if !out.contains(where: { Tag.same($0, next) }) { out.append(next) }
            }
            return out
        }
        for i in d.notes.indices {
            if let tags = rename(d.notes[i].tags) {
                d.notes[i].tags = tags
                changed += 1
            }
        }
        for i in d.actions.indices {
            if let tags = rename(d.actions[i].tags) {
                d.actions[i].tags = tags
                changed += 1
            }
        }
        return (d, changed)
    }
}
