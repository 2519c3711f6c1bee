/// A phase of the quality work spanning months of the school year (for example "Uppföljning").
public struct WheelPhase: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// First month of the phase, 1...12.
    public var startMonth: Int
    /// Last month of the phase, 1...12 (may wrap past December).
    public var endMonth: Int
    /// Which of the theme's five phase colours it is drawn in (1...5; nil: by its place).
    public var colour: Int?

    public init(id: String, name: String, startMonth: Int, endMonth: Int, colour: Int? = nil) {
        self.id = id
        self.name = name
        self.startMonth = startMonth
        self.endMonth = endMonth
        self.colour = colour
    }

    /// Whether a calendar month (1...12) falls in the phase.
    public func covers(month: Int) -> Bool {
        startMonth <= endMonth
            ? (startMonth...endMonth).contains(month)
            : month >= startMonth || month <= endMonth
    }
}
