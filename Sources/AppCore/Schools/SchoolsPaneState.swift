import TUIKit
import TillitDomain

/// The school list: the selected school, the filter, whether archived schools show.
public struct SchoolsPaneState: Equatable, Sendable {
    public var selectedID: String?
    public var filter = LineEditor()
    public var filtering = false
    public var showArchived = false
    /// The rows for the data, the filter and the switch above, kept by the reducer (`refresh`).
    var rows: SchoolRows.Memo? {
        get { memo.value }
        set { memo.value = newValue }
    }
    private var memo = Derived<SchoolRows.Memo>()

    public init() {}

    /// Works the rows out again if the data, the filter or the switch changed since.
    static func refresh(_ state: inout AppState) {
        let key = SchoolRows.Memo.Key(state.data, state.schools)
        if state.schools.rows?.key == key { return }
        state.schools.rows = SchoolRows.Memo(
            key: key, SchoolRows.List(SchoolRows.compute(data: state.data, state: state.schools)))
    }
}

/// The rows of the school list: education areas as headings, their schools under them.
public enum SchoolRows {
    public enum Row: Equatable, Sendable {
        case area(Area)
        case school(School)

        public var school: School? {
            if case .school(let s) = self { return s }
            return nil
        }
    }

    public static func matches(_ school: School, area: Area?, query: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return true }
        let fields = [school.name, school.principal ?? "", area?.name ?? "", school.grades?.text ?? "", school.id]
        return fields.contains { $0.lowercased().contains(q) }
    }

    /// Rows worked out for one state of the data, the filter and the archived switch: a move
    /// in the list or a letter typed elsewhere does not go through every school again.
    struct Memo: Sendable {
        struct Key: Equatable, Sendable {
            var data: UInt64
            var query: String
            var showArchived: Bool

            init(_ data: StoreData, _ state: SchoolsPaneState) {
                self.data = data.stamp.value ?? 0
                query = state.filter.text
                showArchived = state.showArchived
            }
        }

        var key: Key
        var list: List

        init(key: Key, _ list: List) {
            self.key = key
            self.list = list
        }
    }

    /// One line of the list as the pane shows it: an area's heading (after a blank line, but for
    /// the first), then each school's name and, under it, its facts. The numbers are rows.
    public enum Line: Equatable, Sendable {
        case blank
        case area(Int)
        case name(Int)
        case facts(Int)

        /// The row of a school's line.
        public var schoolRow: Int? {
            switch self {
            case .name(let r), .facts(let r): return r
            case .blank, .area: return nil
            }
        }
    }

    /// The rows, their schools and their lines, with the line of each school's name: worked out
    /// once per change of the data, the filter or the switch, so that a move in a list of
    /// hundreds of schools looks up its place instead of going through them all.
    public struct List: Sendable {
        public let rows: [Row]
        public let schools: [School]
        public let lines: [Line]
        public let nameLine: [String: Int]
        /// Where each school is among `schools`, by its id.
        public let place: [String: Int]

        init(_ rows: [Row]) {
            self.rows = rows
            schools = rows.compactMap(\.school)
            place = Dictionary(schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            var lines: [Line] = []
            var nameLine: [String: Int] = [:]
            for (r, row) in rows.enumerated() {
                switch row {
                case .area:
                    if !lines.isEmpty { lines.append(.blank) }
                    lines.append(.area(r))
                case .school(let s):
                    nameLine[s.id] = lines.count
                    lines.append(.name(r))
                    lines.append(.facts(r))
                }
            }
            self.lines = lines
            self.nameLine = nameLine
        }
    }

    public static func list(data: StoreData, state: SchoolsPaneState) -> List {
        if let memo = state.rows, memo.key == Memo.Key(data, state) { return memo.list }
        return List(compute(data: data, state: state))
    }

    public static func rows(data: StoreData, state: SchoolsPaneState) -> [Row] { list(data: data, state: state).rows }

    static func compute(data: StoreData, state: SchoolsPaneState) -> [Row] {
        var out: [Row] = []
        let query = state.filter.text
        var areas = data.areas
        // Schools whose area is missing still show, under their area id.
        for s in data.schools where !areas.contains(where: { $0.id == s.areaID }) {
            areas.append(Area(id: s.areaID, name: s.areaID))
        }
        for area in areas {
            let schools = data.schoolsInOrder.filter {
                $0.areaID == area.id && (state.showArchived || !$0.archived) && matches($0, area: area, query: query)
            }
            if schools.isEmpty { continue }
            out.append(.area(area))
            out += schools.map(Row.school)
        }
        return out
    }

    public static func schools(data: StoreData, state: SchoolsPaneState) -> [School] {
        list(data: data, state: state).schools
    }
}
