import Foundation

/// A time of day to the minute, such as when a meeting starts. Stored as `09:30`; read from what
/// people write: `9`, `9.30`, `09:30`, `kl. 13.15`, `1315`.
public struct TimeOfDay: Hashable, Sendable, Comparable, TextCodable {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Reads a time as people write it (Swedish `kl. 9.30` or `9.30`, ISO `09:30`, `930`).
    public init?(parsing raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["kl.", "kl"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        let parts =
            text.split(separator: ":", omittingEmptySubsequences: false).count == 2
            ? text.split(separator: ":", omittingEmptySubsequences: false)
            : text.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (s: Substring) in !s.isEmpty && s.count <= 2 && s.allSatisfy { $0.isASCII && $0.isNumber } }
        switch parts.count {
        case 1 where text.count >= 3 && text.count <= 4 && text.allSatisfy({ $0.isASCII && $0.isNumber }):
            // 930, 1315
            let n = Int(text)!
            self.init(hour: n / 100, minute: n % 100)
        case 1 where digits(parts[0]):
            self.init(hour: Int(parts[0])!, minute: 0)
        case 2 where digits(parts[0]) && parts[1].count == 2 && digits(parts[1]):
            self.init(hour: Int(parts[0])!, minute: Int(parts[1])!)
        default:
            return nil
        }
    }

    /// As a form shows it: `9.30` (what the hint asks for, in either language).
    public static func formText(_ t: TimeOfDay) -> String {
        String(t.hour) + "." + (t.minute < 10 ? "0" : "") + String(t.minute)
    }

    /// Minutes since midnight.
    public var minutesIntoDay: Int { hour * 60 + minute }

    /// The time `minutes` later, and how many days later that is (a meeting past midnight).
    public func adding(minutes: Int) -> (time: TimeOfDay, days: Int) {
        let total = minutesIntoDay + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        let rest = total - days * 1440
        return (TimeOfDay(hour: rest / 60, minute: rest % 60)!, days)
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutesIntoDay < b.minutesIntoDay }
}

extension TimeOfDay {
    public static var format: ValueFormat { .time }

    /// Only `HH:MM` is stored; what people write is read by `init(parsing:)`.
    public init?(storedText: String) {
        let parts = storedText.split(separator: ":")
        guard storedText.count == 5, parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
        else { return nil }
        self.init(hour: h, minute: m)
    }

    public var storedText: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}
