import TillitDomain

/// `index/YEAR.json`: the summaries of one school year's dialogues (by the dialogue's school year),
/// newest first. A cache of the dialogue files: rebuilt whenever it is missing, stale or unreadable.
public struct YearIndexDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    /// The school year's first calendar year (2025 for 2025/26).
    public var schoolYear: Int
    /// How the summaries were made (`DialogueSummary.version`; absent: the first way).
    public var summaries: Int?
    public var dialogues: [DialogueSummary]

    public init(schoolYear: Int, dialogues: [DialogueSummary]) {
        formatVersion = StoreFormat.version
        summaries = DialogueSummary.version
        self.schoolYear = schoolYear
        self.dialogues = dialogues
    }
}

/// `index/overview.json`: what the first screen needs without reading the years' indexes: how
/// many dialogues each school year holds, and each school's figures, per year for the newest
/// years and taken together for all the years before them, so that the file stays the same
/// size however long the history grows. Each year remembers the fingerprint of its index file;
/// a year whose file changed is read again.
public struct IndexOverviewDocument: VersionedDocument, Hashable, Sendable {
    public struct Year: Codable, Hashable, Sendable {
        public var schoolYear: Int
        /// The fingerprint of `index/YEAR.json` when this entry was made.
        public var index: FileFingerprint?
        public var dialogues: Int
        public var notes: Int

        public init(schoolYear: Int, index: FileFingerprint?, summaries: [DialogueSummary]) {
            self.schoolYear = schoolYear
            self.index = index
            dialogues = summaries.count
            notes = summaries.reduce(0) { $0 + $1.noteCount }
        }
    }

    /// Each school's figures in one of the newest school years.
    public struct RecentYear: Codable, Hashable, Sendable {
        public var schoolYear: Int
        public var schools: [String: SchoolStats]
    }

    /// Each school's figures in all the school years before `before`, together.
    public struct Earlier: Codable, Hashable, Sendable {
        public var before: Int
        public var schools: [String: SchoolStats]
    }

    /// How many of the newest school years keep figures of their own.
    public static let recentYears = 3

    public var formatVersion: Int
    /// How the figures were made (`DialogueSummary.version`; absent: the first way).
    public var summaries: Int?
    public var years: [Year]
    public var recent: [RecentYear]
    public var earlier: Earlier?

    public init(years: [Year], recent: [RecentYear], earlier: Earlier?) {
        formatVersion = StoreFormat.version
        summaries = DialogueSummary.version
        self.years = years
        self.recent = recent
        self.earlier = earlier
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
