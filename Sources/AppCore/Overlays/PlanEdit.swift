import TillitDomain

/// Changing or removing a planned dialogue: its day or week, time, place and facilitators (`e`),
/// or the whole plan (`d`), from the notebook or the wheel. One held is never changed here.
enum PlanEdit {
    static func form(_ d: Dialogue) -> FormState {
        FormState(
            purpose: .editPlan(d.id),
            fields: [
                FormField(.when, text: d.plannedWeek?.iso ?? d.date.iso),
                FormField(.time, text: d.startTime.map(TimeOfDay.formText) ?? ""),
                FormField(.place, text: d.place ?? ""),
                FormField(.facilitators, text: d.facilitators.joined(separator: ", ")),
            ])
    }

    /// `e` on a planned dialogue: the form (a held one says why not).
    static func edit(_ state: inout AppState) -> [AppEffect] {
        guard let d = state.notebook.open?.dialogue else { return [] }
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        guard d.status == .planned else {
            state.status = StatusMessage(ErrorText(state.t).refusal(.notPlanned), kind: .warning)
            return []
        }
        state.overlay = .form(form(d))
        return []
    }

    static func submit(_ form: FormState, _ id: String, _ state: inout AppState) -> [AppEffect] {
        let t = state.t
        guard let d = state.notebook.open?.dialogue, d.id == id else { return [] }
        guard let when = WhenParser.parse(form.value(.when), schoolYear: d.schoolYear) else {
            return FormReducer.reject(form, .when, t(.badWhen, ["value": form.value(.when)]), &state)
        }
        let time = form.value(.time)
        let startTime = TimeOfDay(parsing: time)
        guard time.isEmpty || startTime != nil else {
            return FormReducer.reject(form, .time, t(.badTime, ["value": time]), &state)
        }
        let updated: Dialogue
        do {
            updated = try d.replanned(
                when: when, startTime: startTime, place: form.value(.place),
                facilitators: form.value(.facilitators).split(separator: ",").map(String.init),
                startMonth: state.data.wheel.schoolYearStartMonth)
        } catch {
            return FormReducer.reject(form, .when, ErrorText(t).refusal(error), &state)
        }
        state.overlay = nil
        state.notebook.open?.dialogue = updated
        if let i = state.data.dialogues.firstIndex(where: { $0.id == id }) {
            state.data.dialogues[i] = DialogueSummary(updated, fingerprint: nil)
            state.data.dialogues.sort(by: DialogueSummary.newestFirst)
        }
        state.status = StatusMessage(
            t(
                .planChanged,
                [
                    "subject": state.data.subject(of: .init(updated, fingerprint: nil)),
                    "when": t.when(when, at: startTime),
                ]))
        return [.createDialogue(updated)]
    }

    /// `d` on a planned dialogue: asked first.
    static func askRemove(_ summary: DialogueSummary, _ state: inout AppState) -> [AppEffect] {
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        guard summary.status == .planned, summary.noteCount == 0, summary.actionCount == 0 else {
            state.status = StatusMessage(ErrorText(state.t).refusal(.notPlanned), kind: .warning)
            return []
        }
        let question = state.t(
            .confirmRemovePlan, ["subject": state.data.subject(of: summary), "when": state.t.when(summary.when)])
        state.overlay = .confirm(Confirmation(question: question, action: .removePlanned(summary.id)))
        return []
    }

    static func remove(_ id: String, _ state: inout AppState) -> [AppEffect] {
        guard let summary = state.data.dialogues.first(where: { $0.id == id }) else { return [] }
        state.data.dialogues.removeAll { $0.id == id }
        if state.notebook.open?.dialogue.id == id { state.notebook.open = nil }
        state.status = StatusMessage(
            state.t(.planRemoved, ["subject": state.data.subject(of: summary), "when": state.t.when(summary.when)]))
        return [.removePlannedDialogue(id)]
    }
}
