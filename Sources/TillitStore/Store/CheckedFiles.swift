import Foundation
import TillitDomain

/// The dialogue files `doctor` has checked in full and found sound, by the hash of their bytes
/// (`index/checked.txt`, a cache beside the store like the index): a later check reads and hashes
/// every file again, but decodes only those whose bytes it has not checked before. What the
/// check of a file found depends on the program that checked it, so the list holds only for the
/// same program file (by its size, time and inode): another version checks everything again.
///
///     tillit-checked <TAB> 1 <TAB> <program size> <TAB> <program mtime ns> <TAB> <program inode>
///     <id> <TAB> <hash> <TAB> <school or -> <TAB> <area or ->
public struct CheckedFiles: Sendable, Equatable {
    /// What a sound file said that other files are checked against.
    public struct Entry: Sendable, Equatable {
        public var hash: UInt64
        public var schoolID: String?
        public var areaID: String?
    }

    public var entries: [String: Entry] = [:]

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    static let file = "\(StoreLayout.indexFolder)/checked.txt"

    /// This program file, as the list's first line names it (nil when it cannot be known).
    static var program: String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            let f = FileFingerprint.of(target)
        else { return nil }
        return "tillit-checked\t1\t\(f.size)\t\(f.modifiedNanoseconds)\t\(f.inode ?? 0)"
    }

    /// The list, if it was made by this very program; else an empty one.
    public static func read(_ layout: StoreLayout) -> CheckedFiles {
        guard let program, let bytes = try? layout.read(file), let text = String(validating: bytes, as: UTF8.self)
        else { return CheckedFiles() }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == program, lines.last == "" else { return CheckedFiles() }
        lines.removeLast()
        var out = CheckedFiles()
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4, let hash = UInt64(f[1], radix: 16) else { return CheckedFiles() }
            out.entries[String(f[0])] = Entry(
                hash: hash, schoolID: f[2] == "-" ? nil : String(f[2]), areaID: f[3] == "-" ? nil : String(f[3]))
        }
        return out
    }

    /// Writes the list (atomically, private). Ids and school and area ids with a tab, a line break
    /// or standing for "absent" are left out: such a file is simply checked in full next time.
    public func write(_ layout: StoreLayout) throws {
        guard let program = Self.program else { return }
        func plain(_ s: String) -> Bool { s != "-" && !s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) }
        var out = program + "\n"
        for (id, e) in entries.sorted(by: { $0.key < $1.key })
        where plain(id) && (e.schoolID.map(plain) ?? true) && (e.areaID.map(plain) ?? true) {
            out += "\(id)\t\(String(e.hash, radix: 16))\t\(e.schoolID ?? "-")\t\(e.areaID ?? "-")\n"
        }
        try DurableFile.makeFolder(layout.path(StoreLayout.indexFolder))
        try DurableFile.replace(layout.path(Self.file), with: Data(out.utf8))
    }
}

extension Store {
    /// For `doctor`: remembers the dialogue files it found sound (`CheckedFiles`), if no other
    /// process is writing the store (the lock is taken for that moment only).
    /// `before`: what the list held when the check read it (read again when not given).
    public func saveCheckedIfFree(_ checked: CheckedFiles, before: CheckedFiles? = nil, command: String) {
        guard readOnlyReason == nil || readOnlyReason == .openedForReading,
            (before ?? CheckedFiles.read(layout)) != checked
        else { return }
        if holdsLock {
            try? checked.write(layout)
            return
        }
        guard case .success(let lock) = StoreLock.acquire(layout.lock, command: command) else { return }
        defer { lock.release() }
        try? checked.write(layout)
    }
}
