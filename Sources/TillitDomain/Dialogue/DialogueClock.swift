import Foundation

/// The meeting's clocks: minutes planned per section (the agenda), seconds spent per section,
/// and whether the clock runs (and since when). Elapsed time is computed from a given "now", so
/// the clock is a plain value and tests use a fixed time.
public struct DialogueClock: Hashable, Sendable, Codable {
    public var agendaMinutes: [SectionKind: Int]
    public var spentSeconds: [SectionKind: Int]
    /// When the clock last started running in `section`; nil while paused.
    public var runningSince: Date?
    public var section: SectionKind

    /// The default agenda: ninety minutes, strengths first.
    public static let defaultAgenda: [SectionKind: Int] = [
        .strengths: 15, .results: 15, .analysis: 20, .needs: 15, .forward: 20, .feedback: 5,
    ]

    public init(
        agendaMinutes: [SectionKind: Int] = DialogueClock.defaultAgenda, section: SectionKind = .strengths,
        runningSince: Date? = nil
    ) {
        self.agendaMinutes = agendaMinutes
        spentSeconds = [:]
        self.runningSince = runningSince
        self.section = section
    }

    public var isRunning: Bool { runningSince != nil }

    /// Seconds spent in a section up to `now`.
    public func elapsed(_ s: SectionKind, now: Date) -> Int {
        var total = spentSeconds[s] ?? 0
        if s == section, let since = runningSince { total += max(0, Int(now.timeIntervalSince(since))) }
        return total
    }

    /// Seconds spent in the whole meeting up to `now`.
    public func total(now: Date) -> Int { SectionKind.allCases.reduce(0) { $0 + elapsed($1, now: now) } }

    public var agendaTotalMinutes: Int { agendaMinutes.values.reduce(0, +) }

    /// The clock after moving to another section at `now`.
    public func entering(_ s: SectionKind, now: Date) -> DialogueClock {
        var c = self
        c.spentSeconds[section] = elapsed(section, now: now)
        c.section = s
        if c.runningSince != nil { c.runningSince = now }
        return c
    }

    public func paused(now: Date) -> DialogueClock {
        var c = self
        c.spentSeconds[section] = elapsed(section, now: now)
        c.runningSince = nil
        return c
    }

    public func resumed(now: Date) -> DialogueClock {
        var c = self
        if c.runningSince == nil { c.runningSince = now }
        return c
    }

    /// `mm:ss` (or `h:mm:ss` past an hour).
    /// Hours, minutes and seconds, always all three ("0:12:05", "1:58:00"): "01:58" would read
    /// as a minute or as an hour.
    public static func format(_ seconds: Int) -> String {
        let s = max(0, seconds)
        return Padded.joined((s / 3600, 1), ":", ((s / 60) % 60, 2), ":", (s % 60, 2))
    }

    /// Whole minutes over a limit (ten seconds over is not a minute over), 0 when not over.
    public static func minutesOver(_ spent: Int, _ limit: Int) -> Int {
        spent > limit ? (spent - limit) / 60 : 0
    }
}
