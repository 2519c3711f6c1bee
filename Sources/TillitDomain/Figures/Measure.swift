/// Something a school is measured by, year after year: a grade average, a share of pupils, an
/// answer in a survey. Defined in the store (`figures.json`), in Swedish and English.
public struct Measure: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var sv: String
    public var en: String
    /// What the value is counted in ("%", "poäng"); empty for none.
    public var unit: String
    /// How many decimals a value is shown with.
    public var decimals: Int
    /// Whether a higher value is better (a fall in it is marked); false for absence, say.
    public var higherIsBetter: Bool
    /// Where the figures come from ("Skolverket", "Elevenkäten").
    public var source: String?

    public init(
        id: String, sv: String, en: String, unit: String = "", decimals: Int = 0, higherIsBetter: Bool = true,
        source: String? = nil
    ) {
        self.id = id
        self.sv = sv
        self.en = en
        self.unit = unit
        self.decimals = decimals
        self.higherIsBetter = higherIsBetter
        self.source = source
    }

    public func name(_ language: Language) -> String { language == .sv ? sv : en }

    /// Whether a change from one value to another is for the worse.
    public func isWorse(from old: Double, to new: Double) -> Bool {
        higherIsBetter ? new < old : new > old
    }

    /// Whether a name someone wrote means this measure: its id, or its name in either language.
    public func isNamed(_ text: String) -> Bool {
        let q = Slug.make(text)
        return !q.isEmpty && (id == q || Slug.make(sv) == q || Slug.make(en) == q)
    }
}
