import Foundation
import TillitDomain

/// How a school year's word list is kept on disk (`search/YEAR.words`): lines of text, one per
/// dialogue, that a search can look through as bytes, the way grep does, without decoding them.
///
///     tillit-words <TAB> 1 <TAB> <terms version>
///     <id> <TAB> <date> <TAB> <school> <TAB> <area> <TAB> <size> <TAB> <mtime ns> <TAB> <inode>
///         <TAB> <hash> <TAB> <word> <SPACE> <word>...
///
/// An absent value is written `-`. The words are the dialogue's lowercased words (letters and
/// digits only, in the composed form), so no tab, space or line break stands in one; the other
/// fields have `\`, tab, line breaks and a lone `-` written with a backslash.
public enum SearchTermsFile {
    static let magic = "tillit-words"
    /// This layout of the file; a file of another layout is a stale cache and is made again.
    static let layoutVersion = 1

    static func name(_ startYear: Int) -> String { "\(StoreLayout.searchFolder)/\(startYear).words" }

    public static func encode(_ doc: SearchTermsDocument) -> Data {
        var out = "\(magic)\t\(layoutVersion)\t\(doc.words ?? 0)\n"
        for (id, e) in doc.dialogues.sorted(by: { $0.key < $1.key }) {
            let f = e.fingerprint
            var fields: [String] = [escape(id), e.date?.iso ?? "-"]
            fields.append(e.schoolID.map(escape) ?? "-")
            fields.append(e.areaID.map(escape) ?? "-")
            fields.append(f.map { String($0.size) } ?? "-")
            fields.append(f.map { String($0.modifiedNanoseconds) } ?? "-")
            fields.append(f?.inode.map { String($0) } ?? "-")
            fields.append(f?.contentHash.map(escape) ?? "-")
            fields.append(e.terms.map(composed).joined(separator: " "))
            out += fields.joined(separator: "\t") + "\n"
        }
        return Data(out.utf8)
    }

    /// A word in the composed form (NFC). Letters below U+0300 (ASCII, å, ä, ö, é...) are composed
    /// already and nothing below it combines, so most words need no Unicode tables.
    static func composed(_ word: String) -> String {
        word.unicodeScalars.allSatisfy({ $0.value < 0x300 }) ? word : word.precomposedStringWithCanonicalMapping
    }

    /// The document, or nil when the bytes are not a word list of this layout and terms version.
    public static func decode(_ bytes: [UInt8]) -> SearchTermsDocument? {
        var doc = SearchTermsDocument(dialogues: [:])
        let complete = lines(bytes) { fields in
            guard let (id, entry) = entry(fields, wordsToo: true) else { return false }
            doc.dialogues[id] = entry
            return true
        }
        return complete ? doc : nil
    }

    /// Whether the bytes are a word list of this layout that `decode` would take (checked without
    /// making its words into strings).
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        lines(bytes) { fields in
            entry(fields, wordsToo: false) != nil && String(validating: fields[8], as: UTF8.self) != nil
        }
    }

    static var header: [UInt8] { Array("\(magic)\t\(layoutVersion)\t\(NoteSearch.termsVersion)\n".utf8) }

    /// Goes through the dialogues' lines, each split at its tabs; false when the header is not
    /// this layout's, a line is cut short or `body` refuses one.
    static func lines(_ bytes: [UInt8], _ body: ([ArraySlice<UInt8>]) -> Bool) -> Bool {
        let header = header
        guard bytes.starts(with: header) else { return false }
        var fields: [ArraySlice<UInt8>] = []
        fields.reserveCapacity(9)
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var start = header.count
            while start < buffer.count {
                // The line's end found by memchr: the words, most of the line, are not looked at
                // byte by byte here.
                guard let found = memchr(base + start, 0x0A, buffer.count - start) else { return false }
                let end = start + UnsafeRawPointer(base + start).distance(to: UnsafeRawPointer(found))
                fields.removeAll(keepingCapacity: true)
                var from = start
                var i = start
                while fields.count < 8, i < end {
                    if base[i] == UInt8(ascii: "\t") {
                        fields.append(bytes[from..<i])
                        from = i + 1
                    }
                    i += 1
                }
                fields.append(bytes[from..<end])
                guard body(fields) else { return false }
                start = end + 1
            }
            return true
        }
    }

    /// One dialogue's line from its fields; its words left out unless `wordsToo`.
    static func entry(_ f: [ArraySlice<UInt8>], wordsToo: Bool) -> (String, SearchTermsDocument.Entry)? {
        guard f.count == 9, let id = text(f[0]) else { return nil }
        let absent: ArraySlice<UInt8> = [UInt8(ascii: "-")]
        func optional(_ s: ArraySlice<UInt8>) -> String?? { s.elementsEqual(absent) ? .some(nil) : text(s).map { $0 } }
        guard let school = optional(f[2]), let area = optional(f[3]), let hash = optional(f[7]) else { return nil }
        var fingerprint: FileFingerprint?
        if let size = number(f[4]), let time = number(f[5]) {
            fingerprint = FileFingerprint(size: size, modifiedNanoseconds: time, inode: number(f[6]).map(UInt64.init))
            fingerprint?.contentHash = hash
        }
        var date: LocalDate?
        if !f[1].elementsEqual(absent) {
            guard let d = isoDate(f[1]) else { return nil }
            date = d
        }
        var terms: [String] = []
        if wordsToo, !f[8].isEmpty {
            guard let words = String(validating: f[8], as: UTF8.self) else { return nil }
            terms = words.split(separator: " ").map(String.init)
        }
        return (id, .init(fingerprint: fingerprint, terms: terms, date: date, schoolID: school, areaID: area))
    }

    /// A field's text, its escapes undone; nil if it is not UTF-8 or has a bad escape.
    static func text(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        return bytes.contains(UInt8(ascii: "\\")) ? unescape(s[...]) : s
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int64? {
        guard !bytes.isEmpty else { return nil }
        var n: Int64 = 0
        let negative = bytes.first == UInt8(ascii: "-") && bytes.count > 1
        for b in bytes.dropFirst(negative ? 1 : 0) {
            guard b >= 0x30, b <= 0x39 else { return nil }
            let (times, o1) = n.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(b - 0x30))
            guard !o1, !o2 else { return nil }
            n = sum
        }
        return negative ? -n : n
    }

    /// `YYYY-MM-DD`, read from the bytes.
    static func isoDate(_ bytes: ArraySlice<UInt8>) -> LocalDate? {
        let s = bytes.startIndex
        guard bytes.count == 10, bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"),
            let y = number(bytes.prefix(4)), let m = number(bytes.dropFirst(5).prefix(2)),
            let d = number(bytes.suffix(2))
        else { return nil }
        return LocalDate(year: Int(y), month: Int(m), day: Int(d))
    }

    static func escape(_ s: String) -> String {
        if s == "-" { return "\\-" }
        guard s.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: Substring) -> String? {
        guard s.contains("\\") else { return String(s) }
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                switch c {
                case "\\": out += "\\"
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                case "-": out += "-"
                default: return nil
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return escaped ? nil : out
    }
}
