/// Why a store operation did not happen. Nothing was changed when one of these is thrown.
public enum StoreError: Error, Hashable, Sendable {
    /// No store at the path (no manifest.json).
    case noStore(String)
    /// A store already exists where one was to be created.
    case alreadyExists(String)
    /// A store is to be created in a folder that already holds other files (or in something
    /// that is not a folder): nothing there is touched.
    case notEmptyFolder(String, SpecialFile)
    /// Another process holds the write lock.
    case inUse(LockHolder)
    /// The store may only be read (newer format, unreadable manifest).
    case readOnly(ReadOnlyReason)
    /// The file could not be read, so it is never overwritten.
    case protected(StoreProblem)
    /// A system call failed.
    case file(FileError)
    /// No dialogue with that id or prefix.
    case dialogueNotFound(String)
    /// A prefix that fits several dialogues.
    case ambiguousDialogue(String, [String])
    /// The rules refused the change.
    case refused(Refusal)
    /// No merge conflict has that id (or start of one).
    case conflictNotFound(String)
    /// The other computer's value cannot be taken over there: change it by hand.
    case cannotTakeOther(String)
}

/// Why a store opened read-only.
public enum ReadOnlyReason: Hashable, Sendable {
    case newerVersion(file: String, found: Int, supported: Int)
    case unreadableManifest(StoreProblem)
    case openedForReading
    /// The store could not be opened for writing (a read-only disk, no permission, a `lock` that
    /// is a link or a folder); it can still be read.
    case cannotWrite(FileError)
    /// One of the store's folders is a link or not a folder: nothing is written into it.
    case unsafeFolder(StoreProblem)
    /// Another Tillit holds the write lock (the screen opens read-only then).
    case inUse(LockHolder)
    /// One file may not be written (a dialogue whose journal comes from a newer Tillit).
    case protectedFile(StoreProblem)
}

/// Who holds a store's write lock (a process id and its command line, when known).
public struct LockHolder: Hashable, Sendable {
    public var pid: Int32?
    public var command: String?

    public init(pid: Int32? = nil, command: String? = nil) {
        self.pid = pid
        self.command = command
    }
}
