import Foundation
import TillitDomain
import TillitStore

/// `tillit doctor` for a shared store: the git repository's state. It only reads.
public enum ShareDoctor {
    public static func check(_ root: String, environment: [String: String]) -> [StoreProblem] {
        guard FileManager.default.fileExists(atPath: "\(root)/.git"), Git.available(environment: environment) else {
            return []
        }
        let git = Git(folder: root, environment: environment)
        var problems: [StoreProblem] = []
        for path in Set(git.lines(["diff", "--name-only", "--diff-filter=U"])).sorted() {
            problems.append(StoreProblem(file: path, kind: .git(.unmerged)))
        }
        for busy in ["MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD", "REVERT_HEAD"]
        where FileManager.default.fileExists(atPath: "\(root)/.git/\(busy)") {
            problems.append(StoreProblem(file: ".git", kind: .git(.busy(busy))))
        }
        if !git.run(["symbolic-ref", "-q", "HEAD"]).ok {
            problems.append(StoreProblem(file: ".git", kind: .git(.detachedHead)))
        }
        let local = [
            StoreLayout.indexFolder, StoreLayout.searchFolder, StoreLayout.journalFolder, StoreLayout.lockFile,
        ]
        for path in git.lines(["ls-files", "--"] + local) {
            problems.append(StoreProblem(file: path, kind: .git(.tracksLocalFile)))
        }
        // What the next sync would share that is not the store's.
        for path in git.lines(["ls-files", "--others", "--exclude-standard"]) where !isStoreFile(path) {
            problems.append(StoreProblem(file: path, kind: .git(.strayFile)))
        }
        if git.config("merge.tillit.driver") == nil {
            problems.append(StoreProblem(file: ".git/config", kind: .git(.noMergeDriver)))
        }
        return problems
    }

    /// Whether a path is one of the store's own files (shared by a sync).
    static func isStoreFile(_ path: String) -> Bool {
        let top = [
            StoreLayout.manifestFile, StoreLayout.schoolsFile, StoreLayout.wheelFile, StoreLayout.promptsFile,
            StoreLayout.agendasFile, ShareFiles.ignoreFile, ShareFiles.attributesFile,
        ]
        if top.contains(path) { return true }
        if path.hasPrefix(StoreLayout.conflictsFolder + "/") { return true }
        let parts = path.split(separator: "/")
        return parts.count == 2 && parts[0] == Substring(StoreLayout.dialoguesFolder) && path.hasSuffix(".json")
    }
}
