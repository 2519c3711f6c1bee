import TillitDomain

/// The figures a dialogue looked at, as a table every format and the screen write the same way:
/// a row per measure with the last five school years, this year's value, the change from last
/// year, and the area's and the organisation's values. A measure that went the wrong way is
/// marked with ▼ and said in words, so it reads without colour.
public struct FigureTable: Sendable {
    public struct Row: Sendable {
        public var measure: String
        /// The five years' values, oldest first ("–" where there is none).
        public var values: [String]
        public var sparkline: String
        public var current: String
        public var change: String
        public var area: String
        public var organisation: String
        public var worsened: Bool
        /// The numbers behind the sparkline (nil: no number that year), for a chart.
        public var numbers: [Double?]
    }

    /// "Nyckeltal 2025/26".
    public var title: String
    public var years: [String]
    /// Measure, the years, change, area, organisation.
    public var headers: [String]
    /// Short headers for a narrow table: measure, five years, this year, change, area, org.
    public var shortHeaders: [String]
    public var rows: [Row]
    /// What a median means, when one is shown.
    public var note: String?

    public init?(_ trends: [FigureTrend], _ t: Localizer) {
        guard let first = trends.first, let year = first.years.last else { return nil }
        let lang = t.language
        title = t(.figuresTitle, ["year": year.text])
        years = first.years.map(\.text)
        headers =
            [t(.columnMeasure)] + years + [t(.figuresChange), t(.figuresArea), t(.figuresOrganisation)]
        shortHeaders = [
            t(.columnMeasure), t(.figuresFiveYears), year.text, t(.figuresChangeShort), t(.figuresArea),
            t(.figuresOrganisation),
        ]
        var medians = false
        rows = trends.map { tr in
            let m = tr.measure
            medians =
                medians || (tr.area != nil && tr.areaIsMedian) || (tr.organisation != nil && tr.organisationIsMedian)
            return Row(
                measure: m.name(lang), values: tr.values.map { FigureFormat.value($0, m, lang) },
                sparkline: tr.sparkline, current: FigureFormat.value(tr.current, m, lang),
                change: tr.change.map { FigureFormat.change($0, m, lang) } ?? "",
                area: tr.area.map { FigureFormat.value(.number($0), m, lang) } ?? "",
                organisation: tr.organisation.map { FigureFormat.value(.number($0), m, lang) } ?? "",
                worsened: tr.worsened, numbers: tr.values.map { $0?.number })
        }
        note = medians ? t(.figuresMedianNote) : nil
    }

    /// A row as a sentence: "Närvaro: 89,3 % (−4,0 sedan förra läsåret; området 92,8 %, kommunen 92,8 %)".
    public func sentence(_ row: Row, _ t: Localizer) -> String {
        var parts: [String] = []
        if !row.change.isEmpty { parts.append(t(.figuresChangeSince, ["change": row.change])) }
        if !row.area.isEmpty { parts.append(t(.figuresAreaValue, ["value": row.area])) }
        if !row.organisation.isEmpty { parts.append(t(.figuresOrganisationValue, ["value": row.organisation])) }
        let tail = parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
        return (row.worsened ? "▼ " : "") + "\(row.measure): \(row.current)\(tail)"
    }

    /// The measure as a row's first cell: ▼ before one that went the wrong way.
    public static func label(_ row: Row) -> String { (row.worsened ? "▼ " : "  ") + row.measure }
}
