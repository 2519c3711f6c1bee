import Foundation
import TillitDomain

/// RFC 5545 iCalendar: the wheel's events and the dialogues, as all-day events. UIDs are stable
/// (made from the event's or dialogue's id), so importing the file again updates rather than
/// duplicates.
public enum ICalendarExporter {
    public struct Item: Sendable {
        public var uid: String
        public var summary: String
        public var when: WheelWhen
        public var category: String
        public var description: String?

        public init(uid: String, summary: String, when: WheelWhen, category: String, description: String? = nil) {
            self.uid = uid
            self.summary = summary
            self.when = when
            self.category = category
            self.description = description
        }
    }

    /// Escapes TEXT values (RFC 5545, 3.3.11): backslash, semicolon, comma, and every line
    /// break (LF, CR and CR LF) as `\n`; other control characters, which a TEXT value may not
    /// hold, are left out. Scalar by scalar: CR LF is one Swift character and must not slip by.
    static func text(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(" ")
            default: if !ControlCharacters.isControl(scalar, allowingLineBreaks: false) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Folds a content line at 75 octets, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let n = String(scalar).utf8.count
            if count + n > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += n
        }
        return out
    }

    static func date(_ d: LocalDate) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    public static func render(_ items: [Item], calendarName: String, stamp: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let dtstamp = f.string(from: stamp)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tillit//Tillit 1.0//SV", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(text(calendarName))",
        ]
        for item in items {
            let start: LocalDate
            let end: LocalDate
            switch item.when {
            case .date(let d):
                start = d
                end = d.adding(days: 1)
            case .week(let w):
                // A week-long event from Monday to Friday.
                start = w.monday
                end = w.monday.adding(days: 5)
            }
            lines += [
                "BEGIN:VEVENT", "UID:\(text(item.uid))", "DTSTAMP:\(dtstamp)", "DTSTART;VALUE=DATE:\(date(start))",
                "DTEND;VALUE=DATE:\(date(end))", "SUMMARY:\(text(item.summary))", "CATEGORIES:\(text(item.category))",
                "TRANSP:TRANSPARENT",
            ]
            if let description = item.description { lines.append("DESCRIPTION:\(text(description))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }
}
