import TillitDomain

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
        case syntax(JSONScanner.SyntaxIssue)
        case missingField(String)
        case wrongType(String)
        case badFormat(ValueFormat, found: String)
        case invalidValue(String)
        case newerVersion(found: Int, supported: Int)
        case notAStore(String)
        case unknownFields([String])
        case permissions(found: Int, expected: Int)
        case leftoverTemporary
        case unknownSchool(String)
        case unknownArea(String)
        case duplicateID(String)
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
        case .permissions, .leftoverTemporary, .unknownSchool, .unknownArea: return false
        default: return true
        }
    }
}
