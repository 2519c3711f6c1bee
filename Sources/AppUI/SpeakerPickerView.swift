import AppCore
import TUIKit
import TillitDomain

/// Who is speaking: the field, the names numbered 1–9, the marked one, and a new name when what
/// is typed matches none.
enum SpeakerPickerView {
    static func draw(_ picker: SpeakerPicker, _ state: AppState, _ canvas: inout Canvas) -> (x: Int, y: Int)? {
        guard let d = state.notebook.open?.dialogue else { return nil }
        let t = state.t
        let choices = SpeakerPicker.choices(d, filter: picker.filter.text)
        let typed = picker.filter.text.trimmingCharacters(in: .whitespaces)
        let rows = choices.isEmpty && !typed.isEmpty ? 1 : choices.count
        let hint = Wrap.lines(t(.speakersHint), width: 52)
        let inner = OverlayBox.draw(
            width: 56, height: rows + hint.count + 4, title: t(.speakersTitle), in: state.size, &canvas)
        guard inner.height > 1 else { return nil }
        canvas.text("› ", x: inner.x + 1, y: inner.y, role: .prompt)
        let (visible, column) = picker.filter.visible(width: inner.width - 4)
        canvas.line(visible, x: inner.x + 3, y: inner.y, width: inner.width - 4, role: .input)
        var y = inner.y + 2
        if choices.isEmpty, !typed.isEmpty {
            canvas.line(t(.speakerNew, ["name": typed]), x: inner.x + 1, y: y, width: inner.width - 2, role: .selection)
            y += 1
        }
        var number = 0
        for (i, name) in choices.enumerated() where y < inner.maxY - hint.count {
            var label = name ?? t(.speakerNone)
            if name != nil, typed.isEmpty {
                number += 1
                if number <= 9 { label = "\(number)  " + label }
            }
            canvas.line(
                label, x: inner.x + 1, y: y, width: inner.width - 2, role: i == picker.selected ? .selection : .overlay)
            y += 1
        }
        for (i, line) in hint.enumerated() where inner.maxY - hint.count + i > y - 1 {
            canvas.line(line, x: inner.x + 1, y: inner.maxY - hint.count + i, width: inner.width - 2, role: .dim)
        }
        return (inner.x + 3 + column, inner.y)
    }
}
