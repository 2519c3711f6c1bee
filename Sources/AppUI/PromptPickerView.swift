import AppCore
import TUIKit
import TillitDomain

/// The follow-up questions: what suits the moment first, then the rest of the bank.
enum PromptPickerView {
    static func draw(_ picker: PromptPicker, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let section = state.notebook.open?.section ?? .strengths
        var lines: [(String, Role, Int?)] = []
        lines.append((t(.promptsSuggested), .section, nil))
        for (i, p) in picker.prompts.enumerated() {
            if i == picker.suggested {
                lines.append(("", .overlay, nil))
                lines.append((t(.promptsBank), .section, nil))
            }
            lines.append(("  ? " + p.text(state.language), .overlay, i))
        }
        let inner = OverlayBox.draw(
            width: 76, height: min(lines.count + 2, state.size.height - 2),
            title: t(.promptsTitle, ["section": t.sectionShort(section)]), in: state.size, &canvas)
        let selectedLine = lines.firstIndex { $0.2 == picker.selected } ?? 0
        let first = ListWindow.first(selected: selectedLine, count: lines.count, visible: inner.height)
        for (row, line) in lines.dropFirst(first).enumerated() where row < inner.height {
            let role: Role = line.2 == picker.selected ? .selection : line.1
            canvas.line(line.0, x: inner.x, y: inner.y + row, width: inner.width, role: role)
        }
    }
}
