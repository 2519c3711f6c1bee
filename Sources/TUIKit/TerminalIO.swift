/// A terminal as the run loop sees it. The real one is ncurses (CursesBackend); tests use a fake.
public protocol TerminalIO: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Waits for input, a resize or a signal (at most `timeoutMilliseconds`, nil for ever) and
    /// returns everything already waiting; empty after a timeout.
    func read(timeoutMilliseconds: Int?) -> [RawInput]
    /// Shows a frame, writing only what changed since the last one.
    func present(_ screen: Screen, cursor: (x: Int, y: Int)?)
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); on `fg` it takes the
    /// terminal again and the next frame is drawn whole.
    func suspend()
}
