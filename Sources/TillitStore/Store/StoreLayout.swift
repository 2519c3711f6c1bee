/// The files of a store folder.
public struct StoreLayout: Hashable, Sendable {
    public let root: String

    public init(root: String) {
        var r = root
        while r.count > 1, r.hasSuffix("/") { r.removeLast() }
        self.root = r
    }

    public static let manifestFile = "manifest.json"
    public static let schoolsFile = "schools.json"
    public static let wheelFile = "wheel.json"
    public static let promptsFile = "prompts.json"
    public static let agendasFile = "agendas.json"
    /// The single index of earlier versions (read once to build `index/`, then removed).
    public static let legacyIndexFile = "index.json"
    public static let indexFolder = "index"
    public static let overviewFile = "index/overview.json"
    public static let lockFile = "lock"
    public static let dialoguesFolder = "dialogues"
    public static let journalFolder = "journal"

    public func path(_ relative: String) -> String { "\(root)/\(relative)" }
    public var manifest: String { path(Self.manifestFile) }
    public var schools: String { path(Self.schoolsFile) }
    public var wheel: String { path(Self.wheelFile) }
    public var lock: String { path(Self.lockFile) }
    public var dialogues: String { path(Self.dialoguesFolder) }

    /// The journal of one dialogue (changes not yet folded into its file).
    public func journal(_ id: String) -> String { path("\(Self.journalFolder)/\(id).jsonl") }

    /// The index of one school year (by its first calendar year), relative to the root.
    public static func yearIndexFile(_ startYear: Int) -> String { "\(indexFolder)/\(startYear).json" }

    /// The file of one dialogue, relative to the root.
    public static func dialogueFile(_ id: String) -> String { "\(dialoguesFolder)/\(id).json" }
}
