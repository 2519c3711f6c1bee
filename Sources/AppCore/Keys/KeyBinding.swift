import TillitDomain
import TUIKit

/// One line of a key table: the keys, what they do, the help text, and whether the status line
/// shows it as a hint.
public struct KeyBinding: Sendable {
    public var keys: [KeyEvent]
    public var command: Command?
    public var help: M
    /// The short word the status line shows for it, when it is a hint there.
    public var hint: M?

    public init(_ keys: [KeyEvent], _ command: Command?, _ help: M, hint: M? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
    }

    /// The keys as the help shows them: `↑/k`.
    public var keyText: String { keys.map(\.description).joined(separator: "/") }
}
