import TUIKit
import TillitDomain

/// The help's lines, straight from the key tables: the keys of the context under the help, then
/// the global ones where they apply.
public enum HelpPage {
    public struct Line: Equatable, Sendable {
        public var keys: String
        public var text: String
        public var isHeading: Bool
        /// Whether the key does something now (a key that does not is shown dimmed).
        public var isEnabled = true
    }

    public static func contextName(_ c: KeyContext) -> M {
        switch c {
        case .global: return .helpEverywhere
        case .wheel: return .contextWheel
        case .schools: return .contextSchools
        case .notebookList: return .contextNotebookList
        case .notebookDialogue: return .contextNotebookDialogue
        case .notebookLive: return .contextNotebookLive
        case .editor: return .contextEditor
        case .prompts: return .contextPrompts
        case .search: return .contextSearch
        case .browse: return .contextBrowse
        case .compare: return .contextCompare
        case .report: return .contextReport
        case .textInput: return .contextTextInput
        case .find: return .contextFind
        case .form: return .contextForm
        case .confirm: return .contextConfirm
        case .help: return .contextHelp
        case .unsavedQuit: return .unsavedTitle
        case .phases: return .contextPhases
        case .speakers: return .contextSpeakers
        case .yearPlan: return .contextYearPlan
        }
    }

    public static func lines(_ state: AppState) -> [Line] {
        let t = state.t
        // The help describes the context under it.
        var under = state
        under.overlay = nil
        let context = under.keyContext
        var out: [Line] = []
        for c in context.takesGlobalKeys ? [context, .global] : [context] {
            out.append(Line(keys: t(contextName(c)), text: "", isHeading: true))
            for b in Keymaps.table(c) {
                // A long text wraps under itself rather than being cut at the box's edge.
                for (i, piece) in Wrap.lines(t(b.help), width: textWidth(state.size)).enumerated() {
                    out.append(
                        Line(
                            keys: i == 0 ? b.keyText : "", text: piece, isHeading: false, isEnabled: b.isEnabled(under))
                    )
                }
            }
            out.append(Line(keys: "", text: "", isHeading: false))
        }
        return out
    }

    /// The keys' column, and where the texts start after it.
    public static func keyWidth(_ size: Size) -> Int { min(18, inner(size).width / 3) }
    public static func textWidth(_ size: Size) -> Int { max(8, inner(size).width - keyWidth(size) - 3) }
    static func inner(_ size: Size) -> Rect { OverlayGeometry.helpBox(lines: 1, in: size).inset(1) }

    /// The rows inside the help's box.
    public static func visibleRows(_ state: AppState, lines: Int) -> Int {
        OverlayGeometry.helpBox(lines: lines, in: state.size).inset(1).height
    }
}
