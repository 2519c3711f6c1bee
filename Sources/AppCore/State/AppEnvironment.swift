import TillitDomain

/// What reducers may not make themselves: new ids and today's date.
public struct AppEnvironment: Sendable {
    public var makeID: @Sendable () -> String
    public var today: LocalDate

    public init(makeID: @escaping @Sendable () -> String, today: LocalDate) {
        self.makeID = makeID
        self.today = today
    }
}
