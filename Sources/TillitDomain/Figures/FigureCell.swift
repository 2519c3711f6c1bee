import Foundation

/// One cell of a figures file read as spreadsheets and Skolverket write them: decimal commas
/// ("92,5"), spaces between thousands, a per cent sign, "~100"; "*" and ".." for a value masked
/// because the group is too small; "–", "-", "." or nothing for a value that is missing.
public enum FigureCell: Equatable, Sendable {
    case value(FigureValue)
    case missing
    case bad

    static let masked: Set<String> = ["*", "..", "…"]
    static let absent: Set<String> = ["", "–", "-", "—", ".", "x"]

    public init(_ raw: String) {
        var t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if Self.masked.contains(t) {
            self = .value(.tooFew)
            return
        }
        if Self.absent.contains(t.lowercased()) {
            self = .missing
            return
        }
        t = t.filter { !$0.isWhitespace && $0 != "\u{a0}" && $0 != "\u{202f}" }
        if t.hasSuffix("%") { t.removeLast() }
        if t.hasPrefix("~") { t.removeFirst() }
        t = t.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: ".")
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }), let v = Double(t), v.isFinite
        else {
            self = .bad
            return
        }
        self = .value(.number(v))
    }

    /// The decimals written ("92,50" has two).
    public static func decimals(_ raw: String) -> Int {
        let t = raw.trimmingCharacters(in: .whitespaces)
        guard let sep = t.lastIndex(where: { $0 == "," || $0 == "." }) else { return 0 }
        return t[t.index(after: sep)...].filter(\.isNumber).count
    }

    /// A school year as files write it: "2024/25", "2024/2025", "2024-25", "Läsår 2024/25", or a
    /// single year, meaning the school year that ends in it ("2025": 2024/25, as Skolverket
    /// reports a spring's grades).
    public static func schoolYear(_ raw: String) -> SchoolYear? {
        let t = raw.filter { $0.isNumber || $0 == "/" || $0 == "-" }.trimmingCharacters(
            in: CharacterSet(charactersIn: "-/"))
        if let y = SchoolYear(text: t) { return y }
        if t.count == 4, let y = Int(t), LocalDate.supportedYears.contains(y - 1) {
            return SchoolYear(startYear: y - 1)
        }
        return nil
    }
}
