import TUIKit
import TillitDomain

/// One line of a key table: the keys, the command they give, the help text, whether the status
/// line shows it as a hint, and when it is available. The dispatcher and the hints both ask
/// `isEnabled`, so a key that does nothing now is not offered either.
public struct KeyBinding: Sendable {
    public var keys: [KeyEvent]
    public var command: Command
    public var help: M
    /// The short word the status line shows for it, when it is a hint there.
    public var hint: M?
    private var enabled: (@Sendable (AppState) -> Bool)?

    public init(
        _ keys: [KeyEvent], _ command: Command, _ help: M, hint: M? = nil,
        when enabled: (@Sendable (AppState) -> Bool)? = nil
    ) {
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
        self.enabled = enabled
    }

    public func isEnabled(_ state: AppState) -> Bool { enabled?(state) ?? true }

    /// The keys as the help shows them: `↑/k`.
    public var keyText: String { keys.map(\.description).joined(separator: "/") }
}
