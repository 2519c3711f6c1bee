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
    /// years keeps memory low: no draft, no clock; of the year before, its notes without their
    /// text and speaker (the report quotes only the year's own notes).
    public static func material(_ d: Dialogue, year: SchoolYear) -> Dialogue {
        var m = d
        m.draft = nil
        m.clock = nil
        if d.schoolYear != year {
            for i in m.notes.indices {
                m.notes[i].text = ""
                m.notes[i].speaker = nil
            }
        }
        return m
    }
}
