/// Memory freed after a burst of work (reading the history and the word lists on every core
/// leaves many freed blocks behind) goes back to the system, so that the screen at rest holds
/// what it uses and no more.
public enum FreedMemory {
    static func giveBack() { _ = mallocTrim(0) }

    /// Blocks of 256 KB and more (files read, lists made while the history is read, a report's
    /// text) are mapped on their own, so that each goes back to the system when it is freed
    /// instead of leaving a hole among what stays: glibc's own threshold rises to the largest
    /// block freed (up to 32 MB), and the screen on a large store then held a fifth more than it
    /// used, a report a sixth. For the whole program, from its start.
    public static func mapLargeBlocks() { _ = mallocOption(mmapThreshold, 256 << 10) }

    /// Keeps a few megabytes of freed memory for the next frame instead of giving it back after
    /// each one (the frame's cells, given back and taken again, cost a page fault per page on
    /// every key). Bursts of work still give theirs back (`giveBack`).
    static func keepForFrames() { _ = mallocOption(trimThreshold, 8 << 20) }

    /// `M_TRIM_THRESHOLD` and `M_MMAP_THRESHOLD` of glibc's malloc.h.
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3
}

/// glibc's `malloc_trim` (its header is not part of the Glibc module).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// glibc's `mallopt`.
@_silgen_name("mallopt")
private func mallocOption(_ parameter: Int32, _ value: Int32) -> Int32
