/// Memory freed after a burst of work (reading the history and the word lists on every core
/// leaves many freed blocks behind) goes back to the system, so that the screen at rest holds
/// what it uses and no more.
enum FreedMemory {
    static func giveBack() { _ = mallocTrim(0) }
}

/// glibc's `malloc_trim` (its header is not part of the Glibc module).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
