import TUIKit

/// Keys written as a person would type them, in helix's macro notation: `"jj<Enter>"`,
/// `"<C-w>"` (Ctrl-W), `"<A-Enter>"` (Alt-Enter), `"<C-Left>"`, `"<S-Tab>"`, `"<Esc>"`,
/// `"<lt>"` for a `<`. Tests say `d.keys("jjjj<Enter>")` instead of a list of key values.
public enum KeyMacro {
    public static func parse(_ macro: String) -> [KeyEvent] {
        var out: [KeyEvent] = []
        var rest = Substring(macro)
        while let c = rest.first {
            if c == "<", let end = rest.firstIndex(of: ">"), end > rest.index(after: rest.startIndex) {
                out.append(named(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else {
                out.append(KeyEvent(.char(c)))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    static let keys: [String: Key] = [
        "enter": .enter, "ret": .enter, "cr": .enter, "tab": .tab, "esc": .escape, "bs": .backspace,
        "backspace": .backspace, "del": .delete, "delete": .delete, "up": .up, "down": .down, "left": .left,
        "right": .right, "home": .home, "end": .end, "pageup": .pageUp, "pgup": .pageUp, "pagedown": .pageDown,
        "pgdn": .pageDown, "space": .char(" "), "lt": .char("<"), "gt": .char(">"), "ins": .insert,
    ]

    static func named(_ name: String) -> KeyEvent {
        var parts = name.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var base = parts.removeLast()
        if base.isEmpty, !parts.isEmpty {
            base = "-"
            parts.removeLast()
        }  // <C--> is Ctrl and "-"
        let mods = Set(parts.map { $0.uppercased() })
        var key: Key
        if let k = keys[base.lowercased()] {
            key = k
        } else if base.count == 1 {
            key = .char(Character(base))
        } else if base.lowercased().hasPrefix("f"), let n = Int(base.dropFirst()) {
            key = .function(n)
        } else {
            preconditionFailure("unknown key <\(name)> in a key macro")
        }
        if mods.contains("S"), key == .tab { return KeyEvent(.backTab, alt: mods.contains("A")) }
        // Ctrl with a letter is its own key (as terminals send it); Ctrl with an arrow is a modifier.
        if mods.contains("C"), case .char(let c) = key {
            return KeyEvent(.ctrl(Character(c.lowercased())), alt: mods.contains("A"))
        }
        return KeyEvent(key, alt: mods.contains("A"), ctrl: mods.contains("C"))
    }
}
