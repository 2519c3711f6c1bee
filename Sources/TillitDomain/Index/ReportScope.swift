/// Which dialogues the quality report of a school year reads, and how much of each: the year's
/// in full, the year before's without what its notes say (its actions, and its notes' sections
/// and tags for the themes), and of earlier years those with actions still open, for those
/// actions alone (the report lists open actions whatever the year they were made in).
public enum ReportScope {
    /// Read in full: the year's and the year before's.
    public static func inFull(_ d: DialogueSummary, year: SchoolYear) -> Bool {
        d.schoolYear == year || d.schoolYear == year.previous
    }

    /// Read for their open actions only: earlier dialogues with actions still open.
    public static func forOpenActions(_ d: DialogueSummary, year: SchoolYear) -> Bool {
        d.schoolYear < year.previous && d.openActionCount > 0
    }

    /// What the report uses of a dialogue it reads in full (`inFull`), so that reading two school
    /// years keeps memory low: no draft, no clock; of the year before, its notes' tags alone (the
    /// report quotes only the year's own notes and counts the year before's themes, `tagsOnly`).
    public static func material(_ d: Dialogue, year: SchoolYear) -> Dialogue {
        var m = d
        m.draft = nil
        m.clock = nil
        if d.schoolYear != year { m.notes = tagsOnly(d.notes, hidden: d.notesHiddenFromSchool) }
        return m
    }

    /// Notes as the year before's themes count them: the tags of each section's notes, in the
    /// order written, in one note for each run of notes the school sees (or does not see, then
    /// internal: `hidden`). A tag is kept once in each kind of run, where first written, so that
    /// the themes come out the same with internal notes or without them.
    static func tagsOnly(_ notes: [Note], hidden: Set<String>) -> [Note] {
        var out: [Note] = []
        for section in SectionKind.allCases {
            var seen: [Bool: Set<String>] = [false: [], true: []]
            var last: Bool?
            for note in notes where note.section == section {
                let internalOnly = hidden.contains(note.id)
                if internalOnly != last {
                    out.append(
                        Note(
                            id: "\(section.rawValue)-\(out.count)", section: section, kind: note.kind, text: "",
                            created: note.created, isInternal: internalOnly))
                    last = internalOnly
                }
                for tag in note.tags where seen[internalOnly]!.insert(tag).inserted {
                    out[out.count - 1].tags.append(tag)
                }
            }
        }
        return out
    }
}
