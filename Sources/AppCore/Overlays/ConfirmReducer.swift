import TillitDomain

/// A yes/no question, and what a "yes" does.
enum ConfirmReducer {
    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        guard case .confirm(let confirmation) = state.overlay else { return nil }
        switch command {
        case .accept:
            state.overlay = nil
            return accept(confirmation.action, &state, env)
        case .acceptAlternative:
            guard let alternative = confirmation.alternative else { return [] }
            state.overlay = nil
            return accept(alternative, &state, env)
        case .cancel:
            // No to "plan another?": back to the form as it was, to change what is planned.
            if case .confirm(let c) = state.overlay, case .planAnyway(var form) = c.action {
                form.force = false
                state.overlay = .form(form)
                return []
            }
            state.overlay = nil
            state.status = StatusMessage(state.t(.cancelled))
            return []
        default: return nil
        }
    }

    static func accept(_ action: Confirmation.Action, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        if case .leaveStrengths = action {} else if GlobalReducer.refuseIfReadOnly(&state) { return [] }
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
            return DialogueLifecycle.enter(section, &state)
        case .reopenDialogue:
            return DialogueLifecycle.reopen(&state)
        case .removePlanned(let id):
            return PlanEdit.remove(id, &state)
        case .planAnyway(let form):
            return PlanForm.submit(form, &state, env)
        case .startPlanned(let d):
            return DialogueOpening.request(d.id, schoolID: d.schoolID, intent: .start, &state)
        case .newDialogueAnyway:
            return StartReducer.newDialogue(&state, env, asked: true)
        case .deletePhase(let id):
            var wheel = state.data.wheel
            guard (try? wheel.removePhase(id)) != nil else { return [] }
            state.data.wheel = wheel
            state.overlay = .phases(0)
            return [.saveWheel(wheel)]
        case .deleteEvent(let id, let scope):
            var wheel = state.data.wheel
            guard (try? wheel.removeEvent(id, scope: scope)) != nil else { return [] }
            state.data.wheel = wheel
            WheelReducer.clampItem(&state)
            return [.saveWheel(wheel)]
        }
    }
}
