import ArgumentParser
import TillitDomain
import TillitStore

/// What the figures commands share: whom a figure is about, in words and from words.
enum FiguresText {
    /// A school (name, id or the start of a name), an area, or the organisation ("kommunen").
    static func subject(_ query: String, _ store: Store, _ ctx: CLIContext) throws -> FigureSubject {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if ["kommunen", "organisationen", "organisation", "municipality", store.schools.organisation.name.lowercased()]
            .contains(q)
        {
            return .organisation
        }
        if let a = store.schools.areas.named(query) { return .area(a.id) }
        return .school(try ctx.school(query, in: store).id)
    }

    static func name(_ subject: FigureSubject, _ store: Store) -> String {
        switch subject {
        case .school(let id): return store.school(id)?.name ?? id
        case .area(let id): return store.area(id)?.name ?? id
        case .organisation: return store.schools.organisation.name
        }
    }

    static func message(_ problem: FigureEntry.Problem, _ t: Localizer) -> String {
        switch problem {
        case .badYear(let v): return t(.badSchoolYear, ["value": v])
        case .badValue(let v): return t(.badFigureValue, ["value": v])
        }
    }
}
