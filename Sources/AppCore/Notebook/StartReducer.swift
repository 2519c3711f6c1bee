import TUIKit
import TillitDomain

/// Starting a dialogue: the setup (date, level, facilitators, participants, agenda), then the
/// previous dialogue's open actions, one at a time, then live on the strengths.
enum StartReducer {
    /// `n` on a school: a new dialogue today, set up at once. It is written only when its setup
    /// is accepted, so that Esc leaves nothing behind.
    static func newDialogue(_ state: inout AppState, _ env: AppEnvironment, asked: Bool = false) -> [AppEffect] {
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        // A dialogue planned for the school this year is offered first: start it (j), or a new one (a).
        let year = SchoolYear(containing: state.today, startMonth: state.data.wheel.schoolYearStartMonth)
        if !asked, let school = state.selectedSchool,
            let planned = state.data.dialogues.first(where: {
                $0.schoolID == school.id && $0.status == .planned && $0.schoolYear == year
            })
        {
            let question = state.t(.startPlannedAsk, ["subject": school.name, "when": state.t.when(planned.when)])
            state.overlay = .confirm(
                Confirmation(question: question, action: .startPlanned(planned), alternative: .newDialogueAnyway))
            return []
        }
        guard let school = state.selectedSchool,
            let d = try? Dialogue.planned(
                id: env.makeID(), level: .school, school: school, area: nil, when: .date(state.today),
                facilitators: state.data.area(school.areaID)?.head.map { [$0] } ?? [],
                startMonth: state.data.wheel.schoolYearStartMonth)
        else { return [] }
        state.focus = .notebook
        state.notebook = NotebookPaneState()
        var open = OpenDialogue(dialogue: d)
        open.isNew = true
        state.notebook.open = open
        return [.prepareNew(schoolID: school.id)]
    }

    /// `s` on a planned dialogue: find the previous one first.
    static func prepare(_ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open, open.dialogue.status == .planned else { return [] }
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        return [.prepareStart(open.dialogue.id)]
    }

    /// The setup form, filled in from the dialogue and, for participants, the previous one.
    static func prepared(_ previous: Dialogue?, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        state.notebook.previous = previous
        let d = open.dialogue
        let participants = d.participants.isEmpty ? (previous?.participants ?? []) : d.participants
        let facilitators = d.facilitators.isEmpty ? (previous?.facilitators ?? []) : d.facilitators
        let agenda = (d.clock?.agendaMinutes ?? DialogueClock.defaultAgenda)
        state.overlay = .form(
            FormState(
                purpose: .setup,
                fields: [
                    FormField(.date, text: state.today.iso),
                    FormField(.time, text: d.startTime.map(TimeOfDay.formText) ?? ""),
                    FormField(.place, text: d.place ?? ""),
                    FormField(.level, choices: DialogueLevel.allCases.map(\.rawValue), choice: d.level.rawValue),
                    FormField(.facilitators, text: facilitators.joined(separator: ", ")),
                    FormField(.participants, text: state.t.participants(participants)),
                    FormField(
                        .agenda, text: SectionKind.allCases.map { String(agenda[$0] ?? 0) }.joined(separator: " ")),
                ]))
        return []
    }

