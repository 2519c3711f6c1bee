/// What a sync did: what went out, what came in, what was kept aside, and what stopped it.
public struct SyncReport: Codable, Equatable, Sendable {
    /// The files of local changes committed by this sync.
    public var committed: [String] = []
    /// The files sent to the remote (this sync's commit and any earlier one not yet sent).
    public var sent: [String] = []
    /// The files the other computers' changes brought in.
    public var received: [String] = []
    /// The dialogues among them (by id), to read again where they are open.
    public var receivedDialogues: [String] = []
    /// Files that could not be merged: ours stays, theirs is kept aside here (relative paths).
    public var keptAside: [String] = []
    /// What an interrupted sync had left and this one put right (an unfinished merge, a lock).
    public var recovered: [String] = []
    /// Whether everything was sent (false when the remote could not be reached or refused).
    public var shared = false
    /// What stopped the sync, if something did (local work is committed and kept either way).
    public var problem: ShareError?

    public init() {}
}

/// Where sharing stands, without changing anything.
public struct ShareStatus: Codable, Equatable, Sendable {
    /// The remote's address.
    public var remote: String
    /// Changed files not yet shared: not committed, or committed and not sent.
    public var notShared: [String]
    /// Whether the remote has changes this store has not (nil: it could not be asked).
    public var remoteHasNews: Bool?
    /// Why the remote could not be asked.
    public var problem: ShareError?

    public init(remote: String, notShared: [String], remoteHasNews: Bool?, problem: ShareError? = nil) {
        self.remote = remote
        self.notShared = notShared
        self.remoteHasNews = remoteHasNews
        self.problem = problem
    }
}
