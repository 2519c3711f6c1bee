import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit dialogue ...`: quality dialogues.
struct DialogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialogue", abstract: "List, plan, change and show quality dialogues.",
        subcommands: [DialogueList.self, DialogueNew.self, DialogueEdit.self, DialogueRemove.self, DialogueShow.self])
}

/// `tillit dialogue list [--school] [--year] [--status] [--json]`.
struct DialogueList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List dialogues, newest first.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Only this school (name or id).") var school: String?
    @Option(name: .long, help: "Only this school year, e.g. 2025/26.") var year: String?
    @Option(name: .long, help: "Only this status: planned, live or closed.") var status: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: String
        var level: DialogueLevel
        var schoolID: String?
        var areaID: String?
        var subject: String
        var date: LocalDate
        var schoolYear: SchoolYear
        var status: DialogueStatus
        var noteCount: Int
        var actionCount: Int
        var openActionCount: Int
        var tags: [String]
    }

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        var wantedYear: SchoolYear?
        if let year {
            guard let y = SchoolYear(text: year) else { throw ctx.fail(t(.badSchoolYear, ["value": year])) }
            wantedYear = y
        }
        var wantedStatus: DialogueStatus?
        if let status {
            guard let s = DialogueStatus(rawValue: status.lowercased()) else {
                throw ctx.fail(t(.badStatus, ["value": status]))
            }
            wantedStatus = s
        }
        let store = try ctx.open(.read)
        var schoolID: String?
        if let school { schoolID = try ctx.school(school, in: store).id }
        let naming = DialogueNaming(store: store)
        let list = store.dialogues.filter { d in
            (schoolID == nil || d.schoolID == schoolID) && (wantedYear == nil || d.schoolYear == wantedYear)
                && (wantedStatus == nil || d.status == wantedStatus)
        }
        if json {
            try ctx.printJSON(
                list.map { d in
                    Row(
                        id: d.id, level: d.level, schoolID: d.schoolID, areaID: d.areaID, subject: naming.subject(d),
                        date: d.date, schoolYear: d.schoolYear, status: d.status, noteCount: d.noteCount,
                        actionCount: d.actionCount, openActionCount: d.openActionCount, tags: d.tags)
                })
            return
        }
        if list.isEmpty {
            print(t(.noDialogues))
            return
        }
        var table = TextTable([
            t(.columnID), t(.columnDate), t(.columnYear), t(.columnSchool), t(.columnLevel),
            t(.columnStatus), t(.columnNotes), t(.columnOpenActions),
        ])
        for d in list {
            table.add([
                String(d.id.prefix(8)), d.date.iso, d.schoolYear.text, naming.subject(d), t.level(d.level),
                t.status(d.status), String(d.noteCount), String(d.openActionCount),
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// `tillit dialogue new --school NAME|ID [--date|--week] [--time] [--place] [--level]`: prints only the new id.
struct DialogueNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Plan a new dialogue; prints only its id.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "The school (name or id).") var school: String?
    @Option(name: .long, help: "The education area, for a dialogue at area level.") var area: String?
    @Option(name: .long, help: "The date, YYYY-MM-DD (default today).") var date: String?
    @Option(name: .long, help: "Or a week, e.g. 2026-W49 (the dialogue is planned for that week).") var week: String?
    @Option(name: .long, help: "When it starts, e.g. 9:00 or 13.30 (default: all day).") var time: String?
    @Option(name: .long, help: "Where: a room or an address (default: the school's address).") var place: String?
    @Option(name: .long, help: "school, area or organisation (default school).") var level: String?
    @Option(name: .long, help: "A facilitator (repeat for several).") var facilitator: [String] = []
    @Flag(name: .long, help: "Plan it even if the school (area) already has a dialogue that school year.")
    var force = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        var when = ctx.today
        if let date {
            guard let d = LocalDate(iso: date) else { throw ctx.fail(t(.badDate, ["value": date])) }
            when = d
        }
        var plannedWeek: ISOWeek?
        if let week {
            guard let w = ISOWeek(iso: week) else { throw ctx.fail(t(.badWeek, ["value": week])) }
            plannedWeek = w
            when = w.monday
        }
        var startTime: TimeOfDay?
        if let time {
            guard let parsed = TimeOfDay(parsing: time) else { throw ctx.fail(t(.badTime, ["value": time])) }
            startTime = parsed
        }
        var dialogueLevel = DialogueLevel.school
        if let level {
            guard let l = DialogueLevel(rawValue: level.lowercased()) else {
                throw ctx.fail(t(.badLevel, ["value": level]))
            }
            dialogueLevel = l
        }
        let store = try ctx.openForWriting("tillit dialogue new")
        let s = try school.map { try ctx.school($0, in: store) }
        let dialogue: Dialogue
        do throws(Refusal) {
            var a: Area?
            if let area {
                guard let found = store.schools.areas.named(area) else { throw Refusal.areaNotFound(area) }
                a = found
            }
            dialogue = try Dialogue.planned(
                id: UUID().uuidString.lowercased(), level: dialogueLevel, school: s, area: a,
                when: plannedWeek.map(WheelWhen.week) ?? .date(when), facilitators: facilitator,
                startMonth: store.wheel.schoolYearStartMonth, startTime: startTime, place: place)
        } catch {
            throw ctx.fail(error)
        }
        // One a year unless --force: the one there is named.
        store.loadEverything()
        if !force,
            let there = store.dialogues.existing(
                level: dialogue.level, schoolID: dialogue.schoolID, areaID: dialogue.areaID, in: dialogue.schoolYear)
        {
            let words = ErrorText(t).refusal(
                .duplicateDialogue(there, subject: DialogueNaming(store: store).subject(there)))
            throw ctx.fail(words + " " + t(.duplicateForce))
        }
        do { try store.saveDialogue(dialogue) } catch { throw ctx.fail(error) }
        print(dialogue.id)
    }
}

/// `tillit dialogue show ID [--json]` (an id or a unique prefix of one).
struct DialogueShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one dialogue in full.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The dialogue's id or the unique start of it.") var id: String
    @Flag(name: .long, help: "Print the dialogue's data as JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext(global)
        // One dialogue: the current school year's index and its file, not every year's index.
        let store = try ctx.open(.read, scope: .firstScreen(today: ctx.today))
        let dialogue = try ctx.dialogue(id, in: store)
        if json {
            try ctx.printJSON(dialogue)
            return
        }
        print(DialogueText(store: store, t: ctx.t, today: ctx.today).render(dialogue), terminator: "")
    }
}
