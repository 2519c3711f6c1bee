/// What went wrong setting up or syncing a shared store, for the words of the caller.
public enum ShareError: Error, Equatable, Sendable, Codable {
    /// There is no `git` program to run.
    case noGit
    /// The store is not shared (no repository, or no remote).
    case notShared
    /// The store is already shared.
    case alreadyShared(remote: String)
    /// The remote already holds a store: clone it instead.
    case remoteNotEmpty(String)
    /// The remote could not be reached (offline, wrong address, refused access).
    case unreachable(String)
    /// The remote refused what was sent.
    case pushRefused(String)
    /// Git does not know who the author is.
    case noAuthor
    /// The repository is in a state we do not touch (a rebase, a detached head).
    case repositoryBusy(String)
    /// A folder to clone into is not empty.
    case folderNotEmpty(String)
    /// What was cloned is not a Tillit store.
    case notAStore(String)
    /// A git step failed.
    case git(step: String, message: String)
}
