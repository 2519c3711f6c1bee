/// The areas' and the organisation's values of each measure and year: their own figure where
/// one was imported, else the median of their active schools' values. Worked out once when the
/// figures or the school list change, not for every frame.
public struct FigureLevels: Hashable, Sendable {
    public struct Level: Hashable, Sendable {
        public var value: Double
        /// Whether it is the median of the schools' values (no figure of its own).
        public var isMedian: Bool
    }

    private var levels: [FigureID: Level] = [:]
    /// A hash of the figures and the schools' areas these were worked out from: the same inputs,
    /// the same stamp (what the screen's memo of a dialogue's figures is keyed on).
    public private(set) var stamp: UInt64 = 0

    public init() {}

    public init(_ book: FigureBook, schools: SchoolList) {
        var numbers: [FigureID: [Double]] = [:]
        let areaOf = Dictionary(
            schools.schools.filter { !$0.archived }.map { ($0.id, $0.areaID) }, uniquingKeysWith: { a, _ in a })
        var hash = StableHash.Running()
        for m in book.measures {
            for text in [m.id, m.sv, m.en, m.unit, m.source ?? ""] { hash.add(text) }
            hash.add(UInt64(m.decimals) << 1 | (m.higherIsBetter ? 1 : 0))
        }
        for s in schools.schools {
            hash.add(s.id)
            hash.add(s.archived ? s.areaID + "/archived" : s.areaID)
        }
        for f in book.figures {
            switch f.subject {
            case .school(let id): hash.add(id)
            case .area(let id): hash.add("/" + id)
            case .organisation: hash.add(1)
            }
            hash.add(UInt64(f.schoolYear.startYear))
            hash.add(f.measureID)
            hash.add(f.group ?? "")
            hash.add(f.value.number?.bitPattern ?? UInt64.max)
        }
        stamp = hash.value
        for f in book.figures where f.group == nil {
            guard let id = f.schoolID, let area = areaOf[id], let v = f.value.number else { continue }
            numbers[FigureID(.area(area), f.schoolYear, f.measureID), default: []].append(v)
            numbers[FigureID(.organisation, f.schoolYear, f.measureID), default: []].append(v)
        }
        for (key, list) in numbers {
            if let m = FigureTrend.median(list) { levels[key] = Level(value: m, isMedian: true) }
        }
        for f in book.figures where f.group == nil && f.schoolID == nil {
            if let v = f.value.number {
                levels[f.id] = Level(value: v, isMedian: false)
            }
        }
    }

    public func level(_ subject: FigureSubject, _ measureID: String, _ year: SchoolYear) -> Level? {
        levels[FigureID(subject, year, measureID)]
    }
}
