import Foundation
import TillitDomain
import TillitStore

/// `tillit sync`: commits local changes, fetches, merges (the store's files by meaning), pushes.
/// It works on the files only, never on an open `Store`, so that the screen can run it on
/// another thread while it holds its own writes back. The caller holds the store's lock and has
/// folded the journals. Local work is committed before anything goes over the network, so that
/// an unreachable remote or a kill at any moment leaves it committed and kept; an interrupted
/// merge is undone by the next sync (the commit before it holds everything).
public struct ShareSync: Sendable {
    public var git: Git
    /// The merge driver (this program).
    public var driver: String
    public var words: ChangeWords
    /// Pushing again after the remote moved on meanwhile (someone else synced).
    public var attempts = 3
    /// Who commits when git's settings do not say (Tillit's own `name` and `email`).
    public var fallbackAuthor: (name: String, email: String)?

    public init(root: String, driver: String, t: Localizer, environment: [String: String]) {
        git = Git(folder: root, environment: environment)
        self.driver = driver
        words = ChangeWords(root: root, t: t)
    }

    var root: String { git.folder }
    var gitDir: String { "\(root)/.git" }

    /// Whether the store folder is a shared repository (has a remote).
    public static func isShared(_ root: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(root)/.git") && Git(folder: root).config("remote.origin.url") != nil
    }

    public func run() -> SyncReport {
        var report = SyncReport()
        do {
            try prepare(&report)
            report.committed = try commitLocal()
            var tries = 0
            while true {
                tries += 1
                try fetch()
                try mergeIncoming(&report)
                if try push(&report) { break }
                // Refused because the remote moved on while we merged: again (a few times).
                if tries >= attempts { throw ShareError.pushRefused("") }
            }
        } catch let e as ShareError {
            report.problem = e
        } catch {
            report.problem = .git(step: "sync", message: "\(error)")
        }
        ShareFiles.makePrivate(root)
        return report
    }

    /// Sends what is committed. True when sent; false when refused because the remote moved on
    /// meanwhile (someone else synced, in whichever words the remote says it): then it has been
    /// fetched again, to merge and send again. Any other refusal is thrown.
    public func push(_ report: inout SyncReport) throws -> Bool {
        let outgoing = try pushing()
        let before = upstreamHead
        let push = git.run(["push", "--quiet", "--porcelain", ShareFiles.remote, "HEAD:refs/heads/\(branch)"])
        if push.ok {
            report.sent = Array(Set(report.sent + outgoing)).sorted()
            report.shared = true
            _ = git.run(["branch", "--quiet", "--set-upstream-to=\(ShareFiles.remote)/\(branch)"])
            return true
        }
        guard git.run(["fetch", "--quiet", "--no-tags", ShareFiles.remote]).ok, upstreamHead != before else {
            throw Self.networkError(push)
        }
        return false
    }

    /// How many changed files are not yet shared (committed or not), without the network.
    public func notSharedCount() -> Int {
        var files = Set(
            git.lines(["status", "--porcelain", "--untracked-files=all", "--no-renames"]).map {
                String($0.dropFirst(3))
            })
        if hasRemoteBranch {
            files.formUnion(git.lines(["diff", "--name-only", "\(ShareFiles.remote)/\(branch)", "HEAD"]))
        } else {
            files.formUnion(git.lines(["ls-files"]))
        }
        return files.count
    }

