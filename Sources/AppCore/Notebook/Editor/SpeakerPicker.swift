import TUIKit
import TillitDomain

/// Who is speaking, picked over the note editor: the facilitators and the participants (the
/// dialogue is two-way), filtered as a name is typed, 1–9 picking at once; a name that is not
/// there is added to the participants on the spot.
public struct SpeakerPicker: Equatable, Sendable {
    public var filter = LineEditor()
    public var selected = 0

    public init() {}

    /// The choices for a dialogue and what is typed: "no speaker" first while nothing is typed.
    public static func choices(_ d: Dialogue, filter: String) -> [String?] {
        var names: [String] = []
        for n in d.facilitators + d.participants.map(\.name) where !names.contains(n) { names.append(n) }
        let q = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !q.isEmpty else { return [nil] + names }
        return names.filter { name in
            name.lowercased().hasPrefix(q) || name.lowercased().split(separator: " ").contains { $0.hasPrefix(q) }
        }
    }
}

enum SpeakerPickerReducer {
    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard case .speakers(var picker) = state.overlay, let open = state.notebook.open else { return nil }
        let choices = SpeakerPicker.choices(open.dialogue, filter: picker.filter.text)
        switch command {
        case .up: picker.selected = max(0, picker.selected - 1)
        case .down: picker.selected = min(max(0, choices.count - 1), picker.selected + 1)
        case .cancel:
            state.overlay = nil
            return []
        case .accept:
            let typed = SchoolList.cleanName(picker.filter.text)
            if choices.indices.contains(picker.selected) { return pick(choices[picker.selected], &state) }
            guard !typed.isEmpty else { return [] }
            // A new name: one of the people in the room from now on.
            var effects = DialogueLifecycle.change(
                .participantAdded(Participant(name: typed, role: .other(""))), &state)
            effects += pick(typed, &state)
            return effects
        case .text(.insert(let s)) where picker.filter.text.isEmpty && s.count == 1:
            // 1–9 pick the name with that number at once.
            if let n = Int(s), (1...9).contains(n) {
                let numbered = Array(choices.dropFirst())  // "no speaker" is not numbered
                guard numbered.indices.contains(n - 1) else { return [] }
                return pick(numbered[n - 1], &state)
            }
            picker.filter.apply(.insert(s))
            picker.selected = 0
        case .text(let edit):
            if picker.filter.apply(edit) { picker.selected = 0 }
        default:
            return nil
        }
        state.overlay = .speakers(picker)
        return []
    }

    /// The editor's speaker becomes `name` (journaled as a change of the draft).
    static func pick(_ name: String?, _ state: inout AppState) -> [AppEffect] {
        state.overlay = nil
        guard var editor = state.notebook.open?.editor else { return [] }
        editor.draft.speaker = name
        let effects = EditorReducer.journalDraft(&editor, metaChanged: true, &state)
        state.notebook.open?.editor = editor
        return effects
    }
}
