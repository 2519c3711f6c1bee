import TUIKit
import TillitDomain

/// The school list's keys.
enum SchoolsReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        let visible = SchoolRows.schools(data: state.data, state: state.schools)
        let page = PaneGeometry.twoRowPage(in: PaneGeometry.inner(.schools, state))
        switch command {
        case .up: move(-1, &state)
        case .down: move(1, &state)
        case .pageUp: move(-page, &state)
        case .pageDown: move(page, &state)
        case .first: state.schools.selectedID = visible.first?.id
        case .last: state.schools.selectedID = visible.last?.id
        case .open:
            guard state.selectedSchool != nil else { return [] }
            state.notebook.selectedIndex = 0
            state.notebook.open = nil
            state.focus = .notebook
        case .filter:
            state.schools.filtering = true
        case .back:
            state.schools.filter = LineEditor()
            keepSelectionVisible(&state)
        case .toggleArchived:
            state.schools.showArchived.toggle()
            keepSelectionVisible(&state)
            state.status = StatusMessage(state.t(state.schools.showArchived ? .showingArchived : .hidingArchived))
        case .add:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(FormReducer.schoolForm(nil, state))
        case .edit:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let school = state.selectedSchool else { return [] }
            state.overlay = .form(FormReducer.schoolForm(school, state))
        case .figures:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let school = state.selectedSchool, let form = FigureForm.open(school, state) else { return [] }
            state.overlay = .form(form)
        case .remove:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let school = state.selectedSchool else { return [] }
            let t = state.t
            state.overlay = .confirm(
                school.archived
                    ? Confirmation(
                        question: t(.confirmRestore, ["name": school.name]), action: .restoreSchool(school.id))
                    : Confirmation(
                        question: t(.confirmArchive, ["name": school.name]), action: .archiveSchool(school.id)))
        default:
            return nil
        }
        return []
    }

    /// Typing the filter: the list narrows as it is typed; ↑ and ↓ move in it meanwhile.
    static func filterCommand(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        switch command {
        case .accept:
            state.schools.filtering = false
        case .cancel:
            state.schools.filtering = false
            state.schools.filter = LineEditor()
        case .up: move(-1, &state)
        case .down: move(1, &state)
        case .text(let edit): state.schools.filter.apply(edit)
        default: return nil
        }
        keepSelectionVisible(&state)
        return []
    }

    /// Moves the selection by `delta` schools, stopping at the ends.
    static func move(_ delta: Int, _ state: inout AppState) {
        let list = SchoolRows.list(data: state.data, state: state.schools)
        let visible = list.schools
        guard !visible.isEmpty else {
            state.schools.selectedID = nil
            return
        }
        let current = state.schools.selectedID.flatMap { list.place[$0] } ?? 0
        let next = min(max(0, current + delta), visible.count - 1)
        if visible[next].id != state.schools.selectedID {
            state.schools.selectedID = visible[next].id
            state.notebook = NotebookPaneState()
        }
    }

    /// After filtering or a change to the list, keeps a visible school selected.
    static func keepSelectionVisible(_ state: inout AppState) {
        let visible = SchoolRows.schools(data: state.data, state: state.schools)
        if let id = state.schools.selectedID, visible.contains(where: { $0.id == id }) { return }
        // The nearest school after the old one in the unfiltered order, else the first.
        let all = SchoolRows.schools(data: state.data, state: SchoolsPaneState())
        var pick = visible.first?.id
        if let id = state.schools.selectedID, let i = all.firstIndex(where: { $0.id == id }) {
            pick = all[i...].first { s in visible.contains { $0.id == s.id } }?.id ?? visible.last?.id
        }
        if pick != state.schools.selectedID {
            state.schools.selectedID = pick
            state.notebook = NotebookPaneState()
        }
    }
}
