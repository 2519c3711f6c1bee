import TUIKit
import TillitDomain

/// Forms: building them, typing in them, and saving what they hold.
enum FormReducer {
    static func schoolForm(_ school: School?, _ state: AppState) -> FormState {
        FormState(
            purpose: school.map { .editSchool($0.id) } ?? .addSchool,
            fields: [
                FormField(.name, text: school?.name ?? ""),
                FormField(.area, text: state.data.area(school?.areaID ?? state.selectedSchool?.areaID)?.name ?? ""),
                FormField(.principal, text: school?.principal ?? ""),
                FormField(.grades, text: school?.grades?.text ?? ""),
                FormField(.address, text: school?.address ?? ""),
                FormField(.code, text: school?.code ?? ""),
            ])
    }

    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect]? {
        guard case .form(var form) = state.overlay else { return nil }
        form.error = nil
        let field = form.fields[form.focus]
        let count = field.choices.count
        switch command {
        case .cancel:
            state.overlay = nil
            state.status = StatusMessage(state.t(.cancelled))
            // A dialogue begun with `n` and not set up was never written: it goes.
            if form.purpose == .setup, state.notebook.open?.isNew == true {
                state.notebook.open = nil
                state.status = StatusMessage(state.t(.newDialogueCancelled))
            }
            // Last time's actions left for now (F takes them up again): the meeting's clock goes on.
            if case .reviewAction(_, let actions, let index) = form.purpose {
                state.status = StatusMessage(state.t(.reviewLeft, ["count": String(actions.count - index)]))
                return DialogueLifecycle.resumeClock(&state)
            }
            return []
        case .accept:
            return submit(form, &state, env)
        case .nextField:
            form.focus((form.focus + 1) % form.fields.count)
        case .previousField:
            form.focus((form.focus + form.fields.count - 1) % form.fields.count)
        // In a choice, ← and → (and Space) change it.
        case .text(.left) where count > 0:
            form.fields[form.focus].choiceIndex = (field.choiceIndex + count - 1) % count
        case .text(.right) where count > 0, .text(.insert(" ")) where count > 0:
            form.fields[form.focus].choiceIndex = (field.choiceIndex + 1) % count
        case .text(let edit):
            form.edit(edit)
        default:
            return nil
        }
        ExportForm.followInternalChoice(&form, state)
        // Another measure, year or group: the value there now, to correct.
        if case .figure(let schoolID) = form.purpose, [.measure, .schoolYear, .group].contains(field.key),
            form.fields[form.focus] != field || form.focus != form.fields.firstIndex(of: field)
        {
            FigureForm.refill(&form, schoolID, state)
        }
        state.overlay = .form(form)
        return []
    }

    /// Keeps the form open with a message next to the field that is wrong.
    static func reject(_ form: FormState, _ key: FormField.Key, _ message: String, _ state: inout AppState)
        -> [AppEffect]
    {
        var form = form
        form.error = message
        form.focus(form.fields.firstIndex { $0.key == key } ?? form.focus)
        state.overlay = .form(form)
        return []
    }

    static func submit(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        // Exporting only reads the store.
        if form.purpose != .export, GlobalReducer.refuseIfReadOnly(&state) {
            state.overlay = nil
            return []
        }
        let t = state.t
        switch form.purpose {
        case .addSchool, .editSchool:
            return submitSchool(form, &state)
        case .addAction:
            return LiveReducer.saveAction(form, &state, env)
        case .closeDialogue:
            return DialogueLifecycle.close(form, &state, env)
        case .setup:
            return StartReducer.submitSetup(form, &state)
        case .export:
            guard let id = state.notebook.open?.dialogue.id else { return [] }
            var path = form.value(.path)
            let format = form.value(.format)
            if !path.hasSuffix("." + format) { path += "." + format }
            state.overlay = nil
            return [
                .export(
                    ExportRequest(
                        dialogueID: id, format: format, path: path, redact: form.value(.redact) == "yes",
                        language: state.language, exportedOn: state.today,
                        includeInternal: form.value(.includeInternal) == "yes"))
            ]
        case .reviewAction(let dialogueID, let actions, let index):
            return StartReducer.submitReview(form, dialogueID, actions, index, &state, env)
        case .addEvent, .editEvent:
            return EventForm.submit(form, &state, env)
        case .addPhase, .editPhase:
            return PhasesReducer.submit(form, &state)
        case .planDialogue:
            return PlanForm.submit(form, &state, env)
        case .editPlan(let id):
            return PlanEdit.submit(form, id, &state)
        case .figure(let schoolID):
            return FigureForm.submit(form, schoolID, &state)
        }
    }

    static func submitSchool(_ form: FormState, _ state: inout AppState) -> [AppEffect] {
        let t = state.t
        var list = state.data.schoolList
        let saved: (school: School, newArea: Area?)
        do {
            if case .editSchool(let id) = form.purpose {
                saved = try list.editSchool(
                    id, name: form.value(.name), area: form.value(.area), principal: form.value(.principal),
                    grades: form.value(.grades), address: form.value(.address), code: form.value(.code))
            } else {
                saved = try list.addSchool(
                    name: form.value(.name), area: form.value(.area), principal: form.value(.principal),
                    grades: form.value(.grades), address: form.value(.address), code: form.value(.code))
            }
        } catch {
            let field: FormField.Key
            switch error {
            case .emptyArea: field = .area
            case .badGrades: field = .grades
            case .badSchoolCode, .duplicateSchoolCode: field = .code
            default: field = .name
            }
            return reject(form, field, ErrorText(t).refusal(error), &state)
        }
        state.data.schoolList = list
        state.overlay = nil
        state.schools.filter = LineEditor()
        state.schools.selectedID = saved.school.id
        let areaName = list.area(saved.school.areaID)?.name ?? ""
        var key = M.schoolAdded
        if case .editSchool = form.purpose { key = .schoolUpdated }
        state.status = StatusMessage(t(key, ["name": saved.school.name, "id": saved.school.id, "area": areaName]))
        return [.saveSchools(list)]
    }
}
