/// A named agenda: minutes per section. The store keeps them in `agendas.json`; add your own there.
public struct AgendaTemplate: Hashable, Sendable, Codable {
    public var name: String
    public var minutes: [SectionKind: Int]

    public init(name: String, minutes: [SectionKind: Int]) {
        self.name = name
        self.minutes = minutes
    }

    public static let defaults = [
        AgendaTemplate(name: "Standard 90", minutes: DialogueClock.defaultAgenda),
        AgendaTemplate(
            name: "Kort 60",
            minutes: [.strengths: 10, .results: 10, .analysis: 15, .needs: 10, .forward: 10, .feedback: 5]),
        AgendaTemplate(
            name: "Lång 120",
            minutes: [.strengths: 20, .results: 20, .analysis: 30, .needs: 20, .forward: 20, .feedback: 10]),
    ]

    /// The minutes in section order, as the setup shows them: "15 15 20 15 20 5".
    public var text: String { SectionKind.allCases.map { String(minutes[$0] ?? 0) }.joined(separator: " ") }
}
