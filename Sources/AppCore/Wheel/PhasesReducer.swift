import TUIKit
import TillitDomain

/// The wheel's phases in a box over the panes: choosing one, adding, changing and removing them.
enum PhasesReducer {
    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard case .phases(let selected) = state.overlay else { return nil }
        let phases = state.data.wheel.phases
        switch command {
        case .up: state.overlay = .phases(max(0, selected - 1))
        case .down: state.overlay = .phases(min(max(0, phases.count - 1), selected + 1))
        case .back: state.overlay = nil
        case .add:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(form(nil, state.data.wheel))
        case .edit:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard phases.indices.contains(selected) else { return [] }
            state.overlay = .form(form(phases[selected], state.data.wheel))
        case .remove:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard phases.indices.contains(selected) else { return [] }
            let p = phases[selected]
            state.overlay = .confirm(
                Confirmation(question: state.t(.confirmDeletePhase, ["name": p.name]), action: .deletePhase(p.id)))
        default: return nil
        }
        return []
    }

    static let months = (1...12).map(String.init)

    static func form(_ phase: WheelPhase?, _ wheel: Wheel) -> FormState {
        // The colour it is drawn in now (its own, or the one its place gives it); a new phase's
        // is the next place's.
        let index = phase.flatMap { p in wheel.phases.firstIndex { $0.id == p.id } } ?? wheel.phases.count
        return FormState(
            purpose: phase.map { .editPhase($0.id) } ?? .addPhase,
            fields: [
                FormField(.name, text: phase?.name ?? ""),
                FormField(.fromMonth, choices: months, choice: String(phase?.startMonth ?? 8)),
                FormField(.toMonth, choices: months, choice: String(phase?.endMonth ?? 9)),
                FormField(.colour, choices: (1...5).map(String.init), choice: String(wheel.colour(ofPhaseAt: index))),
            ])
    }

    static func submit(_ form: FormState, _ state: inout AppState) -> [AppEffect] {
        var wheel = state.data.wheel
        let from = Int(form.value(.fromMonth)) ?? 8
        let to = Int(form.value(.toMonth)) ?? 9
        let colour = Int(form.value(.colour))
        let saved: WheelPhase
        do {
            if case .editPhase(let id) = form.purpose {
                saved = try wheel.editPhase(id, name: form.value(.name), from: from, to: to, colour: .some(colour))
            } else {
                saved = try wheel.addPhase(name: form.value(.name), from: from, to: to, colour: colour)
            }
        } catch {
            return FormReducer.reject(form, .name, ErrorText(state.t).refusal(error), &state)
        }
        state.data.wheel = wheel
        state.overlay = .phases(wheel.phases.firstIndex { $0.id == saved.id } ?? 0)
        let t = state.t
        let words = ["name": saved.name, "from": t.monthName(saved.startMonth), "to": t.monthName(saved.endMonth)]
        state.status = StatusMessage(t(form.purpose == .addPhase ? .phaseAdded : .phaseUpdated, values: words))
        return [.saveWheel(wheel)]
    }
}
