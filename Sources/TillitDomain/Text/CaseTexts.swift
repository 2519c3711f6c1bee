/// The words for each case of an enumeration (`section.strengths`, `status.live`, …) in both
/// languages, made once from the catalogues and found by the case's place: these texts are on
/// every frame (a live dialogue's path through its sections, every row of a list), and a key made
/// into text and looked up in a dictionary each time cost more than drawing them.
struct CaseTexts<Case: CaseIterable & Equatable & RawRepresentable & Sendable>: Sendable
where Case.RawValue == String, Case.AllCases == [Case] {
    private let swedish: [String]
    private let english: [String]
    /// `allCases` makes a new array each time it is asked.
    private let cases = Case.allCases

    /// The texts of the keys `prefix.RAWVALUE`.
    init(_ prefix: String) {
        swedish = Case.allCases.map { Localizer(.sv).text("\(prefix).\($0.rawValue)") }
        english = Case.allCases.map { Localizer(.en).text("\(prefix).\($0.rawValue)") }
    }

    func text(_ c: Case, _ language: Language) -> String {
        let i = cases.firstIndex(of: c)!
        return language == .sv ? swedish[i] : english[i]
    }
}
