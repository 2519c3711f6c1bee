/// The semantic style of a cell. Themes give each role its colours; snapshots show each role
/// as one letter, so a theme change never churns them.
public enum Role: UInt8, CaseIterable, Sendable {
    case text, dim, border, borderFocused, title, titleFocused, selection, selectionDim, header
    case statusBar, statusKey, statusMessage, error, warning, prompt, input, tab, tabActive
    case overlay, overlayBorder, helpKey, section, readOnly, match
    case noteStrength, noteResult, noteObservation, noteChallenge, noteQuestion, noteAnswer, noteDecision
    case actionOpen, actionDone, timer, timerOver
    case wheelRing, wheelPhase1, wheelPhase2, wheelPhase3, wheelPhase4, wheelPhase5
    case wheelToday, wheelEvent, wheelSelected, wheelMonth, wheelCenter

    /// The role's name in theme files, e.g. `border.focused`.
    public var themeKey: String {
        var out = ""
        for c in String(describing: self) {
            if c.isUppercase || c.isNumber { out += "." + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    /// One letter per role for style snapshots.
    public var letter: Character {
        let letters = Array(".dbBtTSsHqkmEwpiuUoOKxrMgRvcQAnaDzZ012345yeWhC")
        let i = Int(rawValue)
        return i < letters.count ? letters[i] : "?"
    }
}
