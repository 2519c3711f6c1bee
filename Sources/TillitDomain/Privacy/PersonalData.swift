import Foundation

/// Finds personal data that must not leave the machine unnoticed: Swedish personal identity
/// numbers (personnummer) and co-ordination numbers (samordningsnummer), with or without century
/// and separator, checked by date and Luhn; e-mail addresses; Swedish phone numbers, national and
/// international. Findings that overlap (a personnummer inside an e-mail address) are one.
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

    /// The findings in `text`, in order, none overlapping another.
    public static func find(in text: String) -> [Finding] {
        mayHoldAny(text) ? matches(in: text) : []
    }

    /// The findings, without looking first whether there can be any.
    static func matches(in text: String) -> [Finding] {
        let ns = text as NSString
        var raw: [(kind: Kind, range: NSRange)] = emails(in: ns).map { (.email, $0) }
        for (kind, regex) in compiled {
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let found = ns.substring(with: m.range)
                switch kind {
                case .personalNumber: if !isValidPersonalNumber(found) { continue }
                case .phone: if !isPlausiblePhone(found) { continue }
                case .email: break
                }
                raw.append((kind, m.range))
            }
        }
        // Overlapping findings become one, spanning both (the kind of the one that starts first;
        // a personnummer before anything else at the same place).
        let order: [Kind] = [.personalNumber, .email, .phone]
        raw.sort {
            ($0.range.location, order.firstIndex(of: $0.kind)!) < ($1.range.location, order.firstIndex(of: $1.kind)!)
        }
        var merged: [(kind: Kind, range: NSRange)] = []
        for f in raw {
            if let last = merged.last, f.range.location < NSMaxRange(last.range) {
                let end = max(NSMaxRange(last.range), NSMaxRange(f.range))
                merged[merged.count - 1].range = NSRange(
                    location: last.range.location, length: end - last.range.location)
            } else {
                merged.append(f)
            }
        }
        return merged.compactMap { f in
            guard let r = Range(f.range, in: text) else { return nil }
            return Finding(kind: f.kind, range: r, text: String(text[r]))
        }
    }

    /// Whether `text` can hold a finding at all: an `@`, or seven ASCII digits or more with
    /// nothing between them but what the patterns allow between a number's digits (the checks
    /// below take no number with fewer; a letter or a full stop ends a run). Most notes have
    /// neither, and this runs for every key.
    static func mayHoldAny(_ text: String) -> Bool {
        var run = DigitRun()
        for b in text.utf8 where run.decides(b) { return true }
        return false
    }

    /// The same for text as an editor keeps it, before it is made into a `String` (what is
    /// around the cursor, looked at for every key).
    public static func mayHoldAny(_ chars: ArraySlice<Character>) -> Bool {
        // A grapheme's first byte decides for all of it: the rest of a letter that is not ASCII
        // (or of a mark after an ASCII letter) is a separator to the run, and the only grapheme
        // of two ASCII bytes, "\r\n", ends a run with either.
        var run = DigitRun()
        for c in chars where run.decides(c.utf8.first ?? 0) { return true }
        return false
    }

    /// The bytes seen so far: an `@`, or the seventh digit of a run, decides it.
    private struct DigitRun {
        var digits = 0

        mutating func decides(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "@"): return true
            case 0x30...0x39:
                digits += 1
                return digits >= 7
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "/"), 0x80...:
                return false  // a separator, or part of one that is not ASCII (a no-break space, a dash)
            default:
                digits = 0
                return false
            }
        }
    }

    /// Compiled once: this runs on every keystroke in a note. (NSRegularExpression is immutable and
    /// safe to share between threads.)
    nonisolated(unsafe) static let compiled: [(Kind, NSRegularExpression)] = patterns.map {
        ($0.0, try! NSRegularExpression(pattern: $0.1, options: [.caseInsensitive]))
    }

    /// Separators people write between a number's groups: space, no-break space, hyphen, en dash.
    static let separator = #"[ \u00A0\u2009\u202F\-\u2010\u2011\u2013]"#

    static let patterns: [(Kind, String)] = [
        // 19811218-9876, 811218-9876, 8112189876, 198112189876, 811218+9876 (over 100 years old),
        // 811218–9876, 811218 9876.
        (.personalNumber, #"(?<!\d)(?:1[89]|20)?\d{6}(?:[-+ \u00A0\u2010\u2011\u2013\u2014])?\d{4}(?!\d)"#),
        // 070-123 45 67, 0701234567, 08-123 456 78, (08) 123 456 78, 0771-123 456,
        // +46 70 123 45 67, +46 (0)70-123 45 67, +46 8 123 456 78, 0046 70 123 45 67.
        (
            .phone,
            #"(?<![\p{L}\p{N}+])(?:(?:\+|00)46\#(separator)*(?:\(0\)\#(separator)*)?[1-9](?:\#(separator)*\d){6,9}"#
                + #"|(?:\(0\d{1,3}\)|0\d{1,3})(?:\#(separator)*/?\#(separator)*\d){5,8})(?!\d)"#
        ),
    ]

    /// E-mail addresses, found from each `@` outwards (a pattern would try every letter of a
    /// long word as a start, which takes the square of the text's length): at most 64 characters
    /// before it, a domain after it with a dot and a top-level part of two letters or more.
    static func emails(in ns: NSString) -> [NSRange] {
        let length = ns.length
        var out: [NSRange] = []
        var searchFrom = 0
        func isWord(_ u: unichar) -> Bool {
            if u < 0x80 {
                return (0x30...0x39).contains(u) || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u)
            }
            if (0xD800...0xDFFF).contains(u) { return false }
            guard let s = Unicode.Scalar(u) else { return false }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
        while searchFrom < length {
            let at = ns.range(of: "@", range: NSRange(location: searchFrom, length: length - searchFrom)).location
            guard at != NSNotFound else { break }
            searchFrom = at + 1
            var start = at
            while start > 0, at - start < 64 {
                let u = ns.character(at: start - 1)
                guard isWord(u) || u == 0x2E || u == 0x5F || u == 0x25 || u == 0x2B || u == 0x2D else { break }
                start -= 1
            }
            var end = at + 1
            while end < length, end - at < 256 {
                let u = ns.character(at: end)
                guard u == 0x2E || isWord(u) || u == 0x2D else { break }
                end += 1
            }
            // A sentence's full stop after the address is not part of it.
            while end > at + 1, [0x2E, 0x2D].contains(ns.character(at: end - 1)) { end -= 1 }
            let lastDot = (at + 1..<end).last { ns.character(at: $0) == 0x2E }
            if let dot = lastDot, start < at, dot > at + 1 {
                let tld = (dot + 1)..<end
                if tld.count >= 2,
                    tld.allSatisfy({ i in
                        let u = ns.character(at: i)
                        return u >= 0x80 || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u)
                    })
                {
                    out.append(NSRange(location: start, length: end - start))
                    searchFrom = end
                }
            }
        }
        return out
    }

    /// A phone-shaped match that is a Swedish number: 8 to 10 digits nationally (9 or 10 when
    /// written without any separator, so that `01234567` is not one), 7 to 9 after +46.
    static func isPlausiblePhone(_ raw: String) -> Bool {
        let digits = raw.filter(\.isASCII).filter(\.isNumber)
        if raw.hasPrefix("+") || raw.hasPrefix("0046") {
            let national = digits.dropFirst(raw.hasPrefix("+") ? 2 : 4)
            let withoutTrunk = raw.contains("(0)") ? national.dropFirst() : national
            return (7...9).contains(withoutTrunk.count)
        }
        let separated = raw.contains { !$0.isNumber }
        return separated ? (8...10).contains(digits.count) : (9...10).contains(digits.count)
    }

    /// Date check (a real day; day + 60 for a co-ordination number) and the Luhn check digit. A
    /// date, a space and four digits that read as a time of day is a date and a time
    /// ("20251014 1035"), not a number.
    public static func isValidPersonalNumber(_ raw: String) -> Bool {
        let digits = raw.filter { $0.isASCII && $0.isNumber }.compactMap { Int(String($0)) }
        guard digits.count == 10 || digits.count == 12 else { return false }
        if raw.contains(" ") {
            let hour = digits[digits.count - 4] * 10 + digits[digits.count - 3]
            let minute = digits[digits.count - 2] * 10 + digits[digits.count - 1]
            if hour < 24 && minute < 60 { return false }
        }
        let ten = Array(digits.suffix(10))
        let month = ten[2] * 10 + ten[3]
        var day = ten[4] * 10 + ten[5]
        if day > 60 { day -= 60 }
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        if digits.count == 12 {
            let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
            guard (1800...2100).contains(year), day <= LocalDate.daysIn(month: month, year: year) else { return false }
        } else if day > LocalDate.daysIn(month: month, year: 2000) {
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

    /// The text with every finding replaced by a label such as `[personnummer]`. Masking is done
    /// again until nothing is found (what is left around a mask can never read as a finding).
    public static func redact(_ text: String, labels: [Kind: String]) -> String {
        var out = text
        for _ in 0..<4 {
            let findings = find(in: out)
            if findings.isEmpty { break }
            var next = ""
            var position = out.startIndex
            for f in findings {
                next += out[position..<f.range.lowerBound]
                next += "[\(labels[f.kind] ?? f.kind.rawValue)]"
                position = f.range.upperBound
            }
            next += out[position...]
            out = next
        }
        return out
    }
}
