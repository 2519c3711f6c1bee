import TillitDomain

/// The follow-up questions suggested for the moment, worked out when what they depend on changes
/// (the section, the selected note, the questions already asked, the bank, the figures) rather
/// than for every frame and key: a letter typed in a note must not go through the bank.
public struct SuggestionMemo: Equatable, Sendable {
    struct Key: Equatable, Sendable {
        var section: SectionKind
        var note: Note?
        var asked: [String]
        var bank: PromptBank
        var figures: FigureMemo?
    }

    var key: Key
    public var prompts: [Prompt]

    /// Equal inputs, equal suggestions: only the key is compared.
    public static func == (a: SuggestionMemo, b: SuggestionMemo) -> Bool { a.key == b.key }

    /// Brings the suggestions up to date, if what they depend on changed. While a note is being
    /// written they are not shown, so they wait until the editor closes.
    static func refresh(_ state: inout AppState) {
        guard let open = state.notebook.open, open.editor == nil else { return }
        let key = key(open, state.data.prompts)
        if open.suggestions?.key == key { return }
        state.notebook.open?.suggestions = SuggestionMemo(key: key, prompts: compute(open, key.note, key.bank))
    }

    /// The suggestions now: the memo's when it is up to date, else worked out.
    static func current(_ open: OpenDialogue, _ bank: PromptBank) -> [Prompt] {
        let key = key(open, bank)
        if let memo = open.suggestions, memo.key == key { return memo.prompts }
        return compute(open, key.note, bank)
    }

    static func key(_ open: OpenDialogue, _ bank: PromptBank) -> Key {
        let note = open.dialogue.notes.first { $0.id == open.selectedNoteID && $0.section == open.section }
        return Key(
            section: open.section, note: note, asked: open.dialogue.notes.filter { $0.kind == .question }.map(\.text),
            bank: bank, figures: open.figures)
    }

    /// The bank's questions for the section and note, none asked before; in the results, a measure
    /// that went the wrong way is asked about first.
    static func compute(_ open: OpenDialogue, _ note: Note?, _ bank: PromptBank) -> [Prompt] {
        let suggested = bank.suggestions(section: open.section, note: note, in: open.dialogue)
        guard open.section == .results else { return suggested }
        let figures = FigurePrompts.make(open.figures?.trends ?? [], in: open.dialogue)
        return Array((figures.prefix(2) + suggested).prefix(max(suggested.count, 4)))
    }
}
