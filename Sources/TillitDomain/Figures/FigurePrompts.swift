/// Follow-up questions from the figures: a measure that went the wrong way since last year is
/// asked about by name ("Vad tror ni att nedgången i närvaro beror på?"), first in the results.
public enum FigurePrompts {
    public static func make(_ trends: [FigureTrend], in d: Dialogue) -> [Prompt] {
        let asked = Set(d.notes.filter { $0.kind == .question }.map { normalise($0.text) })
        return trends.filter(\.worsened).compactMap { tr in
            let m = tr.measure
            let sv = m.higherIsBetter ? "nedgången i \(lower(m.sv))" : "ökningen av \(lower(m.sv))"
            let en = m.higherIsBetter ? "the fall in \(lower(m.en))" : "the rise in \(lower(m.en))"
            let p = Prompt(
                id: "figure-\(m.id)", section: .results, forKinds: [.result],
                sv: "Vad tror ni att \(sv) beror på?", en: "What do you think lies behind \(en)?")
            return asked.contains(normalise(p.sv)) || asked.contains(normalise(p.en)) ? nil : p
        }
    }

    /// "Meritvärde åk 9" → "meritvärde åk 9"; an abbreviation ("SALSA") keeps its capitals.
    static func lower(_ name: String) -> String {
        guard let first = name.first, name.count > 1 else { return name }
        let second = name[name.index(after: name.startIndex)]
        return second.isUppercase ? name : first.lowercased() + name.dropFirst()
    }

    static func normalise(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }
}
