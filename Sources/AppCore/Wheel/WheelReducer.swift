import TillitDomain

/// The annual wheel's keys: months, events, planning.
enum WheelReducer {
    /// The next (or previous) item; past the month's last, the first of the next month that has
    /// any (within the school year).
    static func stepItem(_ delta: Int, _ count: Int, _ state: inout AppState) {
        let next = state.wheel.itemIndex + delta
        if (0..<count).contains(next) {
            state.wheel.itemIndex = next
            return
        }
        var month = state.wheel.monthIndex + delta
        while (0..<12).contains(month) {
            var probe = state.wheel
            probe.monthIndex = month
            let there = WheelModel.itemsInMonth(probe, data: state.data).count
            if there > 0 {
                state.wheel.monthIndex = month
                state.wheel.itemIndex = delta > 0 ? 0 : there - 1
                return
            }
            month += delta
        }
    }

    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        let items = WheelModel.itemsInMonth(state.wheel, data: state.data)
        switch command {
        case .left: moveMonth(-1, &state)
        case .right: moveMonth(1, &state)
        case .first:
            state.wheel.monthIndex = 0
            state.wheel.itemIndex = 0
        case .last:
            state.wheel.monthIndex = 11
            state.wheel.itemIndex = 0
        case .up: stepItem(-1, items.count, &state)
        case .down: stepItem(1, items.count, &state)
        case .today:
            let start = state.data.wheel.schoolYearStartMonth
            state.wheel.year = SchoolYear(containing: state.today, startMonth: start)
            state.wheel.monthIndex = WheelPaneState.index(of: state.today.month, startMonth: start)
            state.wheel.itemIndex = 0
        case .previousYear:
            state.wheel.year = state.wheel.year.previous
            state.wheel.itemIndex = 0
        case .nextYear:
            state.wheel.year = state.wheel.year.next
            state.wheel.itemIndex = 0
        case .open:
            return open(&state)
        case .phases:
            state.overlay = .phases(0)
        case .planYear:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            // The shown year when it lies ahead, else the one after this school year.
            let current = SchoolYear(containing: state.today, startMonth: state.data.wheel.schoolYearStartMonth)
            return [.prepareYearPlan(max(state.wheel.year, current.next), today: state.today)]
        case .add:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(EventForm.make(nil, state))
        case .edit:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let item = WheelModel.selectedItem(state.wheel, data: state.data) else { return [] }
            guard let event = item.event else {
                // A planned dialogue is changed where it is: opened, with its form.
                if let d = item.dialogue, d.status == .planned {
                    return DialogueOpening.request(d.id, schoolID: d.schoolID, intent: .editPlan, &state)
                }
                state.status = StatusMessage(state.t(.dialogueNotAnEvent))
                return []
            }
            state.overlay = .form(EventForm.make(event, state))
        case .remove:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            guard let item = WheelModel.selectedItem(state.wheel, data: state.data) else { return [] }
            guard let event = item.event else {
                if let d = item.dialogue, d.status == .planned { return PlanEdit.askRemove(d, &state) }
                state.status = StatusMessage(state.t(.dialogueNotAnEvent))
                return []
            }
            if event.recurs {
                // This year's occurrence (j), or every year (a).
                let year = state.wheel.year
                var c = Confirmation(
                    question: state.t(.confirmDeleteOccurrence, ["title": event.title, "year": year.text]),
                    action: .deleteEvent(event.id, .only(year)))
                c.alternative = .deleteEvent(event.id, .everyYear)
                state.overlay = .confirm(c)
            } else {
                state.overlay = .confirm(
                    Confirmation(
                        question: state.t(.confirmDeleteEvent, ["title": event.title]),
                        action: .deleteEvent(event.id, .everyYear)))
            }
        case .moveLater, .moveEarlier:
            if GlobalReducer.refuseIfReadOnly(&state) { return [] }
            return move(by: command == .moveLater ? 7 : -7, &state)
        default:
            return nil
        }
        return []
    }

    static func moveMonth(_ delta: Int, _ state: inout AppState) {
        var index = state.wheel.monthIndex + delta
        if index < 0 {
            state.wheel.year = state.wheel.year.previous
            index = 11
        } else if index > 11 {
            state.wheel.year = state.wheel.year.next
            index = 0
        }
        state.wheel.monthIndex = index
        state.wheel.itemIndex = 0
    }

    static func clampItem(_ state: inout AppState) {
        let count = WheelModel.itemsInMonth(state.wheel, data: state.data).count
        state.wheel.itemIndex = min(state.wheel.itemIndex, max(0, count - 1))
    }

    /// Enter on an item: a dialogue opens in the notebook; an event with a school selects it.
    static func open(_ state: inout AppState) -> [AppEffect] {
        guard let item = WheelModel.selectedItem(state.wheel, data: state.data) else { return [] }
        let dialogueID = item.dialogue?.id ?? item.dueIn?.id ?? item.event?.dialogueID
        let schoolID =
            item.dialogue?.schoolID ?? item.dueIn?.schoolID ?? item.event?.schoolID
            ?? state.data.dialogues.first { $0.id == dialogueID }?.schoolID
        if let dialogueID { return DialogueOpening.request(dialogueID, schoolID: schoolID, intent: .show, &state) }
        if let schoolID { reveal(schoolID, &state) }
        if schoolID != nil {
            state.focus = .schools
        } else {
            state.status = StatusMessage(state.t(.eventHasNoTarget))
        }
        return []
    }

    /// Selects a school, clearing a filter or showing archived schools if that hides it.
    static func reveal(_ schoolID: String, _ state: inout AppState) {
        guard let school = state.data.school(schoolID) else { return }
        if school.archived { state.schools.showArchived = true }
        if !SchoolRows.schools(data: state.data, state: state.schools).contains(where: { $0.id == schoolID }) {
            state.schools.filter = .init()
        }
        if state.schools.selectedID != schoolID {
            state.schools.selectedID = schoolID
            state.notebook = NotebookPaneState()
        }
    }

    /// Moves the selected event a week later or earlier (planned dialogues move from the notebook).
    static func move(by days: Int, _ state: inout AppState) -> [AppEffect] {
        guard let item = WheelModel.selectedItem(state.wheel, data: state.data) else { return [] }
        var wheel = state.data.wheel
        let year = state.wheel.year
        guard let id = item.event?.id, let event = try? wheel.moveEvent(id, days: days, in: year) else {
            state.status = StatusMessage(state.t(.dialogueNotAnEvent))
            return []
        }
        state.data.wheel = wheel
        follow(event.when, eventID: event.id, &state)
        // A recurring event's occurrence moves this year only.
        state.status = StatusMessage(
            state.t(
                event.recurs ? .eventMovedOnly : .eventMoved,
                ["title": event.title, "when": state.t.when(event.when), "year": year.text]))
        return [.saveWheel(wheel)]
    }

    /// Shows the month of `when` and selects the event there.
    static func follow(_ when: WheelWhen, eventID: String, _ state: inout AppState) {
        let start = state.data.wheel.schoolYearStartMonth
        state.wheel.year = SchoolYear(containing: when.firstDay, startMonth: start)
        state.wheel.monthIndex = WheelPaneState.index(of: when.firstDay.month, startMonth: start)
        let items = WheelModel.itemsInMonth(state.wheel, data: state.data)
        state.wheel.itemIndex = items.firstIndex { $0.event?.id == eventID } ?? 0
    }
}
