/// Two computers' copies of the school list, the wheel, the questions and the agendas made one:
/// by id, field by field. A field both changed differently keeps ours and records the other
/// (`conflicts`), shown until someone resolves it. The same school added on both computers is
/// one school (its id is made from its name); two schools of the same name under different ids
/// are one question (a conflict naming both), never a silent duplicate.
public enum ListMerge {
    /// Records a conflict when both sides changed a field differently.
    struct Recorder {
        var conflicts: [MergeConflict] = []

        mutating func field<T: Equatable>(_ place: String, _ b: T?, _ o: T, _ t: T, text: (T) -> String) -> T {
            let (value, conflict) = ThreeWay.pick(b, o, t)
            if conflict { conflicts.append(MergeConflict(place: place, kept: text(o), other: text(t))) }
            return value
        }

        /// The resolved ones (gone on one side since the base) stay gone; the rest and the new.
        func merged(base: [MergeConflict]?, ours: [MergeConflict]?, theirs: [MergeConflict]?) -> [MergeConflict]? {
            let both = Set((ours ?? []).map(\.id)).intersection((theirs ?? []).map(\.id))
            let resolved = Set((base ?? []).map(\.id)).subtracting(both)
            let out = (MergeConflict.union(ours, theirs, conflicts) ?? []).filter {
                !resolved.contains($0.id) || conflicts.contains($0)
            }
            return out.isEmpty ? nil : out
        }
    }

    public static func schools(base: SchoolList?, ours: SchoolList, theirs: SchoolList) -> SchoolList {
        var r = Recorder()
        var out = ours
        out.organisation.name = r.field(
            "organisation/name", base?.organisation.name, ours.organisation.name, theirs.organisation.name
        ) { $0 }
        out.areas = ThreeWay.list(base: base?.areas ?? [], ours: ours.areas, theirs: theirs.areas, key: \.id) {
            b, o, t in
            var a = o
            a.name = r.field("areas/\(o.id)/name", b?.name, o.name, t.name) { $0 }
            a.head = r.field("areas/\(o.id)/head", b?.head, o.head, t.head) { $0 ?? "" }
            return a
        }
        out.schools = ThreeWay.list(base: base?.schools ?? [], ours: ours.schools, theirs: theirs.schools, key: \.id) {
            b, o, t in
            var s = o
            let place = "schools/\(o.id)/"
            s.name = r.field(place + "name", b?.name, o.name, t.name) { $0 }
            s.areaID = r.field(place + "area", b?.areaID, o.areaID, t.areaID) { $0 }
            s.principal = r.field(place + "principal", b?.principal, o.principal, t.principal) { $0 ?? "" }
            s.grades = r.field(place + "grades", b?.grades, o.grades, t.grades) { $0?.text ?? "" }
            s.address = r.field(place + "address", b?.address, o.address, t.address) { $0 ?? "" }
            s.code = r.field(place + "code", b?.code, o.code, t.code) { $0 ?? "" }
            s.archived = ThreeWay.pick(b?.archived, o.archived, t.archived).value
            return s
        }
        // The same name under two ids: both stay (dialogues may name either), and a person decides.
        var seen: [String: School] = [:]
        for s in out.schools {
            let key = s.name.lowercased()
            if let first = seen[key] {
                r.conflicts.append(
                    MergeConflict(place: "schools/\(first.id)/same-name", kept: first.id, other: s.id))
            } else {
                seen[key] = s
            }
        }
        out.conflicts = r.merged(base: base?.conflicts, ours: ours.conflicts, theirs: theirs.conflicts)
        return out
    }

