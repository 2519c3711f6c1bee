/// A follow-up question the facilitator can ask ("kloka följdfrågor"), in Swedish and English.
public struct Prompt: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The section it suits; nil for a standing question asked in any section.
    public var section: SectionKind?
    /// Kinds of note it digs into best (a challenge: "what happens if nothing is done?").
    public var forKinds: [NoteKind]
    public var sv: String
    public var en: String

    public init(id: String, section: SectionKind?, forKinds: [NoteKind] = [], sv: String, en: String) {
        self.id = id
        self.section = section
        self.forKinds = forKinds
        self.sv = sv
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .sv ? sv : en }
}

/// The bank of follow-up questions, kept in the store (`prompts.json`) where it can be edited.
public struct PromptBank: Hashable, Sendable, Codable {
    public var prompts: [Prompt]

    public init(prompts: [Prompt]) { self.prompts = prompts }

    /// Questions already asked in a dialogue (its question notes), in either language.
    public func asked(in d: Dialogue) -> Set<String> {
        let questions = Set(d.notes.filter { $0.kind == .question }.map { normalise($0.text) })
        return Set(
            prompts.filter { questions.contains(normalise($0.sv)) || questions.contains(normalise($0.en)) }.map(\.id))
    }

    func normalise(_ s: String) -> String {
        s.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// Three to five questions for a section and, if one is selected, the note under discussion:
    /// those suited to that note in this section first, then the section's own in order, then
    /// those suited to the note from elsewhere (a standing question follows its kind of note into
    /// any section); none asked before.
    public func suggestions(section: SectionKind, note: Note?, in d: Dialogue, count: Int = 4) -> [Prompt] {
        let asked = asked(in: d)
        let open = prompts.filter { !asked.contains($0.id) }
        var out: [Prompt] = []
        func add(_ list: [Prompt]) {
            for p in list where !out.contains(where: { $0.id == p.id }) && out.count < count { out.append(p) }
        }
        if let note {
            add(open.filter { $0.forKinds.contains(note.kind) && ($0.section == nil || $0.section == section) })
        }
        add(open.filter { $0.section == section })
        add(open.filter { $0.section == nil })
        if let note { add(open.filter { $0.id.hasPrefix("standing-") && $0.forKinds.contains(note.kind) }) }
        return out
    }

    /// The whole bank for a section: its own questions, then the standing ones, then the rest.
    public func all(for section: SectionKind) -> [Prompt] {
        prompts.filter { $0.section == section } + prompts.filter { $0.section == nil }
            + prompts.filter { $0.section != nil && $0.section != section }
    }
}
