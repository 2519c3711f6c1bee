/// The store's figures (`figures.json`): the measures and every value imported or typed in, one
/// per subject, school year, measure and group.
public struct FigureBook: Hashable, Sendable {
    public private(set) var measures: [Measure]
    /// In a stable order (by key), so that the file stays the same for the same figures.
    public private(set) var figures: [Figure]
    /// What a merge of two computers' copies could not settle alone.
    public var conflicts: [MergeConflict]?
    private var byID: [FigureID: Int] = [:]
    /// The figures of each subject, as indices into `figures`.
    private var bySubject: [FigureSubject: [Int]] = [:]

    public init(measures: [Measure] = [], figures: [Figure] = [], conflicts: [MergeConflict]? = nil) {
        self.measures = measures
        var unique: [FigureID: Figure] = [:]
        for f in figures { unique[f.id] = f }
        self.figures = unique.sorted { $0.key < $1.key }.map(\.value)
        self.conflicts = conflicts
        reindex()
    }

    private mutating func reindex() {
        byID = Dictionary(uniqueKeysWithValues: figures.enumerated().map { ($1.id, $0) })
        bySubject = Dictionary(grouping: figures.indices, by: { figures[$0].subject })
        years = Array(Set(figures.map(\.schoolYear))).sorted()
    }

    public var isEmpty: Bool { figures.isEmpty }

    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }

    /// The measure a name means: its id, or its name in either language, or the start of one
    /// name only ("behöriga").
    public func measure(named text: String) -> Measure? {
        if let m = measures.first(where: { $0.isNamed(text) }) { return m }
        let q = Slug.make(text)
        guard !q.isEmpty else { return nil }
        let starts = measures.filter { Slug.make($0.sv).hasPrefix(q) || Slug.make($0.en).hasPrefix(q) }
        return starts.count == 1 ? starts[0] : nil
    }

    public func figure(_ id: FigureID) -> Figure? { byID[id].map { figures[$0] } }

    /// A figure by its key as text (a merge conflict's place).
    public func figure(key: String) -> Figure? { figures.first { $0.key == key } }

    /// The value for a subject, measure and school year (for all pupils unless a group is named).
    public func value(_ subject: FigureSubject, _ measureID: String, _ year: SchoolYear, group: String? = nil)
        -> FigureValue?
    {
        byID[FigureID(subject, year, measureID, group: group)].map { figures[$0].value }
    }

    /// Adds a figure, or replaces the one with the same subject, year, measure and group.
    /// Returns whether anything changed.
    @discardableResult
    public mutating func set(_ figure: Figure) -> Bool {
        if let i = byID[figure.id] {
            if figures[i] == figure { return false }
            figures[i] = figure
            reindex()
            return true
        }
        let id = figure.id
        figures.insert(figure, at: figures.firstIndex { $0.id > id } ?? figures.count)
        reindex()
        return true
    }

    /// Adds or replaces many figures at once (an import, a generated book): sorted and indexed
    /// once, not once per figure. Returns how many changed.
    @discardableResult
    public mutating func set(contentsOf new: [Figure]) -> Int {
        var all = Dictionary(figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changed = 0
        for f in new where all[f.id] != f {
            all[f.id] = f
            changed += 1
        }
        guard changed > 0 else { return 0 }
        figures = all.sorted { $0.key < $1.key }.map(\.value)
        reindex()
        return changed
    }

    /// Removes a figure; returns whether there was one.
    @discardableResult
    public mutating func remove(_ id: FigureID) -> Bool {
        guard let i = byID[id] else { return false }
        figures.remove(at: i)
        reindex()
        return true
    }

    /// Adds a measure, or replaces the one with its id.
    public mutating func define(_ measure: Measure) {
        if let i = measures.firstIndex(where: { $0.id == measure.id }) {
            measures[i] = measure
        } else {
            measures.append(measure)
        }
    }

    /// The figures of a subject.
    public func figures(of subject: FigureSubject) -> [Figure] {
        (bySubject[subject] ?? []).map { figures[$0] }
    }

    /// The measures with any figure for a subject, in the order they are defined.
    public func measures(of subject: FigureSubject) -> [Measure] {
        let ids = Set(figures(of: subject).map(\.measureID))
        return measures.filter { ids.contains($0.id) }
    }

    /// The newest school year, up to `year`, with any figure for the subject: an autumn's
    /// dialogue looks at the school year that ended in the summer.
    public func latestYear(of subject: FigureSubject, notAfter year: SchoolYear) -> SchoolYear? {
        figures(of: subject).map(\.schoolYear).filter { $0 <= year }.max()
    }

    /// The school years that have any figure, oldest first.
    public private(set) var years: [SchoolYear] = []

    /// Replaces measures and figures (a merge's result).
    public mutating func replace(measures: [Measure], figures: [Figure]) {
        self = FigureBook(measures: measures, figures: figures, conflicts: conflicts)
    }

    public static func == (a: FigureBook, b: FigureBook) -> Bool {
        a.measures == b.measures && a.figures == b.figures && a.conflicts == b.conflicts
    }

    public func hash(into h: inout Hasher) {
        h.combine(measures)
        h.combine(figures)
    }
}

extension FigureBook {
    /// The book with control characters (and line breaks) kept out of every name.
    public var withoutControlCharacters: FigureBook {
        func clean(_ s: String) -> String { ControlCharacters.clean(s, multiline: false) }
        let ms = measures.map { m -> Measure in
            var c = m
            c.sv = clean(m.sv)
            c.en = clean(m.en)
            c.unit = clean(m.unit)
            c.source = m.source.map(clean)
            return c
        }
        let fs = figures.map { f -> Figure in
            var c = f
            c.group = f.group.map(clean)
            return c
        }
        return FigureBook(measures: ms, figures: fs, conflicts: conflicts)
    }
}
