import Foundation

/// Two computers' copies of one dialogue made one, without losing a word: notes, follow-ups and
/// actions by id (both sides' new ones kept); a note both changed keeps our version in place and
/// the other as a note beside it, marked as a conflict; facts both changed differently keep ours
/// and record the other (`Dialogue.conflicts`).
public enum DialogueMerge {
    public static func merge(base: Dialogue?, ours: Dialogue, theirs: Dialogue) -> Dialogue {
        var d = ours
        var conflicts: [MergeConflict] = []
        func fact<T: Equatable>(_ name: String, _ get: (Dialogue) -> T, text: (T) -> String) -> T {
            let (value, conflict) = ThreeWay.pick(base.map(get), get(ours), get(theirs))
            if conflict {
                conflicts.append(MergeConflict(place: "dialogue/\(name)", kept: text(value), other: text(get(theirs))))
            }
            return value
        }
        struct When: Equatable {
            var date: LocalDate
            var week: ISOWeek?
            var year: SchoolYear
        }
        let when = fact("when", { When(date: $0.date, week: $0.plannedWeek, year: $0.schoolYear) }) {
            $0.week?.iso ?? $0.date.iso
        }
        (d.date, d.plannedWeek, d.schoolYear) = (when.date, when.week, when.year)
        d.startTime = fact("startTime", \.startTime) { $0?.storedText ?? "" }
        d.place = fact("place", \.place) { $0 ?? "" }
        // Where a dialogue has got to only moves forward: planned, live, closed.
        let status = ThreeWay.pick(base?.status, ours.status, theirs.status)
        let order = DialogueStatus.allCases
        d.status =
            status.conflict
            ? order[max(order.firstIndex(of: ours.status) ?? 0, order.firstIndex(of: theirs.status) ?? 0)]
            : status.value
        d.facilitators = ThreeWay.list(
            base: base?.facilitators ?? [], ours: ours.facilitators, theirs: theirs.facilitators, key: { $0 },
            merge: { _, o, _ in o })
        d.participants = ThreeWay.list(
            base: base?.participants ?? [], ours: ours.participants, theirs: theirs.participants, key: \.name,
            merge: { b, o, t in ThreeWay.pick(b, o, t).value })
        d.notes = notes(base: base, ours: ours, theirs: theirs, conflicts: &conflicts)
        d.actions = ThreeWay.list(
            base: base?.actions ?? [], ours: ours.actions, theirs: theirs.actions, key: \.id,
            merge: { b, o, t in action(b, o, t, conflicts: &conflicts) })
        d.reviewedActions = optionalList(
            base?.reviewedActions, ours.reviewedActions, theirs.reviewedActions,
            key: { "\($0.dialogueID)/\($0.actionID)" }
        )
        d.reflection = fact("reflection", \.reflection) { r in
            r.map { "\($0.purposeReached)\n\($0.takeForward)" } ?? ""
        }
        d.draft = ThreeWay.pick(base?.draft, ours.draft, theirs.draft).value
        d.clock = ThreeWay.pick(base?.clock, ours.clock, theirs.clock).value
        d.currentSection = ThreeWay.pick(base?.currentSection, ours.currentSection, theirs.currentSection).value
        // A conflict resolved on one side stays resolved.
        let resolved = Set((base?.conflicts ?? []).map(\.id)).subtracting(
            Set((ours.conflicts ?? []).map(\.id)).intersection((theirs.conflicts ?? []).map(\.id)))
        d.conflicts = MergeConflict.union(ours.conflicts, theirs.conflicts, conflicts)?.filter {
            !resolved.contains($0.id) || conflicts.contains($0)
        }
        if d.conflicts?.isEmpty == true { d.conflicts = nil }
        return d
    }

    static func optionalList<T: Equatable, K: Hashable>(_ base: [T]?, _ ours: [T]?, _ theirs: [T]?, key: (T) -> K)
        -> [T]?
    {
        let merged = ThreeWay.list(
            base: base ?? [], ours: ours ?? [], theirs: theirs ?? [], key: key,
            merge: { b, o, t in ThreeWay.pick(b, o, t).value })
        return merged.isEmpty && ours == nil && theirs == nil ? nil : merged
    }

    /// Notes by id. A note whose text both sides changed differently: ours stays, theirs is kept
    /// as a new note beside it (same section and parent), marked as the other version.
    static func notes(base: Dialogue?, ours: Dialogue, theirs: Dialogue, conflicts: inout [MergeConflict]) -> [Note] {
        var others: [(after: String, note: Note)] = []
        var merged = ThreeWay.list(
            base: base?.notes ?? [], ours: ours.notes, theirs: theirs.notes, key: \.id
        ) { b, o, t -> Note in
            var n = o
            let text = ThreeWay.pick(b?.text, o.text, t.text)
            if text.conflict {
                var other = t
                other.id = "\(o.id)-\(StableHash.hex(t.text).prefix(8))"
                other.parentID = o.parentID
                other.section = o.section
                other.conflictOf = o.id
                others.append((o.id, other))
                conflicts.append(
                    MergeConflict(place: "notes/\(o.id)/text", kept: o.text, other: t.text, otherNoteID: other.id))
            }
            n.kind = ThreeWay.pick(b?.kind, o.kind, t.kind).value
            n.speaker = ThreeWay.pick(b?.speaker, o.speaker, t.speaker).value
            n.tags = ThreeWay.pick(b?.tags, o.tags, t.tags).value
            n.section = ThreeWay.pick(b?.section, o.section, t.section).value
            n.parentID = ThreeWay.pick(b?.parentID, o.parentID, t.parentID).value
            n.isInternal = ThreeWay.pick(b?.isInternal, o.isInternal, t.isInternal).value
            n.updated = max(o.updated, t.updated)
            return n
        }
        // The other version right after the note it is a version of (once: a merge done again
        // finds it there already).
        for (after, note) in others where !merged.contains(where: { $0.id == note.id }) {
            let i = merged.firstIndex { $0.id == after }.map { $0 + 1 } ?? merged.endIndex
            merged.insert(note, at: i)
        }
        return merged
    }

    static func action(_ b: ActionItem?, _ o: ActionItem, _ t: ActionItem, conflicts: inout [MergeConflict])
        -> ActionItem
    {
        var a = o
        let text = ThreeWay.pick(b?.text, o.text, t.text)
        if text.conflict { conflicts.append(MergeConflict(place: "actions/\(o.id)/text", kept: o.text, other: t.text)) }
        a.text = text.value
        let owner = ThreeWay.pick(b?.owner, o.owner, t.owner)
        if owner.conflict {
            conflicts.append(MergeConflict(place: "actions/\(o.id)/owner", kept: o.owner ?? "", other: t.owner ?? ""))
        }
        a.owner = owner.value
        let due = ThreeWay.pick(b?.due, o.due, t.due)
        if due.conflict {
            conflicts.append(
                MergeConflict(place: "actions/\(o.id)/due", kept: o.due?.iso ?? "", other: t.due?.iso ?? ""))
        }
        a.due = due.value
        a.tags = ThreeWay.pick(b?.tags, o.tags, t.tags).value
        // Follow-ups are what later dialogues said: every one is kept, in date order.
        var followUps = o.followUps
        for f in t.followUps where !followUps.contains(f) { followUps.append(f) }
        a.followUps = followUps.sorted { $0.date < $1.date }
        let status = ThreeWay.pick(b?.status, o.status, t.status)
        // Both changed it: the status of the latest follow-up, else ours.
        a.status = status.conflict ? (a.followUps.last?.status ?? o.status) : status.value
        return a
    }
}
