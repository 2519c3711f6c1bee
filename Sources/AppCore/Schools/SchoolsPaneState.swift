import TUIKit
import TillitDomain

/// The school list: the selected school, the filter, whether archived schools show.
public struct SchoolsPaneState: Equatable, Sendable {
    public var selectedID: String?
    public var filter = LineEditor()
    public var filtering = false
    public var showArchived = false

    public init() {}
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

    public static func rows(data: StoreData, state: SchoolsPaneState) -> [Row] {
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
        rows(data: data, state: state).compactMap(\.school)
    }
}
