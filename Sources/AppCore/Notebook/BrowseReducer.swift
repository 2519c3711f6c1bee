import TUIKit
import TillitDomain

/// Every dialogue in the store, newest first, narrowed by a filter of words that must each match
/// the school year, the area, the school, the status or a tag.
public enum BrowseReducer {
    public static func dialogues(_ state: AppState, filter: String) -> [DialogueSummary] {
        let t = state.t
        let words = filter.lowercased().split(separator: " ").map(String.init)
        return state.data.dialogues.filter { d in
            let fields = [
                d.schoolYear.text, d.date.iso, state.data.subject(of: d), state.data.area(d.areaID)?.name ?? "",
                t.status(d.status), d.status.rawValue,
            ].map { $0.lowercased() }
            return words.allSatisfy { w in
                if w.hasPrefix("#") { return d.tags.contains { $0.lowercased().hasPrefix(w.dropFirst()) } }
                return fields.contains { $0.contains(w) } || d.tags.contains { $0.lowercased().hasPrefix(w) }
            }
        }
    }

    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard case .browse(var b) = state.overlay else { return nil }
        let list = dialogues(state, filter: b.filter.text)
        let page = ScrollState.page(OverlayGeometry.browseRows(in: state.size))
        switch command {
        case .cancel:
            state.overlay = nil
            return []
        case .up: b.selected = max(0, b.selected - 1)
        case .down: b.selected = min(max(0, list.count - 1), b.selected + 1)
        case .pageUp: b.selected = max(0, b.selected - page)
        case .pageDown: b.selected = min(max(0, list.count - 1), b.selected + page)
        case .accept:
            guard list.indices.contains(b.selected) else { return [] }
            let d = list[b.selected]
            state.overlay = nil
            return DialogueOpening.request(d.id, schoolID: d.schoolID, intent: .show, &state)
        case .text(let edit):
            if b.filter.apply(edit) { b.selected = 0 }
        default:
            return nil
        }
        state.overlay = .browse(b)
        return []
    }
}
