import AppCore
import TUIKit
import TillitDomain

/// A form: one line per field, the focused one with the cursor, an error under them.
enum FormView {
    static func draw(_ form: FormState, _ state: AppState, _ canvas: inout Canvas) -> (x: Int, y: Int)? {
        let t = state.t
        let width = min(72, state.size.width - 2)
        var summary = form.purpose == .closeDialogue ? CloseSummary.lines(state) : []
        var title = t(form.title)
        if form.purpose == .export, let d = state.notebook.open?.dialogue {
            let text = ExportForm.summary(d, t)
            summary = Wrap.lines(text, width: width - 6).map {
                ($0, text == t(.exportNoPersonalData) ? Role.dim : Role.warning)
            }
        }
        if case .reviewAction(_, let actions, let index) = form.purpose {
            let a = actions[index]
            title = t(.formReview, ["n": String(index + 1), "count": String(actions.count)])
            summary = Wrap.lines(a.text, width: width - 6).map { ($0, Role.actionOpen) }
            var details: [String] = [a.statusWords(t, on: state.today)]
            if let owner = a.owner { details.append(owner) }
            if let due = a.due { details.append(due.iso) }
            summary.append((details.joined(separator: " · "), .dim))
        }
        // Summary lines wrap rather than being cut ("Återkoppli…").
        summary = summary.flatMap { line in Wrap.lines(line.0, width: max(4, width - 4)).map { ($0, line.1) } }
        // Labels get at most two fifths of the width; a longer one wraps inside its column, so no
        // label ever crosses the box's border, in any language or size.
        let labels = form.fields.map { t($0.label) }
        // ... but never narrower than its longest word ("Utbildningsområde" is not cut), up to half.
        let longestWord = labels.flatMap { $0.split(separator: " ") }.map { DisplayWidth.of(String($0)) }.max() ?? 4
        let widest = labels.map(DisplayWidth.of).max() ?? 10
        let labelWidth = max(4, min(widest, max((width - 4) * 2 / 5, min(longestWord, (width - 4) / 2))))
        let labelLines = labels.map { Wrap.lines($0, width: labelWidth) }
        // A hint wraps under its field too (the box is as wide as `width`: the fields start after
        // the labels, a border and a margin).
        let names = state.data.agendas.map(\.name).joined(separator: ", ")
        let hintLines = form.fields.map { f in
            hint(f, form, state).map { Wrap.lines(t($0, ["names": names]), width: max(4, width - labelWidth - 6)) }
                ?? []
        }
        let rows = zip(labelLines, hintLines).map { max(2, $0.count, 1 + $1.count) }
        let errorLines = form.error.map { Wrap.lines($0, width: max(4, width - 4)) } ?? []
        let height = rows.reduce(0, +) + 3 + max(1, errorLines.count) + (summary.isEmpty ? 0 : summary.count + 1)
        var inner = OverlayBox.draw(width: width, height: height, title: title, in: state.size, &canvas)
        let summaryRows = min(summary.count, max(0, inner.height - 4))
        for (i, line) in summary.prefix(summaryRows).enumerated() {
            canvas.line(line.0, x: inner.x + 1, y: inner.y + i, width: inner.width - 2, role: line.1)
        }
        if !summary.isEmpty {
            inner = Rect(
                x: inner.x, y: inner.y + summaryRows + 1, width: inner.width, height: inner.height - summaryRows - 1)
        }
        let fieldX = inner.x + labelWidth + 3
        let fieldWidth = max(4, inner.maxX - fieldX - 1)
        // On a small screen the fields scroll so that the focused one shows.
        let available = max(1, inner.height - 1 - max(1, errorLines.count))
        var top = 0
        let focusStart = rows.prefix(form.focus).reduce(0, +)
        if focusStart + (rows.indices.contains(form.focus) ? rows[form.focus] : 1) > available {
            top = focusStart + (rows.indices.contains(form.focus) ? rows[form.focus] : 1) - available
        }
        var cursor: (x: Int, y: Int)?
        var offset = 0
        for (i, field) in form.fields.enumerated() {
            let y = inner.y + offset - top
            offset += rows[i]
            guard y >= inner.y else { continue }
            guard y < inner.y + available else { break }
            let focused = i == form.focus
            for (n, line) in labelLines[i].enumerated() where y + n < inner.y + available {
                canvas.text(
                    line, x: inner.x + 1 + labelWidth - DisplayWidth.of(line), y: y + n,
                    role: focused ? .prompt : .overlay)
            }
            if !field.choices.isEmpty {
                let value = choiceLabel(field.choices[field.choiceIndex], field.key, state)
                canvas.line("‹ \(value) ›", x: fieldX, y: y, width: fieldWidth, role: focused ? .input : .overlay)
                // A colour is shown, not only numbered.
                if field.key == .colour, let n = Int(field.choices[field.choiceIndex]), (1...5).contains(n) {
                    let x = fieldX + DisplayWidth.of("‹ \(value) › ")
                    if x + 2 <= fieldX + fieldWidth { canvas.text("██", x: x, y: y, role: PhasesView.roles[n - 1]) }
                }
            } else {
                var (visible, column) = field.editor.visible(width: fieldWidth)
                // A field not being typed in (or whose text is all selected, to be replaced) shows
                // how its text begins, cut with an ellipsis, not where the cursor would be.
                if !focused || field.selected {
                    visible = field.editor.text
                    column = min(DisplayWidth.of(visible), fieldWidth - 1)
                }
                canvas.line(visible, x: fieldX, y: y, width: fieldWidth, role: .input)
                if focused && field.selected {
                    canvas.restyle(
                        Rect(x: fieldX, y: y, width: min(DisplayWidth.of(visible), fieldWidth), height: 1),
                        role: .selection)
                }
                if focused { cursor = (fieldX + column, y) }
            }
            for (n, line) in hintLines[i].enumerated() where y + 1 + n < inner.y + available {
                canvas.text(line, x: fieldX, y: y + 1 + n, role: .dim, maxWidth: fieldWidth)
            }
        }
        let bottom = inner.maxY - 1
        for (n, line) in errorLines.enumerated() {
            canvas.line(line, x: inner.x + 1, y: bottom - errorLines.count + n, width: inner.width - 2, role: .error)
        }
        let keys = "Tab \(t(.keyNextField)) · Enter \(t(form.acceptWord)) · Esc \(t(.keyCancel))"
        canvas.line(keys, x: inner.x + 1, y: bottom, width: inner.width - 2, role: .helpKey)
        return cursor
    }

