import TillitDomain

/// What a "yes" does.
enum ConfirmReducer {
    static func accept(_ action: Confirmation.Action, _ state: inout AppState) -> [AppEffect] {
        if case .leaveStrengths = action {} else if AppReducer.refuseIfReadOnly(&state) { return [] }
        switch action {
        case .archiveSchool(let id), .restoreSchool(let id):
            var list = state.data.schoolList
            var archive = false
            if case .archiveSchool = action { archive = true }
            guard (try? list.setArchived(id, archive)) != nil else { return [] }
            state.data.schoolList = list
            SchoolsReducer.keepSelectionVisible(&state)
            return [.saveSchools(list)]
        case .leaveStrengths(let section):
            return LiveReducer.enter(section, &state)
        case .reopenDialogue:
            return LiveReducer.reopen(&state)
        case .deleteEvent(let id):
            var wheel = state.data.wheel
            guard (try? wheel.removeEvent(id)) != nil else { return [] }
            state.data.wheel = wheel
            WheelReducer.clampItem(&state)
            return [.saveWheel(wheel)]
        }
    }
}
