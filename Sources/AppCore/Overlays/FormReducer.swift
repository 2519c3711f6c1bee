import TillitDomain
import TUIKit

/// Forms: building them, typing in them, and saving what they hold.
enum FormReducer {
    static func schoolForm(_ school: School?, _ state: AppState) -> FormState {
        FormState(purpose: school.map { .editSchool($0.id) } ?? .addSchool, fields: [
            FormField(.name, text: school?.name ?? ""),
            FormField(.area, text: state.data.area(school?.areaID ?? state.selectedSchool?.areaID)?.name ?? ""),
            FormField(.principal, text: school?.principal ?? ""),
            FormField(.grades, text: school?.grades?.text ?? ""),
        ])
    }

    static func eventForm(_ event: WheelEvent?, _ state: AppState) -> FormState {
        let month = WheelModel.month(state.wheel, data: state.data)
        let firstOfMonth = LocalDate(year: month.year, month: month.month, day: 1)!
        let when = event?.when ?? .date(firstOfMonth)
        return FormState(purpose: event.map { .editEvent($0.id) } ?? .addEvent, fields: [
            FormField(.title, text: event?.title ?? ""),
            FormField(.when, text: when.iso),
            FormField(.kind, choices: WheelEventKind.allCases.map(\.rawValue), choice: (event?.kind ?? .other).rawValue),
            FormField(.school, text: state.data.school(event?.schoolID)?.name ?? ""),
        ])
    }

    static func planForm(_ state: AppState, _ env: AppEnvironment) -> FormState {
        let school = state.selectedSchool
        // From the wheel: the shown month's first week; elsewhere: next week.
        var week = env.today.adding(days: 7).isoWeek
        if state.focus == .wheel {
            let m = WheelModel.month(state.wheel, data: state.data)
            let first = LocalDate(year: m.year, month: m.month, day: 1)!
            week = first.adding(days: (8 - first.isoWeekday) % 7).isoWeek
        }
        let facilitators = state.data.area(school?.areaID)?.head ?? ""
        return FormState(purpose: .planDialogue, fields: [
            FormField(.school, text: school?.name ?? ""),
            FormField(.when, text: week.iso),
            FormField(.facilitators, text: facilitators),
        ])
    }

    static func key(_ key: KeyEvent, _ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        var form = form
        form.error = nil
        let field = form.fields[form.focus]
        switch key.key {
        case .escape:
            state.overlay = nil
            state.status = StatusMessage(state.t(.cancelled))
            return []
        case .enter:
            return submit(form, &state, env)
        case .tab, .down:
            form.focus((form.focus + 1) % form.fields.count)
        case .backTab, .up:
            form.focus((form.focus + form.fields.count - 1) % form.fields.count)
        case .left where !field.choices.isEmpty:
            form.fields[form.focus].choiceIndex = (field.choiceIndex + field.choices.count - 1) % field.choices.count
        case .right where !field.choices.isEmpty, .char(" ") where !field.choices.isEmpty:
            form.fields[form.focus].choiceIndex = (field.choiceIndex + 1) % field.choices.count
        default:
            form.edit(key)
        }
        state.overlay = .form(form)
        return []
    }

    /// Keeps the form open with a message next to the field that is wrong.
    static func reject(_ form: FormState, _ key: FormField.Key, _ message: String, _ state: inout AppState) -> [AppEffect] {
        var form = form
        form.error = message
        form.focus(form.fields.firstIndex { $0.key == key } ?? form.focus)
        state.overlay = .form(form)
        return []
    }

    static func findSchool(_ text: String, _ state: AppState) -> School? {
        let q = text.lowercased()
        let schools = state.data.schools
        if let s = schools.first(where: { $0.id == q || $0.name.lowercased() == q }) { return s }
        let prefix = schools.filter { $0.name.lowercased().hasPrefix(q) }
        return prefix.count == 1 ? prefix[0] : nil
    }

