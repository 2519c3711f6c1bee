/// Which dialogues the quality report of a school year reads, and how much of each: the year's
/// and the year before's in full, and of earlier years those with actions still open, for those
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
}
