import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit school ...`: the school list.
struct SchoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "school", abstract: "List, add, edit, archive and import schools.",
        subcommands: [
            SchoolListCommand.self, SchoolAdd.self, SchoolEdit.self, SchoolArchive.self, SchoolImportCommand.self,
        ])
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
        var address: String?
        var code: String?
        var archived: Bool
        var lastDialogue: LocalDate?
        var nextDialogue: LocalDate?
        var openActions: Int
    }

    func run() throws {
        let ctx = try CLIContext(global)
        // The current school year's index and the overview's figures for the years before (as the
        // first screen), not every year's index.
        let store = try ctx.open(.read, scope: .firstScreen(today: ctx.today))
        let stats = SchoolStats.merge([store.unloadedStats, SchoolStats.compute(store.dialogues)])
        let areaOrder = Dictionary(
            store.schools.areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let schools = store.schools.schools
            .filter { archived || !$0.archived }
            .sorted { a, b in
                let (x, y) = (areaOrder[a.areaID] ?? Int.max, areaOrder[b.areaID] ?? Int.max)
                return x != y ? x < y : SwedishOrder.less(a.name, b.name)
            }
        if json {
            try ctx.printJSON(
                schools.map { s in
                    Row(
                        id: s.id, name: s.name, areaID: s.areaID, areaName: store.area(s.areaID)?.name,
                        principal: s.principal, grades: s.grades, address: s.address, code: s.code,
                        archived: s.archived,
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
        var table = TextTable([
            t(.columnSchool), t(.columnArea), t(.columnPrincipal), t(.columnGrades),
            t(.columnLastDialogue), t(.columnOpenActions), t(.columnID),
        ])
        for s in schools {
            let name = s.archived ? "\(s.name) (\(t(.archivedMark)))" : s.name
            table.add([
                name, store.area(s.areaID)?.name ?? s.areaID, s.principal ?? "", s.grades?.text ?? "",
                stats[s.id]?.lastDialogue?.iso ?? "", String(stats[s.id]?.openActions ?? 0), s.id,
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// `tillit school add --name --area [--principal] [--grades] [--address] [--code]`.
struct SchoolAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a school.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "The school's name.") var name: String
    @Option(name: .long, help: "Its education area (created if new).") var area: String
    @Option(name: .long, help: "The principal (rektor).") var principal: String?
    @Option(name: .long, help: "Grades, e.g. F-3, 4-9, F-9.") var grades: String?
    @Option(name: .long, help: "The school's address (the place of its dialogues).") var address: String?
    @Option(name: .long, help: "The school unit code (skolenhetskod, 8 digits), to match imported figures.")
    var code: String?

    func run() throws {
        let ctx = try CLIContext(global)
        // The rules are checked before the lock is taken, and again on the list as it is.
        var check = SchoolList(organisation: Organisation(name: ""))
        do {
            try check.addSchool(
                name: name, area: area, principal: principal, grades: grades, address: address, code: code)
        } catch {
            throw ctx.fail(error)
        }
        let store = try ctx.openForWriting("tillit school add")
        var list = store.schools
        let added: (school: School, newArea: Area?)
        do {
            added = try list.addSchool(
                name: name, area: area, principal: principal, grades: grades, address: address, code: code)
        } catch {
            throw ctx.fail(error)
        }
        do { try store.saveSchools(list) } catch { throw ctx.fail(error) }
        if let a = added.newArea { ctx.warn(ctx.t(.areaCreated, ["area": a.name])) }
        let areaName = list.area(added.school.areaID)?.name ?? added.school.areaID
        print(ctx.t(.schoolAdded, ["name": added.school.name, "id": added.school.id, "area": areaName]))
    }
}

/// `tillit school edit NAME|ID [--name] [--area] [--principal] [--grades] [--address] [--code]`.
struct SchoolEdit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a school's details.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The school's name or id.") var school: String
    @Option(name: .long, help: "New name.") var name: String?
    @Option(name: .long, help: "New education area (created if new).") var area: String?
    @Option(name: .long, help: "New principal.") var principal: String?
    @Option(name: .long, help: "New grades, e.g. F-6.") var grades: String?
    @Option(name: .long, help: "New address (empty clears it).") var address: String?
    @Option(name: .long, help: "School unit code (skolenhetskod, 8 digits; empty clears it).") var code: String?

    func run() throws {
        let ctx = try CLIContext(global)
        guard name != nil || area != nil || principal != nil || grades != nil || address != nil || code != nil else {
            throw ctx.fail(ctx.t(.nothingToChange))
        }
        let store = try ctx.openForWriting("tillit school edit")
        var list = store.schools
        let edited: (school: School, newArea: Area?)
        do {
            let s = try list.findSchool(school)
            edited = try list.editSchool(
                s.id, name: name, area: area, principal: principal, grades: grades, address: address, code: code)
        } catch {
            throw ctx.fail(error)
        }
        do { try store.saveSchools(list) } catch { throw ctx.fail(error) }
        if let a = edited.newArea { ctx.warn(ctx.t(.areaCreated, ["area": a.name])) }
        print(ctx.t(.schoolUpdated, ["name": edited.school.name]))
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
        var list = store.schools
        let s = try ctx.school(school, in: store)
        do { try list.setArchived(s.id, !undo) } catch { throw ctx.fail(error) }
        do { try store.saveSchools(list) } catch { throw ctx.fail(error) }
        print(ctx.t(undo ? .schoolUnarchived : .schoolArchived, ["name": s.name]))
    }
}
