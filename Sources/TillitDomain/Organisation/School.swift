/// A school unit (skolenhet) in the school list.
public struct School: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var areaID: String
    public var principal: String?
    public var grades: Grades?
    /// Where the school is: the place of its dialogues unless another is given.
    public var address: String?
    public var archived: Bool
    /// The school unit code (skolenhetskod, eight digits) that Skolverket's figures carry.
    public var code: String?

    public init(
        id: String, name: String, areaID: String, principal: String? = nil,
        grades: Grades? = nil, archived: Bool = false, address: String? = nil, code: String? = nil
    ) {
        self.code = code
        self.address = address
        self.id = id
        self.name = name
        self.areaID = areaID
        self.principal = principal
        self.grades = grades
        self.archived = archived
    }
}
