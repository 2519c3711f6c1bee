import TUIKit
import TillitDomain

/// The search overlay: typing asks the store, Enter opens the dialogue at the note.
enum SearchReducer {
    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard case .search(var s) = state.overlay else { return nil }
        switch command {
        case .cancel:
            state.overlay = nil
            return []
        case .up: s.selected = max(0, s.selected - 1)
        case .down: s.selected = min(max(0, s.hits.count - 1), s.selected + 1)
        case .toggleDiacritics:
            s.ignoreDiacritics.toggle()
            state.overlay = .search(s)
            return ask(s)
        case .accept:
            guard s.hits.indices.contains(s.selected) else { return [] }
            state.overlay = nil
            return open(s.hits[s.selected], &state)
        case .text(let edit):
            guard s.query.apply(edit) else {
                state.overlay = .search(s)
                return []
            }
            s.selected = 0
            state.overlay = .search(s)
            return ask(s)
        default:
            return nil
        }
        state.overlay = .search(s)
        return []
    }

    static func ask(_ s: SearchState) -> [AppEffect] {
        let q = s.query.text.trimmingCharacters(in: .whitespaces)
        return q.isEmpty ? [] : [.search(q, ignoreDiacritics: s.ignoreDiacritics)]
    }

    static func results(_ query: String, _ hits: [NoteSearch.Hit], _ state: inout AppState) {
        guard case .search(var s) = state.overlay, s.query.text.trimmingCharacters(in: .whitespaces) == query else {
            return
        }
        s.hits = hits
        s.answered = query
        s.selected = min(s.selected, max(0, hits.count - 1))
        state.overlay = .search(s)
    }

    static func open(_ hit: NoteSearch.Hit, _ state: inout AppState) -> [AppEffect] {
        DialogueOpening.request(
            hit.dialogueID, schoolID: hit.schoolID, intent: hit.noteID.map(LoadIntent.showNote) ?? .show, &state)
    }
}
