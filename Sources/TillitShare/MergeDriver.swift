import Foundation
import TillitDomain
import TillitStore

/// Git's merge driver for the store's files (`tillit share merge-file %O %A %B %P`): merges by
/// meaning into %A. A side that cannot be read keeps ours, and theirs is kept aside byte for
/// byte in `conflicts/`, so the merge always completes and nothing is lost.
public enum MergeDriver {
    public struct Outcome: Sendable {
        /// Where the other version was kept aside (relative to the store), if it was.
        public var keptAside: String?
        /// What could not be read, if anything.
        public var problem: StoreProblem?
    }

    /// Merges `base`, `ours` and `theirs` (git's temporary files) for the store file `path`,
    /// writing the result over `ours`. `root` is the store (git runs drivers at its top).
    public static func run(base: String, ours: String, theirs: String, path: String, root: String) -> Outcome {
        let read = { (p: String) -> [UInt8]? in try? DurableFile.contents(of: p) }
        guard let o = read(ours), let t = read(theirs) else {
            return Outcome(keptAside: nil, problem: StoreProblem(file: path, kind: .unreadable("merge")))
        }
        let b = read(base).flatMap { $0.isEmpty ? nil : $0 }
        switch StoreMerge.merge(path: path, base: b, ours: o, theirs: t) {
        case .merged(let data):
            do {
                try data.write(to: URL(fileURLWithPath: ours))
                return Outcome()
            } catch {
                return Outcome(keptAside: keepAside(Data(t), of: path, in: root), problem: nil)
            }
        case .unreadable(let problem):
            return Outcome(keptAside: keepAside(Data(t), of: path, in: root), problem: problem)
        }
    }

    /// Writes the other computer's version of `path` into `conflicts/` (a new file, 0600) and
    /// returns its path relative to the store.
    public static func keepAside(_ bytes: Data, of path: String, in root: String, now: Date = Date()) -> String? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        let flat = path.replacingOccurrences(of: "/", with: "--")
        let folder = "\(root)/\(ShareFiles.conflictsFolder)"
        try? DurableFile.makeFolder(folder)
        var n = 1
        while true {
            let name = "\(flat).other-\(f.string(from: now))\(n > 1 ? "-\(n)" : "")"
            let relative = "\(ShareFiles.conflictsFolder)/\(name)"
            if !FileManager.default.fileExists(atPath: "\(root)/\(relative)") {
                do {
                    try DurableFile.create("\(root)/\(relative)", with: bytes)
                    return relative
                } catch {
                    return nil
                }
            }
            n += 1
        }
    }
}
