/// What went wrong sharing a store, in the user's words (and what to do about it).
extension ErrorText {
    public func share(_ e: ShareError) -> String {
        switch e {
        case .noGit: return t(.shareNoGit)
        case .notShared: return t(.shareNotShared)
        case .alreadyShared(let remote): return t(.shareAlreadyShared, ["remote": remote])
        case .remoteNotEmpty(let remote): return t(.shareRemoteNotEmpty, ["remote": remote])
        case .unreachable(let message):
            return t(.shareUnreachable, ["message": ControlCharacters.clean(message, multiline: false)])
        case .pushRefused(let message):
            return t(.sharePushRefused, ["message": ControlCharacters.clean(message, multiline: false)])
        case .noAuthor: return t(.shareNoAuthor)
        case .repositoryBusy(let what): return t(.shareBusy, ["what": what])
        case .folderNotEmpty(let path): return t(.shareFolderNotEmpty, ["path": path])
        case .notAStore(let remote): return t(.shareNotAStore, ["remote": remote])
        case .git(let step, let message):
            return t(.shareGitFailed, ["step": step, "message": ControlCharacters.clean(message, multiline: false)])
        }
    }
}
