import TillitDomain

/// `index/YEAR.json`: the summaries of one school year's dialogues (by the dialogue's school year),
/// newest first. A cache of the dialogue files: rebuilt whenever it is missing, stale or unreadable.
public struct YearIndexDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    /// The school year's first calendar year (2025 for 2025/26).
    public var schoolYear: Int
    public var dialogues: [DialogueSummary]

    public init(schoolYear: Int, dialogues: [DialogueSummary]) {
        formatVersion = StoreFormat.version
        self.schoolYear = schoolYear
        self.dialogues = dialogues
    }
}

/// `index/overview.json`: what the first screen needs of every school year without reading its
/// index: how many dialogues it holds and each school's figures in it. Each year remembers the
/// fingerprint of its index file; a year whose file changed is read again.
public struct IndexOverviewDocument: VersionedDocument, Hashable, Sendable {
    public struct Year: Codable, Hashable, Sendable {
        public var schoolYear: Int
        /// The fingerprint of `index/YEAR.json` when this entry was made.
        public var index: FileFingerprint?
        public var dialogues: Int
        public var notes: Int
        /// Each school's figures in this year alone.
        public var schools: [String: SchoolStats]

        /// The entry for one year's summaries.
        public init(schoolYear: Int, index: FileFingerprint?, summaries: [DialogueSummary]) {
            self.schoolYear = schoolYear
            self.index = index
            dialogues = summaries.count
            notes = summaries.reduce(0) { $0 + $1.noteCount }
            schools = SchoolStats.compute(summaries)
        }
    }

    public var formatVersion: Int
    public var years: [Year]

    public init(years: [Year]) {
        formatVersion = StoreFormat.version
        self.years = years
    }
}

/// `index.json`, the single index of earlier versions. Read once, to build the per-year files
/// without reading every dialogue again, and then removed.
public struct IndexDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var dialogues: [DialogueSummary]

    public init(dialogues: [DialogueSummary]) {
        formatVersion = StoreFormat.version
        self.dialogues = dialogues
    }
}
