import TUIKit
import TillitDomain

/// Entering or correcting one figure of the selected school: the measure, the school year, the
/// value (with the value there now filled in) and a group. The rules are `FigureEntry`'s, the
/// same as the command line's.
enum FigureForm {
    static func open(_ school: School, _ state: AppState) -> FormState? {
        let book = state.data.figures
        guard let first = book.measures.first else { return nil }
        let year =
            book.latestYear(of: .school(school.id), notAfter: SchoolYear(containing: state.today))
            ?? SchoolYear(containing: state.today).previous
        let now = book.value(.school(school.id), first.id, year)
        return FormState(
            purpose: .figure(schoolID: school.id),
            fields: [
                FormField(.measure, choices: book.measures.map(\.id)),
                FormField(.schoolYear, text: year.text),
                FormField(.value, text: now.map { text($0, first, state.language) } ?? ""),
                FormField(.group),
            ])
    }

    /// A value as it is typed: "92,5" in Swedish, ".." for too few.
    static func text(_ v: FigureValue, _ m: Measure, _ language: Language) -> String {
        guard let n = v.number else { return ".." }
        return FigureFormat.number(n, decimals: m.decimals, language).replacingOccurrences(of: "−", with: "-")
    }

    /// After the measure or the year changed: the value there now, to correct.
    static func refill(_ form: inout FormState, _ schoolID: String, _ state: AppState) {
        guard let m = state.data.figures.measure(form.value(.measure)),
            let year = FigureCell.schoolYear(form.value(.schoolYear)),
            let i = form.fields.firstIndex(where: { $0.key == .value })
        else { return }
        let now = state.data.figures.value(.school(schoolID), m.id, year, group: form.value(.group).nilIfEmpty)
        form.fields[i] = FormField(.value, text: now.map { text($0, m, state.language) } ?? "")
        form.fields[i].selected = form.focus == i && !form.fields[i].editor.text.isEmpty
    }

    static func submit(_ form: FormState, _ schoolID: String, _ state: inout AppState) -> [AppEffect] {
        let t = state.t
        guard let m = state.data.figures.measure(form.value(.measure)) else { return [] }
        var book = state.data.figures
        let entry = FigureEntry(
            subject: .school(schoolID), measure: m, year: form.value(.schoolYear), group: form.value(.group),
            value: form.value(.value))
        let outcome: FigureEntry.Outcome
        do {
            outcome = try entry.apply(to: &book)
        } catch {
            switch error {
            case .badYear(let v): return FormReducer.reject(form, .schoolYear, t(.badSchoolYear, ["value": v]), &state)
            case .badValue(let v): return FormReducer.reject(form, .value, t(.badFigureValue, ["value": v]), &state)
            }
        }
        state.overlay = nil
        let who = state.data.school(schoolID)?.name ?? schoolID
        switch outcome {
        case .set(let f):
            state.status = StatusMessage(
                t(
                    .figureSaved,
                    [
                        "subject": who, "year": f.schoolYear.text, "measure": m.name(t.language),
                        "value": FigureFormat.value(f.value, m, t.language),
                    ]))
        case .removed(let y):
            state.status = StatusMessage(
                t(.figureRemoved, ["subject": who, "year": y.text, "measure": m.name(t.language)]))
        case .unchanged:
            state.status = StatusMessage(t(.figureUnchanged))
            return []
        }
        state.data.figures = book
        return [.saveFigures(book)]
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
