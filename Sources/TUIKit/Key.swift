/// A key as the program sees it, after decoding.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl with a letter, e.g. `.ctrl("w")`.
    case ctrl(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown, insert
    case function(Int)
}

/// A key with the Alt modifier, if it was held (Alt-x arrives as Esc then x).
public struct KeyEvent: Hashable, Sendable, CustomStringConvertible {
    public var key: Key
    public var alt: Bool
    public var ctrl: Bool

    public init(_ key: Key, alt: Bool = false, ctrl: Bool = false) {
        self.key = key
        self.alt = alt
        self.ctrl = ctrl
    }

    public static func char(_ c: Character) -> KeyEvent { KeyEvent(.char(c)) }

    /// How the key is written in help texts: `q`, `Enter`, `Ctrl-W`, `Alt-Enter`, `PgDn`.
    public var description: String {
        var name: String
        switch key {
        case .char(" "): name = "Space"
        case .char(let c): name = String(c)
        case .ctrl(let c): name = "Ctrl-" + c.uppercased()
        case .enter: name = "Enter"
        case .tab: name = "Tab"
        case .backTab: name = "Shift-Tab"
        case .backspace: name = "Backspace"
        case .delete: name = "Delete"
        case .escape: name = "Esc"
        case .up: name = "↑"
        case .down: name = "↓"
        case .left: name = "←"
        case .right: name = "→"
        case .home: name = "Home"
        case .end: name = "End"
        case .pageUp: name = "PgUp"
        case .pageDown: name = "PgDn"
        case .insert: name = "Insert"
        case .function(let n): name = "F\(n)"
        }
        if ctrl { name = "Ctrl-" + name }
        if alt { name = "Alt-" + name }
        return name
    }
}

/// What the terminal delivers after decoding.
public enum InputEvent: Hashable, Sendable {
    case key(KeyEvent)
    /// A bracketed paste: its text arrives whole, line breaks included, and is never a command.
    case paste(String)
    case resize
    /// The terminal is gone (hang-up or end of input).
    case hangup
}

/// What the backend reads before decoding: characters, keys it decoded itself, paste markers.
public enum RawInput: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case key(KeyEvent)
    case pasteStart
    case pasteEnd
    case resize
    case hangup
}
