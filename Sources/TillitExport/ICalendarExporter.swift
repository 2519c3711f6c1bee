import Foundation
import TillitDomain

/// RFC 5545 iCalendar: the wheel's events and phases and the dialogues. A dialogue with a start
/// time is a timed event in Swedish time (with its `VTIMEZONE`), everything else all-day. UIDs are
/// stable (made from the event's, phase's or dialogue's id), so importing the file again updates
/// rather than duplicates.
public enum ICalendarExporter {
    /// When an item is.
    public enum Timing: Hashable, Sendable {
        /// A day, or a week (Monday to Friday).
        case allDay(WheelWhen)
        /// Whole days from `first` up to and including `last`.
        case days(first: LocalDate, last: LocalDate)
        /// From a time on a day, for some minutes, in Swedish time.
        case timed(LocalDate, TimeOfDay, minutes: Int)
    }

    public struct Item: Sendable {
        public var uid: String
        public var summary: String
        public var timing: Timing
        public var category: String
        public var description: String?
        public var location: String?

        public init(
            uid: String, summary: String, timing: Timing, category: String, description: String? = nil,
            location: String? = nil
        ) {
            self.uid = uid
            self.summary = summary
            self.timing = timing
            self.category = category
            self.description = description
            self.location = location
        }

        public init(uid: String, summary: String, when: WheelWhen, category: String, description: String? = nil) {
            self.init(uid: uid, summary: summary, timing: .allDay(when), category: category, description: description)
        }

        /// The first day, for sorting.
        public var firstDay: LocalDate {
            switch timing {
            case .allDay(let w): return w.firstDay
            case .days(let first, _): return first
            case .timed(let d, _, _): return d
            }
        }

        var isTimed: Bool {
            if case .timed = timing { return true }
            return false
        }
    }

    /// The time zone of timed events: Swedish time, with summer time from the last Sunday of March
    /// to the last Sunday of October (as in the EU since 1996).
    public static let timeZone = "Europe/Stockholm"

    static let vtimezone = [
        "BEGIN:VTIMEZONE", "TZID:\(timeZone)", "X-LIC-LOCATION:\(timeZone)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

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

    static func date(_ d: LocalDate) -> String {
        Padded.zeros(d.year, 4) + Padded.zeros(d.month, 2) + Padded.zeros(d.day, 2)
    }

    static func dateTime(_ d: LocalDate, _ t: TimeOfDay) -> String {
        date(d) + "T" + Padded.zeros(t.hour, 2) + Padded.zeros(t.minute, 2) + "00"
    }

    /// DTSTART and DTEND (the end is exclusive: the day after an all-day event's last day).
    static func span(_ timing: Timing) -> [String] {
        switch timing {
        case .allDay(.date(let d)):
            return ["DTSTART;VALUE=DATE:\(date(d))", "DTEND;VALUE=DATE:\(date(d.adding(days: 1)))"]
        case .allDay(.week(let w)):
            // A week-long event from Monday to Friday.
            return ["DTSTART;VALUE=DATE:\(date(w.monday))", "DTEND;VALUE=DATE:\(date(w.monday.adding(days: 5)))"]
        case .days(let first, let last):
            return ["DTSTART;VALUE=DATE:\(date(first))", "DTEND;VALUE=DATE:\(date(max(first, last).adding(days: 1)))"]
        case .timed(let d, let start, let minutes):
            let end = start.adding(minutes: max(1, minutes))
            return [
                "DTSTART;TZID=\(timeZone):\(dateTime(d, start))",
                "DTEND;TZID=\(timeZone):\(dateTime(d.adding(days: end.days), end.time))",
            ]
        }
    }

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
        if items.contains(where: \.isTimed) { lines += vtimezone + ["X-WR-TIMEZONE:\(timeZone)"] }
        for item in items {
            lines += ["BEGIN:VEVENT", "UID:\(text(item.uid))", "DTSTAMP:\(dtstamp)"] + span(item.timing)
            lines += [
                "SUMMARY:\(text(item.summary))", "CATEGORIES:\(text(item.category))",
                // A meeting takes the time; a mark on the wheel does not.
                item.isTimed ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT",
            ]
            if let location = item.location, !location.isEmpty { lines.append("LOCATION:\(text(location))") }
            if let description = item.description { lines.append("DESCRIPTION:\(text(description))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }
}
