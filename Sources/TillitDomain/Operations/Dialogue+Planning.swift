/// Planning a dialogue, in one place: at school level it needs a school that is not archived;
/// at area level an area (a school's area will do); the organisation's needs neither.
extension Dialogue {
    public static func planned(
        id: String, level: DialogueLevel, school: School?, area: Area?, when: WheelWhen,
        facilitators: [String], startMonth: Int, startTime: TimeOfDay? = nil, place: String? = nil
    ) throws(Refusal) -> Dialogue {
        var schoolID: String?
        var areaID = area?.id ?? school?.areaID
        switch level {
        case .school:
            guard let school else { throw .needsSchool }
            guard !school.archived else { throw .schoolArchived(school.name) }
            schoolID = school.id
            areaID = school.areaID
        case .area:
            guard areaID != nil else { throw .needsArea }
        case .organisation:
            areaID = nil
        }
        var week: ISOWeek?
        if case .week(let w) = when { week = w }
        let date = when.firstDay
        var d = Dialogue(
            id: id, level: level, schoolID: schoolID, areaID: areaID, date: date,
            schoolYear: SchoolYear(containing: date, startMonth: startMonth), status: .planned,
            facilitators: facilitators.map(SchoolList.cleanName).filter { !$0.isEmpty }, plannedWeek: week)
        d.startTime = startTime
        d.place = place.map(SchoolList.cleanName).flatMap { $0.isEmpty ? nil : $0 }
        return d
    }
}

extension Dialogue {
    /// A planned dialogue moved, given a time or place, or other facilitators. Only a planned one:
    /// one held keeps the day it was held.
    public func replanned(
        when: WheelWhen, startTime: TimeOfDay?, place: String?, facilitators: [String], startMonth: Int
    ) throws(Refusal) -> Dialogue {
        guard status == .planned else { throw .notPlanned }
        var d = self
        d.date = when.firstDay
        if case .week(let w) = when { d.plannedWeek = w } else { d.plannedWeek = nil }
        d.schoolYear = SchoolYear(containing: d.date, startMonth: startMonth)
        d.startTime = startTime
        d.place = place.map(SchoolList.cleanName).flatMap { $0.isEmpty ? nil : $0 }
        d.facilitators = facilitators.map(SchoolList.cleanName).filter { !$0.isEmpty }
        return d
    }
}

/// Whom a dialogue is for: a school, an area or the organisation (each has one a school year).
public struct DialogueSubject: Hashable, Sendable {
    let level: DialogueLevel
    let id: String?

    public init(_ level: DialogueLevel, schoolID: String?, areaID: String?) {
        self.level = level
        switch level {
        case .school: id = schoolID
        case .area: id = areaID
        case .organisation: id = nil
        }
    }

    public init(_ d: DialogueSummary) { self.init(d.level, schoolID: d.schoolID, areaID: d.areaID) }
}

extension Array where Element == DialogueSummary {
    /// A dialogue the same school (or area, or the organisation) already has in a school year:
    /// planning another one there is asked about first (the screen) or refused (the command line,
    /// without --force).
    public func existing(level: DialogueLevel, schoolID: String?, areaID: String?, in year: SchoolYear)
        -> DialogueSummary?
    {
        let subject = DialogueSubject(level, schoolID: schoolID, areaID: areaID)
        return first { $0.schoolYear == year && DialogueSubject($0) == subject }
    }
}

extension ActionItem {
    /// The action as a later dialogue followed it up: its status, and that dialogue's word on
    /// it (one per dialogue: following up again replaces it).
    public func followedUp(_ followUp: ActionFollowUp) -> ActionItem {
        var a = self
        a.status = followUp.status
        a.followUps.removeAll { $0.dialogueID == followUp.dialogueID }
        a.followUps.append(followUp)
        return a
    }
}
