/// Something wrong with one file of a store: which file, where in it, and what.
public struct StoreProblem: Error, Hashable, Sendable {
    /// Where in a file: a 1-based line and column, and the path of the value when known.
    public struct Place: Hashable, Sendable {
        public var line: Int?
        public var column: Int?
        public var path: String?

        public init(line: Int? = nil, column: Int? = nil, path: String? = nil) {
            self.line = line
            self.column = column
            self.path = path
        }
    }

    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        case missing
        case unreadable(String)
        case empty
        case byteOrderMark
        case invalidUTF8
        case syntax(JSONSyntaxIssue)
        case missingField(String)
        case wrongType(String)
        case badFormat(ValueFormat, found: String)
        case invalidValue(String)
        /// A value the field cannot hold (`"status": "archived"`), with the values it can.
        case unknownValue(String, allowed: [String])
        case newerVersion(found: Int, supported: Int)
        case notAStore(String)
        case unknownFields([String])
        case permissions(found: Int, expected: Int)
        case leftoverTemporary
        case unknownSchool(String)
        case unknownArea(String)
        case duplicateID(String)
        /// A symbolic link inside the store (never followed, never written through).
        case symlink
        /// A FIFO, a device, a socket or a folder where a file belongs (or the other way round).
        case notAFile(SpecialFile)
        /// Larger than Tillit reads.
        case tooLarge(size: Int64, limit: Int64)
        /// Nested deeper than Tillit reads (a store file is never this deep).
        case tooDeep(limit: Int)
        /// A chain of follow-ups deeper than a conversation goes (shown flattened beyond the limit).
        case threadTooDeep(depth: Int, limit: Int)
        /// Lines of a dialogue's journal that could not be read, kept aside in this file (the
        /// journal's bytes as they were) until someone has looked at them.
        case journalKeptAside(dialogueID: String, lines: [Int])
        /// A journal whose changes come from a newer Tillit: the dialogue stays read-only.
        case journalFromNewerVersion(line: Int)
        /// A journal with no dialogue file beside it.
        case orphanJournal(dialogueID: String)
        /// Lines of a journal not yet folded that cannot be read (the next start keeps the journal
        /// aside and folds the rest).
        case journalDamaged(lines: [Int])
        /// An emergency copy (outside the store) waiting to be folded in.
        case rescueWaiting
        /// Conflicts a merge of two computers' copies left for a person to resolve.
        case mergeConflicts(count: Int)
        /// The other computer's version of a file that could not be merged, kept aside.
        case mergeKeptAside
        /// Something about the shared store's git repository.
        case git(GitIssue)
    }

    /// The file, relative to the store folder (or absolute when outside it).
    public var file: String
    public var place: Place?
    public var kind: Kind

    public init(file: String, place: Place? = nil, kind: Kind) {
        self.file = file
        self.place = place
        self.kind = kind
    }

    /// Whether the file must never be written by this program (its content would be lost).
    public var protectsFile: Bool {
        switch kind {
        case .permissions, .leftoverTemporary, .unknownSchool, .unknownArea, .threadTooDeep, .journalKeptAside,
            .orphanJournal, .journalDamaged, .rescueWaiting, .mergeConflicts, .mergeKeptAside, .git:
            return false
        default: return true
        }
    }
}

extension StoreProblem.Kind {
    /// The problem a failed read of a file amounts to.
    public static func of(_ e: FileError) -> StoreProblem.Kind {
        switch e.refusal {
        case .symlink: return .symlink
        case .notAFile(let kind), .notAFolder(let kind): return .notAFile(kind)
        case .tooLarge(let size, let limit): return .tooLarge(size: size, limit: limit)
        case nil: return e.isMissing ? .missing : .unreadable(e.systemMessage)
        }
    }
}

/// What can be wrong with a shared store's git repository.
public enum GitIssue: Hashable, Sendable {
    /// A merge by hand left a file unmerged (git's conflict).
    case unmerged
    /// No branch is checked out.
    case detachedHead
    /// Git is in the middle of something (a rebase, a merge).
    case busy(String)
    /// A file that each computer makes for itself is in the history (the index, a journal).
    case tracksLocalFile
    /// A file that is not the store's would be shared by the next sync.
    case strayFile
    /// The merge driver is not set up (the next sync sets it up).
    case noMergeDriver
}

/// Why a JSON text's syntax is wrong.
public enum JSONSyntaxIssue: Hashable, Sendable {
    case unexpectedEnd
    case unexpectedCharacter(String)
    case trailingContent
}