    public static func wheel(base: Wheel?, ours: Wheel, theirs: Wheel) -> Wheel {
        var r = Recorder()
        var out = ours
        out.schoolYearStartMonth = r.field(
            "wheel/start", base?.schoolYearStartMonth, ours.schoolYearStartMonth, theirs.schoolYearStartMonth
        ) { String($0) }
        out.phases = ThreeWay.list(base: base?.phases ?? [], ours: ours.phases, theirs: theirs.phases, key: \.id) {
            b, o, t in
            var p = o
            p.name = r.field("phases/\(o.id)/name", b?.name, o.name, t.name) { $0 }
            p.startMonth = r.field("phases/\(o.id)/from", b?.startMonth, o.startMonth, t.startMonth) { String($0) }
            p.endMonth = r.field("phases/\(o.id)/to", b?.endMonth, o.endMonth, t.endMonth) { String($0) }
            p.colour = ThreeWay.pick(b?.colour, o.colour, t.colour).value
            return p
        }
        out.events = ThreeWay.list(base: base?.events ?? [], ours: ours.events, theirs: theirs.events, key: \.id) {
            b, o, t in
            var e = o
            e.title = r.field("events/\(o.id)/title", b?.title, o.title, t.title) { $0 }
            e.when = r.field("events/\(o.id)/when", b?.when, o.when, t.when) { $0.storedText }
            e.kind = ThreeWay.pick(b?.kind, o.kind, t.kind).value
            e.schoolID = ThreeWay.pick(b?.schoolID, o.schoolID, t.schoolID).value
            e.dialogueID = ThreeWay.pick(b?.dialogueID, o.dialogueID, t.dialogueID).value
            e.recurrence = ThreeWay.pick(b?.recurrence, o.recurrence, t.recurrence).value
            // One year's change on either side is kept (by year).
            struct YearChange: Equatable {
                var year: String
                var change: OccurrenceChange
            }
            let list = { (c: [String: OccurrenceChange]?) in
                (c ?? [:]).sorted { $0.key < $1.key }.map { YearChange(year: $0.key, change: $0.value) }
            }
            let changes = Dictionary(
                ThreeWay.list(base: list(b?.changes), ours: list(o.changes), theirs: list(t.changes), key: \.year) {
                    b, o, t in ThreeWay.pick(b, o, t).value
                }.map { ($0.year, $0.change) }, uniquingKeysWith: { a, _ in a })
            e.changes = changes.isEmpty ? nil : changes
            return e
        }
        out.conflicts = r.merged(base: base?.conflicts, ours: ours.conflicts, theirs: theirs.conflicts)
        return out
    }

    /// Questions by id; one both changed differently keeps ours and records theirs.
    public static func prompts(
        base: [Prompt]?, ours: [Prompt], theirs: [Prompt], conflicts: inout [MergeConflict]
    ) -> [Prompt] {
        var r = Recorder()
        let out = ThreeWay.list(base: base ?? [], ours: ours, theirs: theirs, key: \.id) { b, o, t in
            var p = o
            p.sv = r.field("prompts/\(o.id)/sv", b?.sv, o.sv, t.sv) { $0 }
            p.en = r.field("prompts/\(o.id)/en", b?.en, o.en, t.en) { $0 }
            p.section = ThreeWay.pick(b?.section, o.section, t.section).value
            p.forKinds = ThreeWay.pick(b?.forKinds, o.forKinds, t.forKinds).value
            return p
        }
        conflicts += r.conflicts
        return out
    }

    /// Agenda templates by name; one both changed differently keeps ours and records theirs.
    public static func agendas(
        base: [AgendaTemplate]?, ours: [AgendaTemplate], theirs: [AgendaTemplate], conflicts: inout [MergeConflict]
    ) -> [AgendaTemplate] {
        var r = Recorder()
        let out = ThreeWay.list(base: base ?? [], ours: ours, theirs: theirs, key: \.name) { b, o, t in
            var a = o
            a.minutes = r.field("agendas/\(o.name)", b?.minutes, o.minutes, t.minutes) { m in
                SectionKind.allCases.map { String(m[$0] ?? 0) }.joined(separator: " ")
            }
            return a
        }
        conflicts += r.conflicts
        return out
    }

    /// The conflicts of a document that keeps them beside its content (questions, agendas).
    public static func conflicts(
        new: [MergeConflict], base: [MergeConflict]?, ours: [MergeConflict]?, theirs: [MergeConflict]?
    ) -> [MergeConflict]? {
        var r = Recorder()
        r.conflicts = new
        return r.merged(base: base, ours: ours, theirs: theirs)
    }
}
