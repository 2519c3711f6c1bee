import AppCore
import TillitDomain
import TUIKit

/// `?`: every key of the current context and the global ones, straight from the key tables.
enum HelpView {
    static func contextName(_ c: KeyContext) -> M {
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
        case .textInput: return .contextTextInput
        case .form: return .contextForm
        case .confirm: return .contextConfirm
        case .help: return .contextHelp
        case .unsavedQuit: return .unsavedTitle
        }
    }

    /// The help's lines for a context: its table, then the global one.
    static func lines(_ state: AppState, context: KeyContext) -> [(String, String, Bool)] {
        let t = state.t
        var out: [(String, String, Bool)] = []
        for c in [context, .global] {
            out.append((t(contextName(c)), "", true))
            for b in Keymaps.table(c) { out.append((b.keyText, t(b.help), false)) }
            out.append(("", "", false))
        }
        return out
    }

    static func draw(_ state: AppState, _ canvas: inout Canvas) {
        // The help describes the context under it, not itself.
        var under = state
        under.overlay = nil
        let lines = lines(state, context: under.keyContext)
        let inner = OverlayBox.draw(width: 72, height: lines.count + 2, title: state.t(.helpTitle), in: state.size, &canvas)
        let keyWidth = min(18, inner.width / 3)
        let first = min(state.helpScroll, max(0, lines.count - inner.height))
        for (i, (key, text, heading)) in lines.dropFirst(first).enumerated() where i < inner.height {
            let y = inner.y + i
            if heading {
                canvas.text(" " + key, x: inner.x, y: y, role: .section)
            } else {
                canvas.text(" " + key, x: inner.x, y: y, role: .helpKey, maxWidth: keyWidth)
                canvas.text(text, x: inner.x + keyWidth + 2, y: y, role: .overlay, maxWidth: inner.width - keyWidth - 3)
            }
        }
    }
}
