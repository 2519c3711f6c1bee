import Foundation
import TillitDomain
import TillitStore

/// The files and settings that make a store folder a shared git repository: what is never
/// shared (what each computer makes for itself), and the merge driver that merges the store's
/// JSON by meaning, so that a plain `git pull` merges the same way as `tillit sync`.
public enum ShareFiles {
    public static let ignoreFile = ".gitignore"
    public static let attributesFile = ".gitattributes"
    /// Where a file that could not be merged keeps the other computer's version, byte for byte.
    public static let conflictsFolder = StoreLayout.conflictsFolder
    public static let remote = "origin"

    public static let ignore = """
        # Tillit: what each computer makes for itself is never shared: the index and the search's
        # word lists (caches), the journals of dialogues being written, the lock, interrupted writes.
        /\(StoreLayout.indexFolder)/
        /\(StoreLayout.searchFolder)/
        /\(StoreLayout.journalFolder)/
        /\(StoreLayout.lockFile)
        /\(StoreLayout.legacyIndexFile)
        .*\(DurableFile.temporaryMarker)*

        """

    public static let attributes = """
        # Tillit merges its JSON files by meaning (notes, actions, schools by id), not line by line.
        *.json merge=tillit
        *.json -text

        """

    /// Writes `.gitignore` and `.gitattributes` (when they differ) and points the repository's
    /// merge driver at this program. Returns whether a file was written.
    @discardableResult
    public static func install(in git: Git, driver: String) throws -> Bool {
        var wrote = false
        for (name, text) in [(ignoreFile, ignore), (attributesFile, attributes)] {
            let path = "\(git.folder)/\(name)"
            if FileManager.default.contents(atPath: path) != Data(text.utf8) {
                try DurableFile.replace(path, with: Data(text.utf8))
                wrote = true
            }
        }
        let settings = [
            ("merge.tillit.name", "Tillit: JSON merged by meaning"),
            ("merge.tillit.driver", "\(quoted(driver)) share merge-file %O %A %B %P"),
            // Files git writes in .git are private as the store's are.
            ("core.sharedRepository", "0600"),
            // A plain `git pull` merges (with the driver) rather than rebases.
            ("pull.rebase", "false"),
        ]
        for (key, value) in settings where git.config(key) != value {
            let out = git.run(["config", key, value])
            if !out.ok { throw ShareError.git(step: "config", message: out.message) }
        }
        return wrote
    }

    /// A path for the shell git runs the driver with.
    static func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// This program, as the merge driver to run.
    public static func currentProgram() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "tillit"
    }

    /// Makes every file of the working tree private (0600, folders 0700) whatever git and the
    /// umask made them.
    public static func makePrivate(_ root: String) {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root) else { return }
        chmod(root, 0o700)
        while let relative = walker.nextObject() as? String {
            if relative == ".git" {
                walker.skipDescendants()
                continue
            }
            var st = stat()
            let path = "\(root)/\(relative)"
            guard lstat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR: if st.st_mode & 0o777 != 0o700 { chmod(path, 0o700) }
            case S_IFREG: if st.st_mode & 0o777 != 0o600 { chmod(path, 0o600) }
            default: break
            }
        }
    }
}