    /// A field's hint as the form stands: planning says which fields the chosen level uses; the
    /// setup mentions last time's participants only when there was a last time.
    static func hint(_ f: FormField, _ form: FormState, _ state: AppState) -> M? {
        if form.purpose == .planDialogue {
            let level = form.value(.level)
            switch f.key {
            case .school: return level == DialogueLevel.school.rawValue ? .hintSchoolPlan : .hintNotForLevel
            case .area: return level == DialogueLevel.area.rawValue ? .hintAreaPlan : .hintNotForLevel
            case .place where level != DialogueLevel.school.rawValue: return .hintPlaceRoom
            default: break
            }
        }
        if form.purpose == .setup, f.key == .participants, state.notebook.previous == nil {
            return .hintParticipantsNew
        }
        return f.hint
    }

    static func choiceLabel(_ value: String, _ key: FormField.Key, _ state: AppState) -> String {
        let t = state.t
        if key == .fromMonth || key == .toMonth, let m = Int(value) { return t.monthName(m) }
        if key == .colour { return t(.phaseColour, ["colour": value]) }
        if key == .measure, let m = state.data.figures.measure(value) { return m.name(state.language) }
        if key == .scope { return value == "only" ? t(.scopeOnly, ["year": state.wheel.year.text]) : t(.scopeEvery) }
        if key == .repeats {
            switch value {
            case "date": return t(.recurDate)
            case "week": return t(.recurWeek)
            case "weekday": return t(.recurSameWeekday)
            default: return t(.recurOnce)
            }
        }
        if key == .kind, let kind = WheelEventKind(rawValue: value) { return t.eventKind(kind) }
        if key == .status, let status = ActionStatus(rawValue: value) { return t.actionStatus(status) }
        if key == .level, let level = DialogueLevel(rawValue: value) { return t.level(level) }
        if key == .redact || key == .includeInternal { return t(value == "yes" ? .choiceYes : .choiceNo) }
        return value
    }
}
