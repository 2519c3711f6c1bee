import AppCore
import TUIKit
import TillitDomain

/// The bottom line: the mode and the keys that matter now (from the key tables), or a message;
/// on the right the language and the store.
enum StatusBarView {
    /// Everything the line is drawn from, for drawing it only when one of them changed (it is
    /// the same for most keys).
    struct Inputs: Equatable {
        var rect: Rect
        var language: Language
        var status: StatusMessage?
        var readOnly: Bool
        var storePath: String
        var syncing: Bool
        var notShared: Int?
        var context: KeyContext
        var focus: Pane
        var hints: [Hint]

        init(_ state: AppState, _ rect: Rect) {
            self.rect = rect
            language = state.language
            status = state.status
            readOnly = state.data.readOnlyReason != nil
            storePath = state.data.storePath
            syncing = state.sharing.syncing
            notShared = state.sharing.notShared
            context = state.keyContext
            focus = state.focus
            hints = state.status == nil ? StatusBarView.hintWords(state) : []
        }
    }

    /// A hint: its key, and the word for what it does here.
    struct Hint: Equatable {
        var key: KeyEvent
        var word: M
    }

    static func draw(_ state: AppState, _ rect: Rect, _ canvas: inout Canvas) {
        canvas.fill(rect, role: .statusBar)
        let t = state.t
        // The keys come first: the store's path gives way to them, the language (and a read-only
        // mark) stay.
        var short = " \(state.language.rawValue) "
        if state.data.readOnlyReason != nil { short = " \(t(.modeReadOnly)) ·" + short }
        let full = short + "· \(state.data.storePath) "
        // A shared store: a sync under way, or how many changes are not yet shared.
        var sharing = ""
        if state.sharing.syncing {
            sharing = " \(t(.syncingShort)) ·"
        } else if let n = state.sharing.notShared, n > 0 {
            sharing = " \(t(.notSharedShort, ["count": String(n)])) ·"
        }
        let pieces = state.status == nil ? hintPieces(state) : []
        let wanted = pieces.reduce(DisplayWidth.of(" \(mode(state)) ")) { $0 + DisplayWidth.of($1.0 + $1.1) }
        let room = pieces.isEmpty ? rect.width / 3 : rect.width - wanted - 1
        let right = [sharing + full, sharing + short, short].first { DisplayWidth.of($0) <= room } ?? short
        let rightWidth = min(DisplayWidth.of(right), max(0, rect.width / 2))
        let leftWidth = rect.width - rightWidth
        if let message = state.status {
            let role: Role = message.kind == .error ? .error : message.kind == .warning ? .warning : .statusMessage
            canvas.line(" " + message.text, x: rect.x, y: rect.y, width: leftWidth, role: role)
        } else {
            var x = rect.x
            x += canvas.text(" \(mode(state)) ", x: x, y: rect.y, role: .statusKey)
            for (piece, text) in pieces {
                // What does not fit is left out; "?" comes first, so all keys stay one key away.
                guard x + DisplayWidth.of(piece) + DisplayWidth.of(text) < rect.x + leftWidth else { continue }
                x += canvas.text(piece, x: x, y: rect.y, role: .statusKey)
                x += canvas.text(text, x: x, y: rect.y, role: .statusBar)
            }
        }
        canvas.text(DisplayWidth.truncate(right, to: rightWidth), x: rect.x + leftWidth, y: rect.y, role: .statusBar)
    }

    /// The hints as they are written: the key, and what it does here.
    static func hintPieces(_ state: AppState) -> [(String, String)] {
        hintWords(state).map { (" \($0.key.description) ", state.t($0.word)) }
    }

    /// The hints' keys and words.
    static func hintWords(_ state: AppState) -> [Hint] {
        hints(state).map { binding in
            var word = binding.hint ?? binding.help
            // Enter in a form says what it does there ("exportera", "planera").
            if case .form(let form) = state.overlay, binding.command == .accept { word = form.acceptWord }
            if case .confirm(let c) = state.overlay, binding.command == .acceptAlternative { word = c.alternativeWord }
            return Hint(key: binding.keys[0], word: word)
        }
    }

    /// The hint bindings of the context, then the global ones.
    static func hints(_ state: AppState) -> [KeyBinding] {
        // A key is offered only when it does something now ("s starts" only on a planned dialogue).
        let context = state.keyContext
        let own = Keymaps.table(context).filter { $0.hint != nil && $0.isEnabled(state) }
        guard context.takesGlobalKeys else { return own }
        let global = Keymaps.table(.global).filter { $0.hint != nil && $0.isEnabled(state) }
        return global.filter { $0.command == .help } + own + global.filter { $0.command != .help }
    }

    static func mode(_ state: AppState) -> String {
        let t = state.t
        switch state.keyContext {
        case .help: return t(.modeHelp)
        case .prompts: return t(.contextPrompts)
        case .search: return t(.contextSearch)
        case .browse: return t(.contextBrowse)
        case .compare: return t(.contextCompare)
        case .report: return t(.contextReport)
        case .find: return t(.modeFind)
        case .confirm, .unsavedQuit: return t(.modeConfirm)
        case .form: return t(.modeForm)
        case .textInput: return t(.modeFilter)
        case .editor: return t(.modeWriting)
        case .notebookLive: return t(.modeLive)
        default:
            switch state.focus {
            case .wheel: return t(.paneWheel)
            case .schools: return t(.paneSchools)
            case .notebook: return t(.paneNotebook)
            }
        }
    }
}
