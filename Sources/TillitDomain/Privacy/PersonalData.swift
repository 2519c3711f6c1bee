import Foundation

/// Finds personal data that must not leave the machine unnoticed: Swedish personal identity
/// numbers (personnummer) and co-ordination numbers (samordningsnummer), with or without century
/// and separator, checked by date and Luhn; e-mail addresses; phone numbers.
public enum PersonalData {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case personalNumber
        case email
        case phone
    }

    /// One finding: what, and where in the text (a range of characters).
    public struct Finding: Hashable, Sendable {
        public var kind: Kind
        public var range: Range<String.Index>
        public var text: String
    }

    public static func find(in text: String) -> [Finding] {
        var out: [Finding] = []
        for (kind, regex) in compiled {
            let ns = text as NSString
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                guard let r = Range(m.range, in: text) else { continue }
                let found = String(text[r])
                if kind == .personalNumber && !isValidPersonalNumber(found) { continue }
                if kind == .phone && (found.filter(\.isNumber).count < 8 || out.contains { $0.range.overlaps(r) }) { continue }
                out.append(Finding(kind: kind, range: r, text: found))
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Compiled once: this runs on every keystroke in a note. (NSRegularExpression is immutable and
    /// safe to share between threads.)
    nonisolated(unsafe) static let compiled: [(Kind, NSRegularExpression)] = patterns.map {
        ($0.0, try! NSRegularExpression(pattern: $0.1, options: [.caseInsensitive]))
    }

    static let patterns: [(Kind, String)] = [
        // 19811218-9876, 811218-9876, 8112189876, 198112189876, 811218+9876 (over 100 years old).
        (.personalNumber, #"(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d])"#),
        (.email, #"[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}"#),
        // 070-123 45 67, 0701234567, +46 70 123 45 67, 031-123 45 67, 08-123 456 78.
        (.phone, #"(?<![\d])(?:\+46[\s-]?|0)\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2,3}(?![\d])"#),
    ]

    /// Date check (a real day; day + 60 for a co-ordination number) and the Luhn check digit.
    public static func isValidPersonalNumber(_ raw: String) -> Bool {
        let digits = raw.filter(\.isNumber).compactMap { Int(String($0)) }
        guard digits.count == 10 || digits.count == 12 else { return false }
        let ten = Array(digits.suffix(10))
        let month = ten[2] * 10 + ten[3]
        var day = ten[4] * 10 + ten[5]
        if day > 60 { day -= 60 }
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        if digits.count == 12 {
            let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
            guard (1800...2100).contains(year), LocalDate(year: year, month: month, day: day) != nil else { return false }
        } else if LocalDate(year: 2000, month: month, day: day) == nil {
            return false
        }
        // Luhn over the first nine digits gives the tenth.
        var sum = 0
        for (i, d) in ten.prefix(9).enumerated() {
            let v = i % 2 == 0 ? d * 2 : d
            sum += v > 9 ? v - 9 : v
        }
        return (10 - sum % 10) % 10 == ten[9]
    }

    /// The text with every finding replaced by a label such as `[personnummer]`.
    public static func redact(_ text: String, labels: [Kind: String]) -> String {
        var out = text
        for f in find(in: text).reversed() {
            out.replaceSubrange(f.range, with: "[\(labels[f.kind] ?? f.kind.rawValue)]")
        }
        return out
    }
}
