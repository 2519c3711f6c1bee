/// The organisation, its education areas and its schools: what `schools.json` holds.
public struct SchoolList: Hashable, Sendable {
    public var organisation: Organisation
    public var areas: [Area]
    public var schools: [School]

    public init(organisation: Organisation, areas: [Area] = [], schools: [School] = []) {
        self.organisation = organisation
        self.areas = areas
        self.schools = schools
    }

    public func school(_ id: String) -> School? { schools.first { $0.id == id } }
    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
}
