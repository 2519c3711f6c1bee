/// A school unit (skolenhet) in the school list.
public struct School: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var areaID: String
    public var principal: String?
    public var grades: Grades?
    public var archived: Bool

    public init(
        id: String, name: String, areaID: String, principal: String? = nil,
        grades: Grades? = nil, archived: Bool = false
    ) {
        self.id = id
        self.name = name
        self.areaID = areaID
        self.principal = principal
        self.grades = grades
        self.archived = archived
    }
}
