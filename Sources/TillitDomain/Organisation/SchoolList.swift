/// The organisation, its education areas and its schools: what `schools.json` holds.
public struct SchoolList: Hashable, Sendable {
    public var organisation: Organisation
    public var areas: [Area]
    public var schools: [School]
    /// What a merge of two computers' copies could not settle alone, until someone resolves it.
    public var conflicts: [MergeConflict]?

    public init(
        organisation: Organisation, areas: [Area] = [], schools: [School] = [], conflicts: [MergeConflict]? = nil
    ) {
        self.organisation = organisation
        self.areas = areas
        self.schools = schools
        self.conflicts = conflicts
    }

    public func school(_ id: String) -> School? { schools.first { $0.id == id } }
    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
}
