import Foundation

/// The rules for the school list, in one place: a name is one line, not empty and not taken;
/// an area is found by its name, id or slug, or made; grades are understood or refused.
extension SchoolList {
    /// What a person wrote for a name, as it is kept: one line, precomposed, no control
    /// characters, no spaces around it.
    public static func cleanName(_ text: String) -> String {
        ControlCharacters.clean(text, multiline: false).precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespaces)
    }

    /// A school by its id, its name in any case, or the unique start of its name.
    public func findSchool(_ query: String) throws(Refusal) -> School {
        let q = Self.cleanName(query)
        if let s = schools.first(where: { $0.id == q }) { return s }
        let lower = q.lowercased()
        let exact = schools.filter { $0.name.lowercased() == lower }
        if exact.count == 1 { return exact[0] }
        let prefix = exact.isEmpty && !lower.isEmpty ? schools.filter { $0.name.lowercased().hasPrefix(lower) } : exact
        if prefix.count == 1 { return prefix[0] }
        if prefix.isEmpty { throw .schoolNotFound(query) }
        throw .schoolAmbiguous(query, prefix)
    }

    /// The area a name means; a new one (with a fresh id) when none does.
    public mutating func area(named text: String) throws(Refusal) -> (area: Area, created: Bool) {
        let name = Self.cleanName(text)
        guard !name.isEmpty else { throw .emptyArea }
        if let a = areas.named(name) { return (a, false) }
        let area = Area(id: Slug.unique(name, taken: Set(areas.map(\.id))), name: name)
        areas.append(area)
        return (area, true)
    }

    static func grades(_ text: String?) throws(Refusal) -> Grades?? {
        guard let text else { return nil }
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .some(nil) }
        guard let g = Grades(text: t) else { throw .badGrades(text) }
        return .some(g)
    }

    /// A school unit code as kept: eight digits (spaces and dashes people write are dropped);
    /// nil for an empty text. Refused when malformed or another school has it.
    func schoolCode(_ text: String, for id: String?) throws(Refusal) -> String? {
        let digits = text.filter { !$0.isWhitespace && $0 != "-" }
        if digits.isEmpty { return nil }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .badSchoolCode(text) }
        if let other = schools.first(where: { $0.code == digits && $0.id != id }) {
            throw .duplicateSchoolCode(digits, school: other.name)
        }
        return digits
    }

    /// Adds a school; returns it and the area made for it, if one was.
    @discardableResult
    public mutating func addSchool(
        name: String, area: String, principal: String? = nil,
        grades: String? = nil, address: String? = nil, code: String? = nil
    ) throws(Refusal) -> (school: School, newArea: Area?) {
        let clean = Self.cleanName(name)
        guard !clean.isEmpty else { throw .emptyName }
        guard !schools.contains(where: { $0.name.lowercased() == clean.lowercased() }) else {
            throw .duplicateSchool(clean)
        }
        let parsed = try Self.grades(grades) ?? nil
        let code = try code.flatMap { c throws(Refusal) in try schoolCode(c, for: nil) }
        var copy = self
        let (a, created) = try copy.area(named: area)
        let principal = principal.map(Self.cleanName).flatMap { $0.isEmpty ? nil : $0 }
        let school = School(
            id: Slug.unique(clean, taken: Set(schools.map(\.id))), name: clean, areaID: a.id,
            principal: principal, grades: parsed,
            address: address.map(Self.cleanName).flatMap { $0.isEmpty ? nil : $0 }, code: code)
        copy.schools.append(school)
        self = copy
        return (school, created ? a : nil)
    }

    /// Changes a school: only what is given (an empty principal, grades or address clears them).
    @discardableResult
    public mutating func editSchool(
        _ id: String, name: String? = nil, area: String? = nil, principal: String? = nil,
        grades: String? = nil, address: String? = nil, code: String? = nil
    ) throws(Refusal) -> (school: School, newArea: Area?) {
        guard let i = schools.firstIndex(where: { $0.id == id }) else { throw .schoolNotFound(id) }
        var copy = self
        var s = schools[i]
        if let name {
            let clean = Self.cleanName(name)
            guard !clean.isEmpty else { throw .emptyName }
            guard !schools.contains(where: { $0.id != id && $0.name.lowercased() == clean.lowercased() }) else {
                throw .duplicateSchool(clean)
            }
            s.name = clean
        }
        if let parsed = try Self.grades(grades) { s.grades = parsed }
        if let principal { s.principal = Self.cleanName(principal).isEmpty ? nil : Self.cleanName(principal) }
        if let code { s.code = try schoolCode(code, for: id) }
        if let address { s.address = Self.cleanName(address).isEmpty ? nil : Self.cleanName(address) }
        var newArea: Area?
        if let area {
            let (a, created) = try copy.area(named: area)
            s.areaID = a.id
            if created { newArea = a }
        }
        copy.schools[i] = s
        self = copy
        return (s, newArea)
    }

    /// Archives a school (it leaves the lists) or makes it active again.
    public mutating func setArchived(_ id: String, _ archived: Bool) throws(Refusal) {
        guard let i = schools.firstIndex(where: { $0.id == id }) else { throw .schoolNotFound(id) }
        schools[i].archived = archived
    }
}
