import Foundation
import TillitDomain

/// What reducers may not make themselves: new ids, and the clock (today's date and the time).
/// The one source of "today": the reducer takes it into the state with each key and tick, and
/// effects carry the state's day to the runner.
public struct AppEnvironment: Sendable {
    public var makeID: @Sendable () -> String
    public var today: @Sendable () -> LocalDate
    /// The time now, for note timestamps (whole seconds).
    public var now: @Sendable () -> Date

    /// A clock that runs (the program): the day and time as they are when asked.
    public init(
        makeID: @escaping @Sendable () -> String, today: @escaping @Sendable () -> LocalDate,
        now: @escaping @Sendable () -> Date = {
            Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        }
    ) {
        self.makeID = makeID
        self.today = today
        self.now = now
    }

    /// A fixed day (tests, the benchmark).
    public init(
        makeID: @escaping @Sendable () -> String, today: LocalDate,
        now: @escaping @Sendable () -> Date = {
            Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        }
    ) {
        self.init(makeID: makeID, today: { today }, now: now)
    }
}
