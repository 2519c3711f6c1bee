import TillitDomain

/// Adding or changing a wheel event: title, when, kind, whether it comes back every year, its
/// school; a recurring event's change is for this school year only or every year.
enum EventForm {
    /// How the form names recurrence choices (the rule itself comes from the date on saving).
    static let repeats = ["once", "date", "week", "weekday"]

    static func make(_ event: WheelEvent?, _ state: AppState) -> FormState {
        let month = WheelModel.month(state.wheel, data: state.data)
        let firstOfMonth = LocalDate(year: month.year, month: month.month, day: 1)!
        let when = event?.when ?? .date(firstOfMonth)
        var fields = [
            FormField(.title, text: event?.title ?? ""),
            FormField(.when, text: when.iso),
            FormField(
                .kind, choices: WheelEventKind.allCases.map(\.rawValue), choice: (event?.kind ?? .other).rawValue),
            FormField(.repeats, choices: repeats, choice: choice(event?.recurrence)),
            FormField(.school, text: state.data.school(event?.schoolID)?.name ?? ""),
        ]
        // A change to one occurrence of a recurring event is for this year unless said otherwise.
        if event?.recurs == true { fields.append(FormField(.scope, choices: ["only", "every"], choice: "only")) }
        return FormState(purpose: event.map { .editEvent($0.id) } ?? .addEvent, fields: fields)
    }

    static func choice(_ r: Recurrence?) -> String {
        switch r {
        case nil: return "once"
        case .sameDate: return "date"
        case .sameWeek: return "week"
        case .nthWeekday: return "weekday"
        }
    }

    static func recurrence(_ choice: String, on when: WheelWhen) -> Recurrence? {
        switch choice {
        case "date": return .sameDate
        case "week": return .sameWeek
        case "weekday": return .weekdayRule(of: when.firstDay)
        default: return nil
        }
    }

    static func submit(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        let t = state.t
        guard let when = WhenParser.parse(form.value(.when), schoolYear: state.wheel.year) else {
            return FormReducer.reject(form, .when, t(.badWhen, ["value": form.value(.when)]), &state)
        }
        var schoolID: String?
        if !form.value(.school).isEmpty {
            do { schoolID = try state.data.schoolList.findSchool(form.value(.school)).id } catch {
                return FormReducer.reject(form, .school, ErrorText(t).refusal(error), &state)
            }
        }
        let kind = WheelEventKind(rawValue: form.value(.kind)) ?? .other
        let recurrence = recurrence(form.value(.repeats), on: when)
        let year = state.wheel.year
        var wheel = state.data.wheel
        let saved: WheelEvent
        do {
            if case .editEvent(let existing) = form.purpose {
                let scope: Wheel.Scope = form.value(.scope) == "only" ? .only(year) : .everyYear
                saved = try wheel.editEvent(
                    existing, title: form.value(.title), when: when, kind: kind, schoolID: .some(schoolID),
                    recurrence: .some(recurrence), scope: scope, seenIn: year)
            } else {
                saved = try wheel.addEvent(
                    id: Wheel.eventID(from: env.makeID()), title: form.value(.title), when: when,
                    kind: kind, schoolID: schoolID, recurrence: recurrence)
            }
        } catch {
            return FormReducer.reject(form, .title, ErrorText(t).refusal(error), &state)
        }
        state.data.wheel = wheel
        state.overlay = nil
        WheelReducer.follow(saved.when, eventID: saved.id, &state)
        state.status = StatusMessage(t(.eventSaved, ["title": saved.title]))
        return [.saveWheel(wheel)]
    }
}
