import TextEditor
import TillitDomain

/// Completing a `#tag` as it is typed, from the tags used before.
enum TagCompletion {
    /// Tags used before, in their canonical form (however they were typed): in this dialogue
    /// and across the store's index, most used first.
    static func knownTags(_ state: AppState) -> [String] {
        var counts: [String: Int] = [:]
        for d in state.data.dialogues { for tag in d.tags { counts[Tag.canonical(tag), default: 0] += 1 } }
        for note in state.notebook.open?.dialogue.notes ?? [] {
            for tag in note.tags { counts[Tag.canonical(tag), default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key).filter { !$0.isEmpty }
    }

    /// What completes the `#tag` being typed at the cursor, if anything (with a space after it).
    static func completion(_ buffer: EditorBuffer, known: [String]) -> String? {
        let before = buffer.chars[..<buffer.cursor]
        guard let hash = before.lastIndex(of: "#") else { return nil }
        let typed = String(before[(hash + 1)...])
        guard !typed.isEmpty, !typed.contains(where: \.isWhitespace) else { return nil }
        let wanted = Tag.canonical(typed)
        guard !wanted.isEmpty, let match = known.first(where: { $0.hasPrefix(wanted) && $0.count > wanted.count })
        else { return nil }
        return String(match.dropFirst(wanted.count)) + " "
    }
}
