import Foundation

/// One value of a measure: for a school, an area or the whole organisation, a school year and,
/// optionally, a group (flickor, pojkar, åk 6).
public struct Figure: Hashable, Sendable, Codable {
    /// The school measured, or nil.
    public var schoolID: String?
    /// The area measured (when the figure is the area's own), or nil.
    public var areaID: String?
    public var schoolYear: SchoolYear
    public var measureID: String
    /// A part of the pupils ("flickor"), or nil for all of them.
    public var group: String?
    public var value: FigureValue

    public init(
        schoolID: String? = nil, areaID: String? = nil, schoolYear: SchoolYear, measureID: String,
        group: String? = nil, value: FigureValue
    ) {
        self.schoolID = schoolID
        self.areaID = schoolID == nil ? areaID : nil
        self.schoolYear = schoolYear
        self.measureID = measureID
        self.group = group
        self.value = value
    }

    /// What the figure is about.
    public var subject: FigureSubject {
        if let schoolID { return .school(schoolID) }
        if let areaID { return .area(areaID) }
        return .organisation
    }

    /// One figure per subject, year, measure and group: a second one for the same replaces it.
    public var id: FigureID { FigureID(subject, schoolYear, measureID, group: group) }

    /// The same as text, for where a person or a file reads it (a merge conflict's place).
    public var key: String {
        "\(subject.key)|\(schoolYear.startYear)|\(measureID)|\(group ?? "")"
    }

    enum CodingKeys: String, CodingKey {
        case schoolID, areaID, schoolYear, measureID, group, value, tooFew
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schoolID = try c.decodeIfPresent(String.self, forKey: .schoolID)
        areaID = try c.decodeIfPresent(String.self, forKey: .areaID)
        schoolYear = try c.decode(SchoolYear.self, forKey: .schoolYear)
        measureID = try c.decode(String.self, forKey: .measureID)
        group = try c.decodeIfPresent(String.self, forKey: .group)
        if try c.decodeIfPresent(Bool.self, forKey: .tooFew) == true {
            value = .tooFew
        } else {
            let v = try c.decode(Double.self, forKey: .value)
            guard v.isFinite else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "not a number")
            }
            value = .number(v)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(schoolID, forKey: .schoolID)
        try c.encodeIfPresent(areaID, forKey: .areaID)
        try c.encode(schoolYear, forKey: .schoolYear)
        try c.encode(measureID, forKey: .measureID)
        try c.encodeIfPresent(group, forKey: .group)
        switch value {
        case .number(let v): try c.encode(v, forKey: .value)
        case .tooFew: try c.encode(true, forKey: .tooFew)
        }
    }
}

/// What one figure is of: a subject, a school year, a measure and a group (a key that is cheap
/// to hash and to order, where a text key would be built for every look-up).
public struct FigureID: Hashable, Sendable, Comparable {
    public var subject: FigureSubject
    public var year: Int
    public var measureID: String
    /// Empty for all pupils.
    public var group: String

    public init(_ subject: FigureSubject, _ year: SchoolYear, _ measureID: String, group: String? = nil) {
        self.subject = subject
        self.year = year.startYear
        self.measureID = measureID
        self.group = group ?? ""
    }

    public static func < (a: FigureID, b: FigureID) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.year != b.year { return a.year < b.year }
        if a.measureID != b.measureID { return a.measureID < b.measureID }
        return a.group < b.group
    }
}

extension SchoolList {
    /// Whether a name means the whole organisation where a figure's subject is named: its own
    /// name, or a word such as "kommunen" or "totalt".
    public func meansOrganisation(_ text: String) -> Bool {
        let q = text.trimmingCharacters(in: .whitespaces).lowercased()
        let words = ["kommunen", "hela kommunen", "organisationen", "organisation", "totalt", "municipality"]
        return !q.isEmpty && (words.contains(q) || q == organisation.name.lowercased())
    }
}

/// Who a figure is about.
public enum FigureSubject: Hashable, Sendable, Comparable {
    case school(String)
    case area(String)
    case organisation

    /// Schools first, then areas, then the organisation; each by id.
    public static func < (a: FigureSubject, b: FigureSubject) -> Bool {
        switch (a, b) {
        case (.school(let x), .school(let y)), (.area(let x), .area(let y)): return x < y
        case (.school, _): return true
        case (.area, .organisation): return true
        default: return false
        }
    }

    public var key: String {
        switch self {
        case .school(let id): return "school:\(id)"
        case .area(let id): return "area:\(id)"
        case .organisation: return "organisation"
        }
    }
}
