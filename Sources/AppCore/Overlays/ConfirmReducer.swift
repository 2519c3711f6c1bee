import TillitDomain

/// What a "yes" does.
enum ConfirmReducer {
    static func accept(_ action: Confirmation.Action, _ state: inout AppState) -> [AppEffect] {
        if case .leaveStrengths = action {} else if AppReducer.refuseIfReadOnly(&state) { return [] }
        switch action {
        case .archiveSchool(let id), .restoreSchool(let id):
            var doc = state.data.schoolList
            guard let i = doc.schools.firstIndex(where: { $0.id == id }) else { return [] }
            if case .archiveSchool = action { doc.schools[i].archived = true } else { doc.schools[i].archived = false }
            state.data.schoolList = doc
            SchoolsReducer.keepSelectionVisible(&state)
            return [.saveSchools(doc)]
        case .leaveStrengths(let section):
            return LiveReducer.enter(section, &state)
        case .reopenDialogue:
            return LiveReducer.reopen(&state)
        case .deleteEvent(let id):
            var wheel = state.data.wheel
            wheel.events.removeAll { $0.id == id }
            state.data.wheel = wheel
            WheelReducer.clampItem(&state)
            return [.saveWheel(wheel)]
        }
    }
}
