extension Dialogue {
    /// The notes the school does not see: the internal ones and every follow-up under one, at
    /// any depth (a follow-up to something internal would say it again).
    public var notesHiddenFromSchool: Set<String> {
        var hidden = Set(notes.filter(\.internalOnly).map(\.id))
        guard !hidden.isEmpty else { return hidden }
        var grew = true
        while grew {
            let more = notes.filter { n in n.parentID.map(hidden.contains) == true && !hidden.contains(n.id) }
            grew = !more.isEmpty
            hidden.formUnion(more.map(\.id))
        }
        return hidden
    }
}
