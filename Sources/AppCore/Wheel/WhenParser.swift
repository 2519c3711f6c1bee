import TillitDomain

/// Reads what a facilitator types for a date or a week: `2026-12-15`, `2026-W49`, `v. 49`,
/// `v49`, `vecka 49`, `week 49` or just `49` (a week of the shown school year).
public enum WhenParser {
    public static func parse(_ raw: String, schoolYear: SchoolYear) -> WheelWhen? {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if let w = WheelWhen(iso: text.uppercased()) { return w }
        var digits = text
        for prefix in ["vecka", "week", "v.", "v", "w"] where digits.hasPrefix(prefix) {
            digits = String(digits.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        guard let n = Int(digits), (1...53).contains(n) else { return nil }
        // Weeks from August on belong to the school year's first calendar year.
        let startWeek = schoolYear.firstDay().isoWeek.week
        let year = n >= startWeek ? schoolYear.startYear : schoolYear.startYear + 1
        return ISOWeek(year: year, week: n).map(WheelWhen.week)
    }
}
