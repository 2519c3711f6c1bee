import TUIKit
import TillitDomain

/// The notebook's commands: the school's dialogue list, an open dialogue read (scrolled, found
/// in), and what both a read and a live dialogue offer (export, compare).
enum NotebookReducer {
    static func listCommand(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        let list = NotebookList.dialogues(state)
        let last = max(0, list.count - 1)
        let page = PaneGeometry.twoRowPage(in: PaneGeometry.inner(.notebook, state))
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
            state.focus = .schools
        default:
            return nil
        }
        return []
    }

    /// A dialogue read, not live: scrolling, finding, starting or reopening it.
    static func dialogueCommand(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard state.notebook.open != nil else { return nil }
        let rows = viewHeight(state)
        switch command {
        case .up: scroll(by: -1, &state)
        case .down: scroll(by: 1, &state)
        case .pageUp: scroll(by: -ScrollState.page(rows), &state)
        case .pageDown: scroll(by: ScrollState.page(rows), &state)
        case .first: scroll(to: 0, &state)
        case .last: scroll(to: Int.max / 2, &state)
        case .filter:
            state.notebook.open?.finding = true
            state.notebook.open?.find = LineEditor()
        case .accept:
            findNext(&state)
        case .back:
            state.notebook.open = nil
        case .start:
            return StartReducer.prepare(&state)
        case .reopen:
            guard state.notebook.open?.dialogue.status == .closed else { return [] }
            state.overlay = .confirm(Confirmation(question: state.t(.confirmReopen), action: .reopenDialogue))
        case .edit:
            return PlanEdit.edit(&state)
        case .remove:
            guard let d = state.notebook.open?.dialogue else { return [] }
            return PlanEdit.askRemove(DialogueSummary(d, fingerprint: nil), &state)
        case .export, .compare:
            return openDialogueCommand(command, &state)
        default:
            return nil
        }
        return []
    }

    /// Exporting the open dialogue, or comparing it with the school's previous one.
    static func openDialogueCommand(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard let open = state.notebook.open else { return nil }
        switch command {
        case .compare: return [.loadComparison(open.dialogue.id)]
        case .export:
            state.overlay = .form(ExportForm.make(open.dialogue, state))
            return []
        default: return nil
        }
    }

    /// Typing what to find in the open dialogue: each change jumps to the first match, Enter to
    /// the next.
    static func findCommand(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard state.notebook.open != nil else { return nil }
        switch command {
        case .accept: findNext(&state)
        case .cancel: state.notebook.open?.finding = false
        case .text(let edit):
            if state.notebook.open?.find.apply(edit) == true { findFromTop(&state) }
        default: return nil
        }
        return []
    }

    /// The open dialogue's lines at the notebook's current width.
    static func documentLines(_ state: AppState) -> [DialogueLayout.Line] {
        DialogueLayout.lines(state, width: PaneGeometry.document(in: PaneGeometry.inner(.notebook, state)).width)
    }

    /// Rows available for the dialogue's lines.
    static func viewHeight(_ state: AppState) -> Int {
        let open = state.notebook.open
        let findLine = open?.finding == true || !(open?.find.text.isEmpty ?? true)
        return PaneGeometry.documentRows(in: PaneGeometry.inner(.notebook, state), findLine: findLine)
    }

    static func scroll(by delta: Int, _ state: inout AppState) {
        let count = documentLines(state).count
        let visible = viewHeight(state)
        state.notebook.open?.scroll.scroll(by: delta, count: count, visible: visible)
    }

    static func scroll(to row: Int, _ state: inout AppState) {
        let count = documentLines(state).count
        let visible = viewHeight(state)
        state.notebook.open?.scroll.scroll(to: row, count: count, visible: visible)
    }

    static func clampScroll(_ state: inout AppState) { scroll(by: 0, &state) }

    /// Jumps to the first line that holds the find text.
    static func findFromTop(_ state: inout AppState) { find(from: 0, &state) }

    /// Jumps to the next line after the top one that holds the find text (wrapping around).
    static func findNext(_ state: inout AppState) {
        guard let open = state.notebook.open else { return }
        let from = open.foundLine ?? open.scroll.first(count: documentLines(state).count, visible: viewHeight(state))
        find(from: from + 1, &state)
    }

    static func find(from start: Int, _ state: inout AppState) {
        guard let open = state.notebook.open else { return }
        let query = open.find.text.lowercased()
        guard !query.isEmpty else { return }
        let lines = documentLines(state)
        let order = Array(min(start, lines.count)..<lines.count) + Array(0..<min(start, lines.count))
        if let hit = order.first(where: { lines[$0].text.lowercased().contains(query) }) {
            scroll(to: hit, &state)
            state.notebook.open?.foundLine = hit
        } else {
            state.status = StatusMessage(state.t(.notFound, ["query": open.find.text]), kind: .warning)
        }
    }
}
