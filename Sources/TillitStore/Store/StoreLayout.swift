import Foundation
import TillitDomain

/// The files of a store folder.
public struct StoreLayout: Hashable, Sendable {
    public let root: String
    /// The store's folders that are something else than a folder (a link, most often), as found
    /// when the layout was made: nothing is read through them or written into them.
    public let unsafeFolders: [String: SpecialFile]

    public init(root: String) {
        var r = root
        while r.count > 1, r.hasSuffix("/") { r.removeLast() }
        self.root = r
        var unsafe: [String: SpecialFile] = [:]
        for folder in Self.folders {
            if let kind = SpecialFile.at("\(r)/\(folder)"), kind != .folder { unsafe[folder] = kind }
        }
        unsafeFolders = unsafe
    }

    /// Whether anything (a file, a folder or a link) stands at the relative path.
    public func exists(_ relative: String) -> Bool { SpecialFile.at(path(relative)) != nil }

    /// Reads a store file (see `DurableFile.contents`), never through a folder that is a link.
    public func read(_ relative: String) throws -> [UInt8] {
        if let slash = relative.firstIndex(of: "/"), let kind = unsafeFolders[String(relative[..<slash])] {
            let folder = path(String(relative[..<slash]))
            throw FileError(.read, path: folder, refusal: kind == .symlink ? .symlink : .notAFolder(kind))
        }
        return try DurableFile.contents(of: path(relative))
    }

    public static let manifestFile = "manifest.json"
    public static let schoolsFile = "schools.json"
    public static let wheelFile = "wheel.json"
    public static let promptsFile = "prompts.json"
    public static let agendasFile = "agendas.json"
    public static let figuresFile = "figures.json"
    /// The single index of earlier versions (read once to build `index/`, then removed).
    public static let legacyIndexFile = "index.json"
    public static let indexFolder = "index"
    public static let overviewFile = "index/overview.json"
    public static let lockFile = "lock"
    public static let dialoguesFolder = "dialogues"
    public static let journalFolder = "journal"
    public static let searchFolder = "search"
    /// Where a merge keeps the other computer's version of a file it could not merge.
    public static let conflictsFolder = "conflicts"
    /// In the name of a journal kept aside because some of its lines could not be read.
    public static let keptAsideMarker = ".unreadable-"
    /// The store's folders, each 0700 and never a link.
    public static let folders = [dialoguesFolder, journalFolder, indexFolder, searchFolder]

    public func path(_ relative: String) -> String { "\(root)/\(relative)" }
    public var manifest: String { path(Self.manifestFile) }
    public var schools: String { path(Self.schoolsFile) }
    public var wheel: String { path(Self.wheelFile) }
    public var lock: String { path(Self.lockFile) }
    public var dialogues: String { path(Self.dialoguesFolder) }

    /// The journal of one dialogue (changes not yet folded into its file).
    public func journal(_ id: String) -> String { path(Self.journalFile(id)) }

    /// The journal of one dialogue, relative to the root.
    public static func journalFile(_ id: String) -> String { "\(journalFolder)/\(id).jsonl" }

    /// The index of one school year (by its first calendar year), relative to the root.
    public static func yearIndexFile(_ startYear: Int) -> String { "\(indexFolder)/\(startYear).json" }

    /// The file of one dialogue, relative to the root.
    public static func dialogueFile(_ id: String) -> String { "\(dialoguesFolder)/\(id).json" }
}
