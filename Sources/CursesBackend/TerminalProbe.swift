import CNcursesw

/// Asks terminfo about a terminal type before any screen is started, so that an unknown `TERM`
/// gives a helpful message instead of ncurses ending the process.
public enum TerminalProbe {
    /// What terminfo knows of a terminal type.
    public enum Answer: Equatable, Sendable {
        case known
        case unknown
        case noTerminfo
        /// Known, but it cannot move the cursor (`dumb`): no full screen can be drawn.
        case cannotDraw
    }

    public static func check(term: String) -> Answer {
        switch tillit_probe_term(term) {
        case 1: return .known
        case 0: return .unknown
        case 2: return .cannotDraw
        default: return .noTerminfo
        }
    }
}
