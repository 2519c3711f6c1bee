/// The role a participant has in a dialogue; anything else is kept as free text.
public enum ParticipantRole: Hashable, Sendable, Codable {
    /// Rektor.
    case principal
    /// Biträdande rektor.
    case deputyPrincipal
    /// Förstelärare.
    case leadTeacher
    /// Arbetslagsledare.
    case teamLeader
    /// Elevhälsa.
    case pupilHealth
    /// Utbildningschef.
    case headOfEducation
    /// Verksamhetsutvecklare.
    case developmentOfficer
    /// Politiker (kontaktpolitiker, förtroendevald).
    case politician
    /// Skolverket or SPSM.
    case nationalAgency
    /// Any other role, as the facilitator wrote it.
    case other(String)

    public static let known: [ParticipantRole] = [
        .principal, .deputyPrincipal, .leadTeacher, .teamLeader, .pupilHealth,
        .headOfEducation, .developmentOfficer, .politician, .nationalAgency,
    ]

    /// The word used in files.
    public var key: String {
        switch self {
        case .principal: return "principal"
        case .deputyPrincipal: return "deputyPrincipal"
        case .leadTeacher: return "leadTeacher"
        case .teamLeader: return "teamLeader"
        case .pupilHealth: return "pupilHealth"
        case .headOfEducation: return "headOfEducation"
        case .developmentOfficer: return "developmentOfficer"
        case .politician: return "politician"
        case .nationalAgency: return "nationalAgency"
        case .other(let text): return text
        }
    }

    /// Reads a role from its file key or from its Swedish or English name ("rektor", "Principal").
    /// Anything else is kept as it was written ("kontaktpolitiker" stays kontaktpolitiker): the
    /// known roles are offered, not imposed.
    public init(parsing text: String) {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        let synonyms: [String: ParticipantRole] = [
            "rektor": .principal, "principal": .principal,
            "biträdande rektor": .deputyPrincipal,
            "deputyprincipal": .deputyPrincipal, "deputy principal": .deputyPrincipal,
            "förstelärare": .leadTeacher, "leadteacher": .leadTeacher, "lead teacher": .leadTeacher,
            "arbetslagsledare": .teamLeader, "teamleader": .teamLeader, "team leader": .teamLeader,
            "elevhälsa": .pupilHealth, "pupilhealth": .pupilHealth, "pupil health": .pupilHealth,
            "utbildningschef": .headOfEducation, "headofeducation": .headOfEducation,
            "head of education": .headOfEducation,
            "verksamhetsutvecklare": .developmentOfficer, "developmentofficer": .developmentOfficer,
            "development officer": .developmentOfficer,
            "politiker": .politician, "politician": .politician,
            "skolverket/spsm": .nationalAgency,
            "nationalagency": .nationalAgency, "national agency": .nationalAgency,
        ]
        self = synonyms[folded] ?? .other(text.trimmingCharacters(in: .whitespaces))
    }

    public init(from decoder: Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(key)
    }
}
