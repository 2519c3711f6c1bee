import TillitDomain
import TUIKit

/// The notebook's keys: the dialogue list, and scrolling and finding in an open dialogue.
enum NotebookReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        if let open = state.notebook.open {
            if command == .compare { return [.loadComparison(open.dialogue.id)] }
            if command == .export {
                state.overlay = .form(ExportForm.make(open.dialogue, state))
                return []
            }
            if open.isLive { return LiveReducer.command(command, &state, env) }
            if command == .start { return StartReducer.prepare(&state) }
            if command == .reopen, open.dialogue.status == .closed {
                state.overlay = .confirm(Confirmation(question: state.t(.confirmReopen), action: .reopenDialogue))
                return []
            }
            return dialogueCommand(command, &state)
        }
        let list = NotebookList.dialogues(state)
        let last = max(0, list.count - 1)
        let page = max(1, (AppLayout.compute(state.size, focus: .notebook, zoomed: state.zoomed).inner(.notebook)?.height ?? 10) / 2 - 1)
        switch command {
        case .up: state.notebook.selectedIndex = max(0, state.notebook.selectedIndex - 1)
        case .down: state.notebook.selectedIndex = min(last, state.notebook.selectedIndex + 1)
        case .pageUp: state.notebook.selectedIndex = max(0, state.notebook.selectedIndex - page)
        case .pageDown: state.notebook.selectedIndex = min(last, state.notebook.selectedIndex + page)
        case .first: state.notebook.selectedIndex = 0
        case .last: state.notebook.selectedIndex = last
        case .open:
            guard list.indices.contains(state.notebook.selectedIndex) else { return [] }
            return [.loadDialogue(list[state.notebook.selectedIndex].id, intent: .show)]
        case .filter:
            state.overlay = .search(SearchState())
        case .back:
            if !state.notebook.filter.text.isEmpty {
                state.notebook.filter = LineEditor()
            } else {
                state.focus = .schools
            }
        default:
            break
        }
        return []
    }

    static func dialogueCommand(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        let page = max(1, viewHeight(state) - 2)
        switch command {
        case .up: scroll(by: -1, &state)
        case .down: scroll(by: 1, &state)
        case .pageUp: scroll(by: -page, &state)
        case .pageDown: scroll(by: page, &state)
        case .first: state.notebook.open?.scroll = 0
        case .last: scroll(by: Int.max / 2, &state)
        case .filter:
            state.notebook.open?.finding = true
            state.notebook.open?.find = LineEditor()
        case .back:
            state.notebook.open = nil
        default:
            break
        }
        return []
    }

    /// The open dialogue's lines at the notebook's current width.
    static func documentLines(_ state: AppState) -> [DialogueLayout.Line] {
        guard let open = state.notebook.open else { return [] }
        let width = (AppLayout.compute(state.size, focus: .notebook, zoomed: state.zoomed).inner(.notebook)?.width ?? 40) - 2
        let subject = state.data.subject(of: .init(open.dialogue, fingerprint: nil))
        return DialogueLayout.lines(open.dialogue, subject: subject, width: width, t: state.t)
    }

    /// Rows available for the dialogue's lines.
    static func viewHeight(_ state: AppState) -> Int {
        var h = AppLayout.compute(state.size, focus: .notebook, zoomed: state.zoomed).inner(.notebook)?.height ?? 10
        if state.notebook.open?.finding == true || !(state.notebook.open?.find.text.isEmpty ?? true) { h -= 1 }
        return max(1, h)
    }

    static func scroll(by delta: Int, _ state: inout AppState) {
        guard let open = state.notebook.open else { return }
        let maxScroll = max(0, documentLines(state).count - viewHeight(state))
        state.notebook.open?.scroll = min(maxScroll, max(0, open.scroll + delta))
    }

    static func clampScroll(_ state: inout AppState) { scroll(by: 0, &state) }

    /// Jumps to the first line that holds the find text.
    static func findFromTop(_ state: inout AppState) { find(from: 0, &state) }

    /// Jumps to the next line after the top one that holds the find text (wrapping around).
    static func findNext(_ state: inout AppState) {
        find(from: (state.notebook.open?.scroll ?? 0) + 1, &state)
    }

    static func find(from start: Int, _ state: inout AppState) {
        guard let open = state.notebook.open else { return }
        let query = open.find.text.lowercased()
        guard !query.isEmpty else { return }
        let lines = documentLines(state)
        let order = Array(start..<lines.count) + Array(0..<min(start, lines.count))
        if let hit = order.first(where: { lines[$0].text.lowercased().contains(query) }) {
            state.notebook.open?.scroll = hit
            scroll(by: 0, &state)
        } else {
            state.status = StatusMessage(state.t(.notFound, ["query": open.find.text]), kind: .warning)
        }
    }
}
