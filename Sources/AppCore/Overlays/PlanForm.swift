import TillitDomain

/// Planning a dialogue from the screen, for a school, an area or the organisation. A second
/// dialogue for the same school in the same school year is asked about first.
enum PlanForm {
    static func make(_ state: AppState) -> FormState {
        let school = state.selectedSchool
        // From the wheel: the shown month's first week; elsewhere: next week.
        var week = state.today.adding(days: 7).isoWeek
        if state.focus == .wheel {
            let m = WheelModel.month(state.wheel, data: state.data)
            let first = LocalDate(year: m.year, month: m.month, day: 1)!
            week = first.adding(days: (8 - first.isoWeekday) % 7).isoWeek
        }
        let facilitators = state.data.area(school?.areaID)?.head ?? ""
        var form = FormState(
            purpose: .planDialogue,
            fields: [
                FormField(
                    .level, choices: DialogueLevel.allCases.map(\.rawValue), choice: DialogueLevel.school.rawValue),
                FormField(.school, text: school?.name ?? ""),
                FormField(.area, text: state.data.area(school?.areaID)?.name ?? ""),
                FormField(.when, text: week.iso),
                FormField(.time),
                FormField(.place),
                FormField(.facilitators, text: facilitators),
            ])
        // Most dialogues are a school's: the school's field comes first to hand.
        form.focus(1)
        return form
    }

    static func submit(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        let t = state.t
        let level = DialogueLevel(rawValue: form.value(.level)) ?? .school
        var school: School?
        var area: Area?
        switch level {
        case .school:
            guard !form.value(.school).isEmpty else {
                return FormReducer.reject(form, .school, ErrorText(t).refusal(.needsSchool), &state)
            }
            do { school = try state.data.schoolList.findSchool(form.value(.school)) } catch {
                return FormReducer.reject(form, .school, ErrorText(t).refusal(error), &state)
            }
        case .area:
            area = state.data.schoolList.areas.named(form.value(.area))
            guard area != nil else {
                let refusal: Refusal = form.value(.area).isEmpty ? .needsArea : .areaNotFound(form.value(.area))
                return FormReducer.reject(form, .area, ErrorText(t).refusal(refusal), &state)
            }
        case .organisation:
            break
        }
        guard let when = WhenParser.parse(form.value(.when), schoolYear: state.wheel.year) else {
            return FormReducer.reject(form, .when, t(.badWhen, ["value": form.value(.when)]), &state)
        }
        let time = form.value(.time).trimmingCharacters(in: .whitespaces)
        let startTime = TimeOfDay(parsing: time)
        guard time.isEmpty || startTime != nil else {
            return FormReducer.reject(form, .time, t(.badTime, ["value": time]), &state)
        }
        let facilitators = form.value(.facilitators).split(separator: ",").map(String.init)
        let start = state.data.wheel.schoolYearStartMonth
        let dialogue: Dialogue
        do {
            dialogue = try Dialogue.planned(
                id: env.makeID(), level: level, school: school, area: area, when: when, facilitators: facilitators,
                startMonth: start, startTime: startTime, place: form.value(.place))
        } catch {
            return FormReducer.reject(form, level == .area ? .area : .school, ErrorText(t).refusal(error), &state)
        }
        let summary = DialogueSummary(dialogue, fingerprint: nil)
        // One a year: a second one is asked about first.
        if !form.force,
            let there = state.data.dialogues.existing(
                level: level, schoolID: dialogue.schoolID, areaID: dialogue.areaID, in: dialogue.schoolYear)
        {
            let question = t(
                .duplicateAsk,
                [
                    "subject": state.data.subject(of: summary), "year": there.schoolYear.text,
                    "status": t.status(there.status), "when": t.when(there.when),
                ])
            var again = form
            again.force = true
            state.overlay = .confirm(Confirmation(question: question, action: .planAnyway(again)))
            return []
        }
        state.data.dialogues.append(summary)
        state.data.dialogues.sort(by: DialogueSummary.newestFirst)
        state.overlay = nil
        if let school { WheelReducer.reveal(school.id, &state) }
        state.wheel.year = dialogue.schoolYear
        state.wheel.monthIndex = WheelPaneState.index(of: when.firstDay.month, startMonth: start)
        state.wheel.itemIndex =
            WheelModel.itemsInMonth(state.wheel, data: state.data).firstIndex { $0.dialogue?.id == dialogue.id } ?? 0
        state.status = StatusMessage(
            t(.dialoguePlanned, ["school": state.data.subject(of: summary), "when": t.when(when)]))
        return [.createDialogue(dialogue)]
    }
}
