import Foundation
import TillitDomain

/// What reducers may not make themselves: new ids and today's date.
public struct AppEnvironment: Sendable {
    public var makeID: @Sendable () -> String
    public var today: LocalDate
    /// The time now, for note timestamps (whole seconds).
    public var now: @Sendable () -> Date

    public init(makeID: @escaping @Sendable () -> String, today: LocalDate,
                now: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }) {
        self.makeID = makeID
        self.today = today
        self.now = now
    }
}