    /// What is not yet shared, and whether the remote has news (asked over the network, cheaply:
    /// only the remote's head is fetched, not its changes).
    public func status() -> ShareStatus {
        var status = ShareStatus(
            remote: git.config("remote.\(ShareFiles.remote).url") ?? "", notShared: [], remoteHasNews: nil)
        var files = Set(
            git.lines(["status", "--porcelain", "--untracked-files=all", "--no-renames"]).map {
                String($0.dropFirst(3))
            })
        if hasRemoteBranch {
            files.formUnion(git.lines(["diff", "--name-only", "\(ShareFiles.remote)/\(branch)", "HEAD"]))
        } else {
            files.formUnion(git.lines(["ls-files"]))
        }
        status.notShared = files.sorted()
        let remote = git.run(["ls-remote", "--heads", ShareFiles.remote, "refs/heads/\(branch)"])
        if remote.ok {
            let head = remote.stdout.split(separator: "\t").first.map(String.init)
            let known = git.run(["rev-parse", "--verify", "-q", "\(ShareFiles.remote)/\(branch)"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let local = git.run(["merge-base", "--is-ancestor", head ?? "-", "HEAD"]).ok
            status.remoteHasNews = head.map { $0 != known && !local } ?? false
        } else {
            status.problem = Self.networkError(remote)
        }
        return status
    }

    // MARK: Steps

    var branch: String {
        let name = git.run(["symbolic-ref", "--short", "-q", "HEAD"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        return name.isEmpty ? "main" : name
    }

    /// Where the remote's branch was when last fetched.
    var upstreamHead: String {
        git.run(["rev-parse", "--verify", "-q", "\(ShareFiles.remote)/\(branch)"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var hasRemoteBranch: Bool { git.run(["rev-parse", "--verify", "-q", "\(ShareFiles.remote)/\(branch)"]).ok }

    /// Puts right what an interrupted sync left, and checks the repository is one we may work in.
    public func prepare(_ report: inout SyncReport) throws {
        guard Git.available(environment: git.environment) else { throw ShareError.noGit }
        guard FileManager.default.fileExists(atPath: gitDir), git.config("remote.\(ShareFiles.remote).url") != nil
        else { throw ShareError.notShared }
        // We hold the store's lock: a git lock left behind is from a sync that was killed.
        for lock in ["index.lock", "HEAD.lock", "refs/heads/\(branch).lock"]
        where FileManager.default.fileExists(atPath: "\(gitDir)/\(lock)") {
            try? FileManager.default.removeItem(atPath: "\(gitDir)/\(lock)")
            report.recovered.append(".git/\(lock)")
        }
        if FileManager.default.fileExists(atPath: "\(gitDir)/MERGE_HEAD") {
            let abort = git.run(["merge", "--abort"])
            if !abort.ok { throw ShareError.git(step: "merge --abort", message: abort.message) }
            report.recovered.append(".git/MERGE_HEAD")
        }
        for busy in ["rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD", "REVERT_HEAD"]
        where FileManager.default.fileExists(atPath: "\(gitDir)/\(busy)") {
            throw ShareError.repositoryBusy(busy)
        }
        guard git.run(["symbolic-ref", "-q", "HEAD"]).ok else { throw ShareError.repositoryBusy("HEAD") }
        try ShareFiles.install(in: git, driver: driver)
    }

    /// Commits everything changed (what is never shared is ignored), with a message in words.
    public func commitLocal() throws -> [String] {
        let add = git.run(["add", "--all"])
        if !add.ok { throw ShareError.git(step: "add", message: add.message) }
        let changes = git.run(["diff", "--cached", "--name-status", "--no-renames", "-z"]).stdout
            .split(separator: "\0", omittingEmptySubsequences: true).map(String.init)
        var list: [ChangeWords.Change] = []
        var i = 0
        while i + 1 < changes.count {
            list.append(.init(status: changes[i].first ?? "M", path: changes[i + 1]))
            i += 2
        }
        guard !list.isEmpty else { return [] }
        let commit = git.run(
            try identity() + ["commit", "--quiet", "--no-verify", "-F", "-"], input: Data(words.message(list).utf8))
        if !commit.ok { throw ShareError.git(step: "commit", message: commit.message) }
        return list.map(\.path)
    }

    /// Git's settings say who commits, else Tillit's; never a name git would guess.
    func identity() throws -> [String] {
        let name = git.config("user.name") ?? fallbackAuthor?.name
        let email = git.config("user.email") ?? fallbackAuthor?.email
        guard let name, let email else { throw ShareError.noAuthor }
        return ["-c", "user.name=\(name)", "-c", "user.email=\(email)"]
    }

    public func fetch() throws {
        let out = git.run(["fetch", "--quiet", "--no-tags", ShareFiles.remote])
        if !out.ok { throw Self.networkError(out) }
    }

    /// Brings the remote's changes in: a fast-forward when there is nothing local, else a merge
    /// whose conflicts our driver settles; a file it could not read keeps ours, with theirs kept aside.
    /// Returns whether this merge changed any file (a second merge after a refused push may change
    /// a file the first one brought in already).
    @discardableResult
    public func mergeIncoming(_ report: inout SyncReport) throws -> Bool {
        guard hasRemoteBranch else { return false }
        let upstream = "\(ShareFiles.remote)/\(branch)"
        if git.run(["merge-base", "--is-ancestor", upstream, "HEAD"]).ok { return false }
        let before = git.run(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let unborn = !git.run(["rev-parse", "--verify", "-q", "HEAD"]).ok
        if unborn || git.run(["merge-base", "--is-ancestor", "HEAD", upstream]).ok {
            let ff = git.run(["merge", "--quiet", "--ff-only", upstream])
            if !ff.ok { throw ShareError.git(step: "merge --ff-only", message: ff.message) }
        } else {
            let who = try identity()
            let merge = git.run(["merge", "--quiet", "--no-ff", "--no-commit", "--no-edit", upstream])
            if !merge.ok {
                do {
                    report.keptAside += try settleUnmerged()
                } catch {
                    _ = git.run(["merge", "--abort"])
                    throw error
                }
            }
            let message = words.t(.commitMerge, ["remote": ShareFiles.remote])
            let commit = git.run(who + ["commit", "--quiet", "--no-verify", "-m", message])
            if !commit.ok {
                _ = git.run(["merge", "--abort"])
                throw ShareError.git(step: "commit", message: commit.message)
            }
        }
        let changed = git.lines(["diff", "--name-only", "--no-renames", before.isEmpty ? emptyTree : before, "HEAD"])
        report.received = Array(Set(report.received + changed)).sorted()
        report.receivedDialogues = report.received.compactMap { path in
            let prefix = StoreLayout.dialoguesFolder + "/"
            guard path.hasPrefix(prefix), path.hasSuffix(".json") else { return nil }
            return String(path.dropFirst(prefix.count).dropLast(5))
        }
        return !changed.isEmpty
    }

    /// Git's empty tree, to compare with when there was no commit before.
    let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    /// Files git could not merge (our driver kept ours when theirs could not be read; a file one
    /// side deleted and the other changed): the changed side stays, nothing is lost; the other
    /// version of a file both have is kept aside byte for byte in `conflicts/`.
    func settleUnmerged() throws -> [String] {
        let unmerged = git.run(["diff", "--name-only", "--diff-filter=U", "-z"]).stdout
            .split(separator: "\0").map(String.init)
        var kept: [String] = []
        for path in unmerged {
            let stages = git.lines(["ls-files", "-u", "--", path]).compactMap { line -> Int? in
                line.split(separator: "\t").first?.split(separator: " ").last.flatMap { Int($0) }
            }
            let ours = stages.contains(2)
            let theirs = stages.contains(3)
            if ours && theirs {
                let aside = MergeDriver.keepAside(git.run(["show", ":3:\(path)"]).data, of: path, in: root)
                if let aside { kept.append(aside) }
                _ = git.run(["checkout", "--ours", "--", path])
                _ = git.run(["add", "--", path] + (aside.map { [$0] } ?? []))
            } else if theirs {
                _ = git.run(["checkout", "--theirs", "--", path])
                _ = git.run(["add", "--", path])
            } else {
                _ = git.run(["add", "--", path])
            }
        }
        let left = git.lines(["diff", "--name-only", "--diff-filter=U"])
        if !left.isEmpty { throw ShareError.git(step: "merge", message: left.joined(separator: ", ")) }
        return kept
    }

    /// The files the push will send.
    public func pushing() throws -> [String] {
        hasRemoteBranch
            ? git.lines(["diff", "--name-only", "--no-renames", "\(ShareFiles.remote)/\(branch)", "HEAD"])
            : git.lines(["ls-files"])
    }

    static func networkError(_ out: Git.Output) -> ShareError {
        let m = out.message
        if m.contains("rejected") || m.contains("denied") || m.contains("pre-receive") || m.contains("protected") {
            return .pushRefused(m)
        }
        return .unreachable(m.isEmpty ? "git \(out.status)" : m)
    }
}
