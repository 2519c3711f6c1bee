import Foundation

/// Turns raw input into key events: control characters, Esc-prefixed Alt keys, escape sequences
/// the terminal library left undecoded, and bracketed pastes (kept whole across batches).
public struct KeyDecoder: Sendable {
    private var pasting = false
    private var pasted: [Unicode.Scalar] = []

    public init() {}

    public mutating func decode(_ batch: [RawInput]) -> [InputEvent] {
        var out: [InputEvent] = []
        var i = 0
        // What arrives in the same read after a paste has ended was pasted too (no one types
        // that fast): a pasted text that holds an end marker of its own must not go on as keys.
        var afterPaste = false
        func endPaste() {
            pasting = false
            out.append(.paste(Self.pasteText(pasted)))
            pasted = []
            afterPaste = true
        }
        while i < batch.count {
            let input = batch[i]
            i += 1
            if afterPaste, case .scalar(let s) = input {
                var text = [s]
                while i < batch.count, case .scalar(let next) = batch[i],
                    !Self.starts(batch, at: i, with: "\u{1B}[200~")
                {
                    text.append(next)
                    i += 1
                }
                out.append(.paste(Self.pasteText(text.filter { $0 != "\u{1B}" })))
                continue
            }
            if pasting {
                switch input {
                case .pasteEnd:
                    endPaste()
                case .scalar(let s):
                    pasted.append(s)
                    // The end marker of a bracketed paste read from the terminal as it is.
                    if pasted.count >= 6, pasted.suffix(6).elementsEqual("\u{1B}[201~".unicodeScalars) {
                        pasted.removeLast(6)
                        endPaste()
                    }
                case .key(let k) where k.key == .enter: pasted.append("\n")
                case .key(let k) where k.key == .tab: pasted.append("\t")
                case .hangup: out.append(.hangup)
                default: break
                }
                continue
            }
            switch input {
            case .pasteStart:
                pasting = true
                pasted = []
            case .pasteEnd: break
            case .resize: out.append(.resize)
            case .hangup: out.append(.hangup)
            case .key(let k): out.append(.key(k))
            case .scalar(let s):
                if s.value == 0x1B {
                    // Esc: an Alt key, an escape sequence, or Esc alone.
                    if i < batch.count, case .scalar(let next) = batch[i] {
                        if Self.starts(batch, at: i, with: "[200~") {
                            // A bracketed paste begins (read from the terminal as it is).
                            pasting = true
                            pasted = []
                            i += 5
                            continue
                        }
                        if next == "[" || next == "O",
                            let (event, used) = Self.sequence(batch, from: i + 1, intro: next)
                        {
                            // A complete sequence this program has no use for is dropped, never typed.
                            if let event { out.append(.key(event)) }
                            i += used + 1
                            continue
                        }
                        if next.value != 0x1B {
                            i += 1
                            if var e = Self.single(next) {
                                e.alt = true
                                out.append(.key(e))
                            }
                            continue
                        }
                    }
                    if i < batch.count, case .key(var k) = batch[i] {
                        i += 1
                        k.alt = true
                        out.append(.key(k))
                        continue
                    }
                    out.append(.key(KeyEvent(.escape)))
                } else if let e = Self.single(s) {
                    out.append(.key(e))
                }
            }
        }
        return out
    }

    /// Whether a paste is still arriving (its end marker not yet seen).
    public var isPasting: Bool { pasting }

    static func pasteText(_ scalars: [Unicode.Scalar]) -> String {
        var text = String(String.UnicodeScalarView(scalars))
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return text.precomposedStringWithCanonicalMapping
    }

    static func starts(_ batch: [RawInput], at start: Int, with text: String) -> Bool {
        var i = start
        for expected in text.unicodeScalars {
            guard i < batch.count, case .scalar(let s) = batch[i], s == expected else { return false }
            i += 1
        }
        return true
    }

    static func single(_ s: Unicode.Scalar) -> KeyEvent? {
        switch s.value {
        case 0x0D, 0x0A: return KeyEvent(.enter)
        case 0x09: return KeyEvent(.tab)
        case 0x7F, 0x08: return KeyEvent(.backspace)
        case 0x1B: return KeyEvent(.escape)
        case 0x01...0x1A: return KeyEvent(.ctrl(Character(Unicode.Scalar(s.value + 0x60)!)))
        case 0x00..<0x20, 0x80...0x9F: return nil  // other controls are never text
        default: return KeyEvent(.char(Character(s)))
        }
    }

    /// Decodes `ESC [ params final` or `ESC O final`; returns the event (nil for a complete
    /// sequence of no use here) and how many inputs after the introducer (`[` or `O`) it used, or
    /// nil when the sequence is not complete.
    static func sequence(_ batch: [RawInput], from start: Int, intro: Unicode.Scalar) -> (KeyEvent?, Int)? {
        var params = ""
        var i = start
        while i < batch.count, case .scalar(let s) = batch[i] {
            i += 1
            if (0x30...0x3F).contains(s.value) {
                params.unicodeScalars.append(s)
                continue
            }
            let parts = params.split(separator: ";").map { Int($0) ?? 1 }
            let modifier = parts.count > 1 ? parts[1] - 1 : 0
            let alt = modifier & 2 != 0
            let ctrl = modifier & 4 != 0
            let key: Key?
            switch s {
            case "A": key = .up
            case "B": key = .down
            case "C": key = .right
            case "D": key = .left
            case "H": key = .home
            case "F": key = .end
            case "Z": key = .backTab
            case "P", "Q", "R", "S": key = .function(Int(s.value) - 0x50 + 1)
            case "~":
                switch parts.first ?? 0 {
                case 1, 7: key = .home
                case 4, 8: key = .end
                case 2: key = .insert
                case 3: key = .delete
                case 5: key = .pageUp
                case 6: key = .pageDown
                case 11...15: key = .function(parts[0] - 10)
                case 17...21: key = .function(parts[0] - 11)
                case 23, 24: key = .function(parts[0] - 12)
                default: key = nil
                }
            default: key = nil
            }
            // Any final byte ends the sequence (an unknown one is dropped whole).
            guard (0x40...0x7E).contains(s.value) else { return nil }
            return (key.map { KeyEvent($0, alt: alt, ctrl: ctrl) }, i - start)
        }
        return nil
    }
}
