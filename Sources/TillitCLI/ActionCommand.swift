import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit action ...`: what is due across dialogues and years, and following it up.
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "List the actions of every dialogue, or set one's status.",
        subcommands: [ActionList.self, ActionSet.self])

    /// An action's status from its name in files or in either language ("pågår", "done").
    static func status(_ text: String, _ ctx: CLIContext) throws -> ActionStatus {
        let q = text.lowercased()
        for s in ActionStatus.allCases
        where s.rawValue.lowercased() == q || Language.allCases.contains(where: { Localizer($0).actionStatus(s) == q })
        {
            return s
        }
        throw ctx.fail(ctx.t(.badActionStatus, ["value": text]))
    }
}

/// One action with the dialogue it lives in.
struct ActionRow: Encodable {
    var id: String
    var text: String
    var owner: String?
    var due: LocalDate?
    var status: ActionStatus
    var overdue: Bool
    var dialogueID: String
    var subject: String
    var date: LocalDate
    var followUps: [ActionFollowUp]
}

/// `tillit action list [--school] [--owner] [--status] [--overdue] [--json]`.
struct ActionList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Every action across dialogues and years, by due date.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Only this school's (name or id).") var school: String?
    @Option(name: .long, help: "Only those this person owns (part of the name is enough).") var owner: String?
    @Option(name: .long, help: "Only this status: notStarted, inProgress, done, dropped, or open (the first two).")
    var status: String?
    @Flag(name: .long, help: "Only open actions past their date.") var overdue = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        let wanted = try status.flatMap { $0.lowercased() == "open" ? nil : try ActionCommand.status($0, ctx) }
        let openOnly = status?.lowercased() == "open"
        let store = try ctx.open(.read)
        let schoolID = try school.map { try ctx.school($0, in: store).id }
        let naming = DialogueNaming(store: store)
        var rows: [ActionRow] = []
        for d in store.allDialogues() where schoolID == nil || d.schoolID == schoolID {
            for a in d.actions {
                if let wanted, a.status != wanted { continue }
                if openOnly, !a.status.isOpen { continue }
                if overdue, !a.isOverdue(on: ctx.today) { continue }
                if let owner, !(a.owner ?? "").lowercased().contains(owner.lowercased()) { continue }
                rows.append(
                    ActionRow(
                        id: a.id, text: a.text, owner: a.owner, due: a.due, status: a.status,
                        overdue: a.isOverdue(on: ctx.today), dialogueID: d.id,
                        subject: naming.subject(DialogueSummary(d, fingerprint: nil)), date: d.date,
                        followUps: a.followUps))
            }
        }
        rows.sort { ($0.due ?? .distantFuture, $0.text) < ($1.due ?? .distantFuture, $1.text) }
        if json {
            try ctx.printJSON(rows)
            return
        }
        if rows.isEmpty {
            print(t(.actionNone))
            return
        }
        var table = TextTable(t(.actionColumns).components(separatedBy: " | "))
        for r in rows {
            var words = t.actionStatus(r.status)
            if r.overdue { words += " · " + t(.overdueMark) }
            table.add([
                String(r.id.prefix(12)), r.text, "\(r.subject) \(r.date.iso)", r.owner ?? "–", r.due?.iso ?? "–", words,
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// `tillit action set ID --status S [--comment C]`: follows an action up from the command line.
struct ActionSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set an action's status (and a comment), in the dialogue it belongs to.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The action's id or the unique start of it (see tillit action list).") var id: String
    @Option(name: .long, help: "notStarted, inProgress, done or dropped (or ej påbörjad, pågår, klar, avbruten).")
    var status: String
    @Option(name: .long, help: "A word on how it goes.") var comment: String = ""

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        let newStatus = try ActionCommand.status(status, ctx)
        let store = try ctx.openForWriting("tillit action set")
        defer { store.close() }
        let matches = store.allDialogues().flatMap { d in d.actions.filter { $0.id.hasPrefix(id) }.map { (d, $0) } }
        guard !id.isEmpty, let (dialogue, action) = matches.first else {
            throw ctx.fail(t(.actionNotFound, ["id": id]))
        }
        guard matches.count == 1 || matches.contains(where: { $0.1.id == id }) else {
            throw ctx.fail(
                t(
                    .actionAmbiguous,
                    ["id": id, "matches": matches.map { String($0.1.id.prefix(12)) }.joined(separator: ", ")]))
        }
        let (d, a) = matches.first { $0.1.id == id } ?? (dialogue, action)
        var fresh: Dialogue
        do throws(StoreError) {
            // A journal is folded first, so that the change cannot be undone by replaying it.
            try store.foldJournal(d.id)
            fresh = try store.dialogue(d.id)
        } catch {
            throw ctx.fail(error)
        }
        guard let i = fresh.actions.firstIndex(where: { $0.id == a.id }) else {
            throw ctx.fail(t(.actionNotFound, ["id": a.id]))
        }
        fresh.actions[i] = fresh.actions[i].followedUp(
            ActionFollowUp(dialogueID: d.id, date: ctx.today, status: newStatus, comment: comment))
        do { try store.saveDialogue(fresh) } catch { throw ctx.fail(error) }
        print(t(.actionSet, ["text": a.text, "status": t.actionStatus(newStatus)]))
    }
}
