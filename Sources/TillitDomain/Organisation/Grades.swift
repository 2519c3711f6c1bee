/// The grades a school teaches, written like `F-3`, `4-9`, `F-9` or `7` (F is förskoleklass).
public struct Grades: Hashable, Sendable, TextCodable, CustomStringConvertible {
    /// 0 stands for F (förskoleklass), 1...9 for the grades of grundskolan.
    public let low: Int
    public let high: Int

    public init?(low: Int, high: Int) {
        guard (0...9).contains(low), (0...9).contains(high), low <= high else { return nil }
        self.low = low
        self.high = high
    }

    /// Parses `F-3`, `F–6` (en dash), `4-9`, `f-9`, `Fklass-3`, `åk 4-9` or a single grade.
    public init?(text raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        for prefix in ["ÅK", "ÅRSKURS"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        text = text.replacingOccurrences(of: "FKLASS", with: "F")
            .replacingOccurrences(of: "–", with: "-")
            .replacingOccurrences(of: "—", with: "-")
            .replacingOccurrences(of: " ", with: "")
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func grade(_ s: Substring) -> Int? {
            if s == "F" { return 0 }
            guard s.count == 1, let n = Int(s), (1...9).contains(n) else { return nil }
            return n
        }
        switch parts.count {
        case 1:
            guard let g = grade(parts[0]) else { return nil }
            self.init(low: g, high: g)
        case 2:
            guard let lo = grade(parts[0]), let hi = grade(parts[1]) else { return nil }
            self.init(low: lo, high: hi)
        default:
            return nil
        }
    }

    public var text: String {
        func name(_ g: Int) -> String { g == 0 ? "F" : String(g) }
        return low == high ? name(low) : "\(name(low))-\(name(high))"
    }

    public var description: String { text }
}

extension Grades {
    public static var format: ValueFormat { .grades }
    public init?(storedText: String) { self.init(text: storedText) }
    public var storedText: String { text }
}
