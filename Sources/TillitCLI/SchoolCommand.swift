import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit school ...`: the school list.
struct SchoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "school", abstract: "List, add, edit, archive and import schools.",
        subcommands: [SchoolListCommand.self, SchoolAdd.self, SchoolEdit.self, SchoolArchive.self, SchoolImportCommand.self])
}

/// Finds a school by id, by name (any case), or by the unique start of a name.
struct SchoolFinder {
    let schools: [School]
    let ctx: CLIContext

    func find(_ query: String) throws -> School {
        let q = query.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        if let s = schools.first(where: { $0.id == q }) { return s }
        let lower = q.lowercased()
        let exact = schools.filter { $0.name.lowercased() == lower }
        if exact.count == 1 { return exact[0] }
        let prefix = exact.isEmpty ? schools.filter { $0.name.lowercased().hasPrefix(lower) } : exact
        if prefix.count == 1 { return prefix[0] }
        if prefix.isEmpty { throw ctx.fail(ctx.t(.schoolNotFound, ["query": query])) }
        throw ctx.fail(ctx.t(.schoolAmbiguous, ["query": query, "matches": prefix.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")]))
    }
}

/// `tillit school list [--archived] [--json]`.
struct SchoolListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List schools by education area.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Include archived schools.")
    var archived = false

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    struct Row: Encodable {
        var id: String
        var name: String
        var areaID: String
        var areaName: String?
        var principal: String?
        var grades: Grades?
        var archived: Bool
        var lastDialogue: LocalDate?
        var nextDialogue: LocalDate?
        var openActions: Int
    }

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.open(.read)
        let stats = SchoolStats.compute(store.dialogues)
        let areaOrder = Dictionary(store.schools.areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let schools = store.schools.schools
            .filter { archived || !$0.archived }
            .sorted { a, b in
                let (x, y) = (areaOrder[a.areaID] ?? Int.max, areaOrder[b.areaID] ?? Int.max)
                return x != y ? x < y : SwedishOrder.less(a.name, b.name)
            }
        if json {
            try ctx.printJSON(schools.map { s in
                Row(id: s.id, name: s.name, areaID: s.areaID, areaName: store.area(s.areaID)?.name,
                    principal: s.principal, grades: s.grades, archived: s.archived,
                    lastDialogue: stats[s.id]?.lastDialogue, nextDialogue: stats[s.id]?.nextPlanned,
                    openActions: stats[s.id]?.openActions ?? 0)
            })
            return
        }
        if schools.isEmpty {
            print(ctx.t(.noSchools))
            return
        }
        let t = ctx.t
        var table = TextTable([t(.columnSchool), t(.columnArea), t(.columnPrincipal), t(.columnGrades),
                               t(.columnLastDialogue), t(.columnOpenActions), t(.columnID)])
        for s in schools {
            let name = s.archived ? "\(s.name) (\(t(.archivedMark)))" : s.name
            table.add([name, store.area(s.areaID)?.name ?? s.areaID, s.principal ?? "", s.grades?.text ?? "",
                       stats[s.id]?.lastDialogue?.iso ?? "", String(stats[s.id]?.openActions ?? 0), s.id])
        }
        print(table.render(), terminator: "")
    }
}

/// Finds or creates an education area by name or id.
func resolveArea(_ name: String, in doc: inout SchoolList, ctx: CLIContext) -> Area {
    let q = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
    if let a = doc.areas.named(q) { return a }
    let area = Area(id: Slug.unique(q, taken: Set(doc.areas.map(\.id))), name: q)
    doc.areas.append(area)
    ctx.warn(ctx.t(.areaCreated, ["area": q]))
    return area
}

/// `tillit school add --name --area [--principal] [--grades]`.
struct SchoolAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a school.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "The school's name.") var name: String
    @Option(name: .long, help: "Its education area (created if new).") var area: String
    @Option(name: .long, help: "The principal (rektor).") var principal: String?
    @Option(name: .long, help: "Grades, e.g. F-3, 4-9, F-9.") var grades: String?

    func run() throws {
        let ctx = try CLIContext(global)
        let schoolName = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        guard !schoolName.isEmpty else { throw ctx.fail(ctx.t(.emptyName)) }
        var parsedGrades: Grades?
        if let grades {
            guard let g = Grades(text: grades) else { throw ctx.fail(ctx.t(.badGrades, ["value": grades])) }
            parsedGrades = g
        }
        let store = try ctx.openForWriting("tillit school add")
        var doc = store.schools
        if doc.schools.contains(where: { $0.name.lowercased() == schoolName.lowercased() }) {
            throw ctx.fail(ctx.t(.schoolDuplicate, ["name": schoolName]))
        }
        let a = resolveArea(area, in: &doc, ctx: ctx)
        let school = School(id: Slug.unique(schoolName, taken: Set(doc.schools.map(\.id))), name: schoolName,
                            areaID: a.id, principal: principal.map { $0.precomposedStringWithCanonicalMapping },
                            grades: parsedGrades)
        doc.schools.append(school)
        do { try store.saveSchools(doc) } catch { throw ctx.fail(error) }
        print(ctx.t(.schoolAdded, ["name": school.name, "id": school.id, "area": a.name]))
    }
}

/// `tillit school edit NAME|ID [--name] [--area] [--principal] [--grades]`.
struct SchoolEdit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a school's details.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The school's name or id.") var school: String
    @Option(name: .long, help: "New name.") var name: String?
    @Option(name: .long, help: "New education area (created if new).") var area: String?
    @Option(name: .long, help: "New principal.") var principal: String?
    @Option(name: .long, help: "New grades, e.g. F-6.") var grades: String?

    func run() throws {
        let ctx = try CLIContext(global)
        guard name != nil || area != nil || principal != nil || grades != nil else {
            throw ctx.fail(ctx.t(.nothingToChange))
        }
        var parsedGrades: Grades?
        if let grades {
            guard let g = Grades(text: grades) else { throw ctx.fail(ctx.t(.badGrades, ["value": grades])) }
            parsedGrades = g
        }
        let store = try ctx.openForWriting("tillit school edit")
        var doc = store.schools
        var s = try SchoolFinder(schools: doc.schools, ctx: ctx).find(school)
        if let name {
            let n = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
            guard !n.isEmpty else { throw ctx.fail(ctx.t(.emptyName)) }
            if doc.schools.contains(where: { $0.id != s.id && $0.name.lowercased() == n.lowercased() }) {
                throw ctx.fail(ctx.t(.schoolDuplicate, ["name": n]))
            }
            s.name = n
        }
        if let area { s.areaID = resolveArea(area, in: &doc, ctx: ctx).id }
        if let principal { s.principal = principal.isEmpty ? nil : principal.precomposedStringWithCanonicalMapping }
        if let parsedGrades { s.grades = parsedGrades }
        let index = doc.schools.firstIndex { $0.id == s.id }!
        doc.schools[index] = s
        do { try store.saveSchools(doc) } catch { throw ctx.fail(error) }
        print(ctx.t(.schoolUpdated, ["name": s.name]))
    }
}

/// `tillit school archive NAME|ID [--undo]`.
struct SchoolArchive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Archive a school (hide it from lists); --undo makes it active again.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The school's name or id.") var school: String
    @Flag(name: .long, help: "Make an archived school active again.") var undo = false

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.openForWriting("tillit school archive")
        var doc = store.schools
        let s = try SchoolFinder(schools: doc.schools, ctx: ctx).find(school)
        let index = doc.schools.firstIndex { $0.id == s.id }!
        doc.schools[index].archived = !undo
        do { try store.saveSchools(doc) } catch { throw ctx.fail(error) }
        print(ctx.t(undo ? .schoolUnarchived : .schoolArchived, ["name": s.name]))
    }
}
