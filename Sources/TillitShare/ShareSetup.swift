import Foundation
import TillitDomain
import TillitStore

/// Making a store shared (`tillit share init REMOTE`) and a facilitator's own store from a shared
/// one (`tillit share clone REMOTE`). The remote is any git remote: a bare repository on a shared
/// drive, `ssh://…`, `https://…` (the municipality's GitLab or Gitea).
public struct ShareSetup {
    public var environment: [String: String]
    public var driver: String
    public var t: Localizer

    public init(environment: [String: String], driver: String, t: Localizer) {
        self.environment = environment
        self.driver = driver
        self.t = t
    }

    /// Who commits: stored in the repository's own settings when given.
    public struct Author: Sendable {
        public var name: String?
        public var email: String?

        public init(name: String?, email: String?) {
            self.name = name
            self.email = email
        }
    }

    /// Makes the store at `root` (whose lock the caller holds) a repository shared with `remote`:
    /// ignore and attribute files, the merge driver, a first commit, and the push. A remote that
    /// already holds something is refused (clone it instead); one that cannot be reached leaves
    /// the store shared locally, and the first sync sends it.
    public func initialise(root: String, remote: String, author: Author) -> SyncReport {
        var report = SyncReport()
        let git = Git(folder: root, environment: environment)
        guard Git.available(environment: environment) else {
            report.problem = .noGit
            return report
        }
        if let existing = git.config("remote.\(ShareFiles.remote).url"),
            FileManager.default.fileExists(atPath: "\(root)/.git")
        {
            report.problem = .alreadyShared(remote: existing)
            return report
        }
        let heads = git.run(["ls-remote", "--heads", remote])
        if heads.ok, !heads.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report.problem = .remoteNotEmpty(remote)
            return report
        }
        let steps: [[String]] = [
            ["init", "--quiet", "--initial-branch=main"],
            ["remote", "add", ShareFiles.remote, remote],
        ]
        for step in steps where !(step[0] == "init" && FileManager.default.fileExists(atPath: "\(root)/.git")) {
            let out = git.run(step)
            if !out.ok {
                report.problem = .git(step: step[0], message: out.message)
                return report
            }
        }
        setAuthor(author, in: git)
        do {
            try ShareFiles.install(in: git, driver: driver)
        } catch let e as ShareError {
            report.problem = e
            return report
        } catch {
            report.problem = .git(step: "install", message: "\(error)")
        }
        var sync = ShareSync(root: root, driver: driver, t: t, environment: environment)
        sync.git = git
        let first = sync.run()
        report = first
        // Unreachable: the store is shared locally; the first sync sends it.
        return report
    }

    /// Clones `remote` into `folder` (new or empty) and makes it this computer's store: the merge
    /// driver, private files, and the author. The caller then builds the index.
    public func clone(remote: String, into folder: String, author: Author) -> ShareError? {
        guard Git.available(environment: environment) else { return .noGit }
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) {
            let names = (try? fm.contentsOfDirectory(atPath: folder)) ?? ["?"]
            if !names.isEmpty { return .folderNotEmpty(folder) }
        } else {
            do {
                try DurableFile.makeFolder(folder)
            } catch {
                return .git(step: "mkdir", message: "\(error)")
            }
        }
        chmod(folder, 0o700)
        var outside = Git(folder: folder, environment: environment)
        outside.timeout = 600
        let out = outside.run(["clone", "--quiet", "--config", "core.sharedRepository=0600", remote, "."])
        if !out.ok {
            try? fm.removeItem(atPath: "\(folder)/.git")
            return ShareSync.networkError(out)
        }
        let git = Git(folder: folder, environment: environment)
        // A remote whose HEAD names a branch it does not have (a bare repository made with
        // another default branch): check out its main branch, or its only one.
        if !git.run(["rev-parse", "--verify", "-q", "HEAD"]).ok {
            let branches = git.lines(["branch", "-r", "--format=%(refname:lstrip=3)"]).filter { $0 != "HEAD" }
            if let branch = branches.first(where: { $0 == "main" }) ?? branches.first {
                let out = git.run(["checkout", "--quiet", "-B", branch, "\(ShareFiles.remote)/\(branch)"])
                if !out.ok { return .git(step: "checkout", message: out.message) }
            }
        }
        guard fm.fileExists(atPath: "\(folder)/\(StoreLayout.manifestFile)") else {
            return .notAStore(remote)
        }
        setAuthor(author, in: git)
        do {
            try ShareFiles.install(in: git, driver: driver)
        } catch let e as ShareError {
            return e
        } catch {
            return .git(step: "install", message: "\(error)")
        }
        ShareFiles.makePrivate(folder)
        return nil
    }

    func setAuthor(_ author: Author, in git: Git) {
        if let name = author.name, !name.isEmpty { git.run(["config", "user.name", name]) }
        if let email = author.email, !email.isEmpty { git.run(["config", "user.email", email]) }
    }
}