    static func submit(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        // Exporting only reads the store.
        if form.purpose != .export, AppReducer.refuseIfReadOnly(&state) {
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
            return LiveReducer.close(form, &state)
        case .setup:
            return StartReducer.submitSetup(form, &state)
        case .export:
            guard let id = state.notebook.open?.dialogue.id else { return [] }
            var path = form.value(.path)
            let format = form.value(.format)
            if !path.hasSuffix("." + format) { path += "." + format }
            state.overlay = nil
            return [.export(dialogueID: id, format: format, path: path, redact: form.value(.redact) == "yes")]
        case .reviewAction(let dialogueID, let actions, let index):
            return StartReducer.submitReview(form, dialogueID, actions, index, &state, env)
        case .addEvent, .editEvent:
            let title = form.value(.title)
            guard !title.isEmpty else { return reject(form, .title, t(.emptyName), &state) }
            guard let when = WhenParser.parse(form.value(.when), schoolYear: state.wheel.year) else {
                return reject(form, .when, t(.badWhen, ["value": form.value(.when)]), &state)
            }
            var schoolID: String?
            if !form.value(.school).isEmpty {
                guard let s = findSchool(form.value(.school), state) else {
                    return reject(form, .school, t(.schoolNotFound, ["query": form.value(.school)]), &state)
                }
                schoolID = s.id
            }
            let kind = WheelEventKind(rawValue: form.value(.kind)) ?? .other
            var wheel = state.data.wheel
            let id: String
            if case .editEvent(let existing) = form.purpose, let i = wheel.events.firstIndex(where: { $0.id == existing }) {
                id = existing
                wheel.events[i].title = title
                wheel.events[i].when = when
                wheel.events[i].kind = kind
                wheel.events[i].schoolID = schoolID
            } else {
                id = "ev-" + env.makeID().prefix(8)
                wheel.events.append(WheelEvent(id: id, title: title, when: when, kind: kind, schoolID: schoolID))
            }
            wheel.events.sort { $0.when < $1.when }
            state.data.wheel = wheel
            state.overlay = nil
            WheelReducer.follow(when, eventID: id, &state)
            state.status = StatusMessage(t(.eventSaved, ["title": title]))
            return [.saveWheel(wheel)]
        case .planDialogue:
            guard let school = findSchool(form.value(.school), state) else {
                return reject(form, .school, t(.schoolNotFound, ["query": form.value(.school)]), &state)
            }
            if school.archived {
                return reject(form, .school, t(.schoolArchivedNoDialogue, ["name": school.name]), &state)
            }
            guard let when = WhenParser.parse(form.value(.when), schoolYear: state.wheel.year) else {
                return reject(form, .when, t(.badWhen, ["value": form.value(.when)]), &state)
            }
            var week: ISOWeek?
            if case .week(let w) = when { week = w }
            let facilitators = form.value(.facilitators).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let start = state.data.wheel.schoolYearStartMonth
            let dialogue = Dialogue(id: env.makeID(), level: .school, schoolID: school.id, areaID: school.areaID,
                                    date: when.firstDay, schoolYear: SchoolYear(containing: when.firstDay, startMonth: start),
                                    status: .planned, facilitators: facilitators, plannedWeek: week)
            state.data.dialogues.append(DialogueSummary(dialogue, fingerprint: nil))
            state.data.dialogues.sort { ($0.date, $0.id) > ($1.date, $1.id) }
            state.overlay = nil
            WheelReducer.reveal(school.id, &state)
            state.wheel.year = dialogue.schoolYear
            state.wheel.monthIndex = WheelPaneState.index(of: when.firstDay.month, startMonth: start)
            state.wheel.itemIndex = WheelModel.itemsInMonth(state.wheel, data: state.data).firstIndex { $0.dialogue?.id == dialogue.id } ?? 0
            state.status = StatusMessage(t(.dialoguePlanned, ["school": school.name, "when": t.when(when)]))
            return [.createDialogue(dialogue)]
        }
    }

    static func submitSchool(_ form: FormState, _ state: inout AppState) -> [AppEffect] {
        let t = state.t
        let name = form.value(.name)
        guard !name.isEmpty else { return reject(form, .name, t(.emptyName), &state) }
        let areaName = form.value(.area)
        guard !areaName.isEmpty else { return reject(form, .area, t(.importMissingArea), &state) }
        var grades: Grades?
        if !form.value(.grades).isEmpty {
            guard let g = Grades(text: form.value(.grades)) else {
                return reject(form, .grades, t(.badGrades, ["value": form.value(.grades)]), &state)
            }
            grades = g
        }
        var doc = state.data.schoolList
        var editingID: String?
        if case .editSchool(let id) = form.purpose { editingID = id }
        if doc.schools.contains(where: { $0.id != editingID && $0.name.lowercased() == name.lowercased() }) {
            return reject(form, .name, t(.schoolDuplicate, ["name": name]), &state)
        }
        let area: Area
        if let a = doc.areas.named(areaName) {
            area = a
        } else {
            area = Area(id: Slug.unique(areaName, taken: Set(doc.areas.map(\.id))), name: areaName)
            doc.areas.append(area)
        }
        let principal = form.value(.principal).isEmpty ? nil : form.value(.principal)
        let id: String
        if let editingID, let i = doc.schools.firstIndex(where: { $0.id == editingID }) {
            id = editingID
            doc.schools[i].name = name
            doc.schools[i].areaID = area.id
            doc.schools[i].principal = principal
            doc.schools[i].grades = grades
        } else {
            id = Slug.unique(name, taken: Set(doc.schools.map(\.id)))
            doc.schools.append(School(id: id, name: name, areaID: area.id, principal: principal, grades: grades))
        }
        state.data.schoolList = doc
        state.overlay = nil
        state.schools.filter = LineEditor()
        state.schools.selectedID = id
        state.status = StatusMessage(t(editingID == nil ? .schoolAdded : .schoolUpdated, ["name": name, "id": id, "area": area.name]))
        return [.saveSchools(doc)]
    }
}
