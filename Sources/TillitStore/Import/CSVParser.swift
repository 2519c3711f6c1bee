import TillitDomain

/// Splits CSV text into records (RFC 4180: quoted fields may hold separators, quotes and line
/// breaks), remembering the line each record starts on. The separator is `;` or `,`, whichever
/// the header line uses more of outside quotes.
public struct CSVParser {
    /// One record and the 1-based line it starts on.
    public struct Record: Hashable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// A quoted field that never closes, at the line where its record starts.
    public struct UnclosedQuote: Error, Hashable, Sendable {
        public var line: Int
    }

    public static func detectSeparator(_ text: String) -> Character {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" || c == "\r\n" { break }
            if c == ";" { semicolons += 1 }
            if c == "," { commas += 1 }
        }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }

    public static func parse(_ text: String, separator: Character) throws(UnclosedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var fieldWasQuoted = false
        var chars = Array(text)
        if chars.last != "\n", chars.last != "\r\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" || c == "\r" {
                        line += 1
                        field.append("\n")
                    } else {
                        field.append(c)
                    }
                }
            } else if c == "\"" && field.isEmpty && !fieldWasQuoted {
                quoted = true
                fieldWasQuoted = true
            } else if c == separator {
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                fields.append(field)
                let blank = fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty
                if !blank { records.append(Record(line: recordLine, fields: fields)) }
                fields = []
                field = ""
                fieldWasQuoted = false
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if quoted { throw UnclosedQuote(line: recordLine) }
        return records
    }
}
