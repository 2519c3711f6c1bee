/// The wheel's phases, edited in one place for the screen and the command line: a name on one
/// line, months 1...12 (a phase may run past December), one of five colours.
extension Wheel {
    /// The phase named or with the id `query` (case does not matter).
    public func phase(_ query: String) throws(Refusal) -> WheelPhase {
        let q = query.lowercased()
        guard let p = phases.first(where: { $0.id == q || $0.name.lowercased() == q }) else {
            throw .phaseNotFound(query)
        }
        return p
    }

    static func checkMonth(_ m: Int) throws(Refusal) -> Int {
        guard (1...12).contains(m) else { throw .badMonth(String(m)) }
        return m
    }

    @discardableResult
    public mutating func addPhase(name: String, from start: Int, to end: Int, colour: Int? = nil) throws(Refusal)
        -> WheelPhase
    {
        let clean = SchoolList.cleanName(name)
        guard !clean.isEmpty else { throw .emptyName }
        var id = Slug.make(clean)
        var n = 2
        while phases.contains(where: { $0.id == id }) {
            id = Slug.make(clean) + "-\(n)"
            n += 1
        }
        let phase = WheelPhase(
            id: id, name: clean, startMonth: try Self.checkMonth(start), endMonth: try Self.checkMonth(end),
            colour: colour.map { min(5, max(1, $0)) })
        phases.append(phase)
        return phase
    }

    /// Changes a phase: only what is given.
    @discardableResult
    public mutating func editPhase(
        _ query: String, name: String? = nil, from start: Int? = nil, to end: Int? = nil, colour: Int?? = nil
    ) throws(Refusal) -> WheelPhase {
        let old = try phase(query)
        guard let i = phases.firstIndex(where: { $0.id == old.id }) else { throw .phaseNotFound(query) }
        if let name {
            let clean = SchoolList.cleanName(name)
            guard !clean.isEmpty else { throw .emptyName }
            phases[i].name = clean
        }
        if let start { phases[i].startMonth = try Self.checkMonth(start) }
        if let end { phases[i].endMonth = try Self.checkMonth(end) }
        if let colour { phases[i].colour = colour.map { min(5, max(1, $0)) } }
        return phases[i]
    }

    @discardableResult
    public mutating func removePhase(_ query: String) throws(Refusal) -> WheelPhase {
        let old = try phase(query)
        phases.removeAll { $0.id == old.id }
        return old
    }
}
