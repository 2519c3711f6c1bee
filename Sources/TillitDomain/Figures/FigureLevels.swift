/// The areas' and the organisation's values of each measure and year: their own figure where
/// one was imported, else the median of their active schools' values. Worked out once when the
/// figures or the school list change, not for every frame.
public struct FigureLevels: Hashable, Sendable {
    public struct Level: Hashable, Sendable {
        public var value: Double
        /// Whether it is the median of the schools' values (no figure of its own).
        public var isMedian: Bool
    }

    private var levels: [String: Level] = [:]

    public init() {}

    public init(_ book: FigureBook, schools: SchoolList) {
        var numbers: [String: [Double]] = [:]
        let areaOf = Dictionary(
            schools.schools.filter { !$0.archived }.map { ($0.id, $0.areaID) }, uniquingKeysWith: { a, _ in a })
        for f in book.figures where f.group == nil {
            guard let id = f.schoolID, let area = areaOf[id], let v = f.value.number else { continue }
            numbers[Self.key(.area(area), f.measureID, f.schoolYear), default: []].append(v)
            numbers[Self.key(.organisation, f.measureID, f.schoolYear), default: []].append(v)
        }
        for (key, list) in numbers {
            if let m = FigureTrend.median(list) { levels[key] = Level(value: m, isMedian: true) }
        }
        for f in book.figures where f.group == nil && f.schoolID == nil {
            if let v = f.value.number {
                levels[Self.key(f.subject, f.measureID, f.schoolYear)] = Level(value: v, isMedian: false)
            }
        }
    }

    static func key(_ subject: FigureSubject, _ measureID: String, _ year: SchoolYear) -> String {
        "\(subject.key)|\(measureID)|\(year.startYear)"
    }

    public func level(_ subject: FigureSubject, _ measureID: String, _ year: SchoolYear) -> Level? {
        levels[Self.key(subject, measureID, year)]
    }
}
