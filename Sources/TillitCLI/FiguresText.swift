import ArgumentParser
import TillitDomain
import TillitStore

/// What the figures commands share: whom a figure is about, in words and from words.
enum FiguresText {
    /// A school (name, id or the start of a name), an area, or the organisation ("kommunen").
    static func subject(_ query: String, _ store: Store, _ ctx: CLIContext) throws -> FigureSubject {
        if store.schools.meansOrganisation(query) { return .organisation }
        if let a = store.schools.areas.named(query) { return .area(a.id) }
        return .school(try ctx.school(query, in: store).id)
    }

    /// The measure a name means, or an error listing the measures there are.
    static func measure(_ name: String, _ book: FigureBook, _ ctx: CLIContext) throws -> Measure {
        guard let m = book.measure(named: name) else {
            let names = book.measures.map { $0.name(ctx.t.language) }.joined(separator: ", ")
            throw ctx.fail(ctx.t(.measureNotFound, ["name": name, "names": names]))
        }
        return m
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