    static func submitSetup(_ form: FormState, _ state: inout AppState) -> [AppEffect] {
        let t = state.t
        guard let date = LocalDate(iso: form.value(.date)) else {
            return FormReducer.reject(form, .date, t(.badDate, ["value": form.value(.date)]), &state)
        }
        let time = form.value(.time).trimmingCharacters(in: .whitespaces)
        let startTime = TimeOfDay(parsing: time)
        guard time.isEmpty || startTime != nil else {
            return FormReducer.reject(form, .time, t(.badTime, ["value": time]), &state)
        }
        let typed = form.value(.agenda)
        let template = state.data.agendas.first { $0.name.lowercased().hasPrefix(typed.lowercased()) && !typed.isEmpty }
        guard let agenda = DialogueSetup.agenda(from: typed) ?? template?.minutes else {
            return FormReducer.reject(form, .agenda, t(.badAgenda, ["value": form.value(.agenda)]), &state)
        }
        let setup = DialogueSetup(
            date: date, level: DialogueLevel(rawValue: form.value(.level)) ?? .school,
            facilitators: form.value(.facilitators).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            .filter { !$0.isEmpty },
            participants: DialogueSetup.participants(from: form.value(.participants)), agendaMinutes: agenda,
            startTime: startTime,
            place: Optional(SchoolList.cleanName(form.value(.place))).flatMap { $0.isEmpty ? nil : $0 })
        state.overlay = nil
        var effects: [AppEffect] = []
        // A dialogue begun with `n` is written now, before the changes that follow it.
        if let open = state.notebook.open, open.isNew {
            effects.append(.createDialogue(open.dialogue))
            state.notebook.open?.isNew = false
            state.data.dialogues.append(DialogueSummary(open.dialogue, fingerprint: nil))
            state.data.dialogues.sort(by: DialogueSummary.newestFirst)
        }
        effects += DialogueLifecycle.change(.setupSaved(setup), &state)
        effects += DialogueLifecycle.start(&state)
        if let i = state.data.dialogues.firstIndex(where: { $0.id == state.notebook.open?.dialogue.id }) {
            state.data.dialogues[i].date = date
            state.data.dialogues[i].plannedWeek = nil
        }
        // Then last time's open actions, for follow-up.
        if let previous = state.notebook.previous, !previous.openActions.isEmpty {
            effects += resumeReview(previous, &state)
        }
        return effects
    }

    /// Last time's open actions not yet followed up in this dialogue, one at a time (also `F`,
    /// after Esc left them). Their time is their own, not the section's: the clock stands still.
    static func resumeReview(_ previous: Dialogue, _ state: inout AppState) -> [AppEffect] {
        let done = state.notebook.open?.dialogue.reviewedActions ?? []
        let left = previous.openActions.filter { a in
            !done.contains { $0.actionID == a.id && $0.dialogueID == previous.id }
        }
        guard !left.isEmpty else {
            state.status = StatusMessage(state.t(.reviewNothingLeft))
            return []
        }
        state.overlay = .form(reviewForm(previous.id, left, 0))
        state.status = StatusMessage(state.t(.clockReviewPaused))
        return DialogueLifecycle.pauseClock(&state)
    }

    static func reviewForm(_ dialogueID: String, _ actions: [ActionItem], _ index: Int) -> FormState {
        let a = actions[index]
        return FormState(
            purpose: .reviewAction(dialogueID: dialogueID, actions: actions, index: index),
            fields: [
                FormField(
                    .status, choices: [ActionStatus.done, .inProgress, .dropped, .notStarted].map(\.rawValue),
                    // Its status as it stands: Enter straight through changes nothing untrue.
                    choice: a.status.rawValue),
                FormField(.comment),
            ])
    }

    /// One action followed up: stored on the action (in its own dialogue) and in this dialogue.
    static func submitReview(
        _ form: FormState, _ dialogueID: String, _ actions: [ActionItem], _ index: Int,
        _ state: inout AppState, _ env: AppEnvironment
    ) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        let action = actions[index]
        let status = ActionStatus(rawValue: form.value(.status)) ?? .inProgress
        let comment = form.value(.comment)
        var effects = DialogueLifecycle.change(
            .actionReviewed(
                ReviewedAction(
                    dialogueID: dialogueID, actionID: action.id, text: action.text, status: status, comment: comment)),
            &state)
        effects.append(
            .followUpAction(
                dialogueID: dialogueID, actionID: action.id,
                ActionFollowUp(
                    dialogueID: open.dialogue.id, date: open.dialogue.date, status: status,
                    comment: comment)))
        if index + 1 < actions.count {
            state.overlay = .form(reviewForm(dialogueID, actions, index + 1))
        } else {
            state.overlay = nil
            state.status = StatusMessage(state.t(.reviewDone))
            effects += DialogueLifecycle.resumeClock(&state)
        }
        return effects
    }
}
