import TillitDomain
import TillitExport

/// The open dialogue's figures, worked out when what they depend on changes (the dialogue's
/// subject and school year, the figures, the language) rather than for every frame: typing in
/// the results must be as fast as anywhere else.
public struct FigureMemo: Equatable, Sendable {
    struct Key: Equatable, Sendable {
        var level: DialogueLevel
        var schoolID: String?
        var areaID: String?
        var schoolYear: SchoolYear
        var stamp: UInt64
        var language: Language
    }

    var key: Key
    public var trends: [FigureTrend]
    public var table: FigureTable?

    /// Equal inputs, equal figures: only the key is compared.
    public static func == (a: FigureMemo, b: FigureMemo) -> Bool { a.key == b.key }

    /// Brings the open dialogue's figures up to date, if what they depend on changed.
    static func refresh(_ state: inout AppState) {
        guard let d = state.notebook.open?.dialogue else { return }
        let key = Key(
            level: d.level, schoolID: d.schoolID, areaID: d.areaID, schoolYear: d.schoolYear,
            stamp: state.data.figureLevels.stamp, language: state.language)
        if state.notebook.open?.figures?.key == key { return }
        let trends = state.data.figureTrends(for: d)
        let memo = FigureMemo(key: key, trends: trends, table: FigureTable(trends, state.t))
        state.notebook.open?.figures = memo
    }
}
