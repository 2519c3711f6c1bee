import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit dialogue edit ID [--date|--week] [--time] [--place] [--facilitator]...`: a planned
/// dialogue moved, or given another time, place or facilitators.
struct DialogueEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a planned dialogue: its day or week, time, place, facilitators.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The dialogue's id or the unique start of it.") var id: String
    @Option(name: .long, help: "A new day, YYYY-MM-DD.") var date: String?
    @Option(name: .long, help: "Or a new week, e.g. 2027-W10.") var week: String?
    @Option(name: .long, help: "When it starts, e.g. 9:00 (empty: all day).") var time: String?
    @Option(name: .long, help: "Where (empty: the school's address).") var place: String?
    @Option(name: .long, help: "The facilitators (repeat for several; replaces them).") var facilitator: [String] = []

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        guard date != nil || week != nil || time != nil || place != nil || !facilitator.isEmpty else {
            throw ctx.fail(t(.nothingToChange))
        }
        let store = try ctx.openForWriting("tillit dialogue edit")
        let d = try ctx.dialogue(id, in: store)
        var when = d.when
        if let date {
            guard let day = LocalDate(iso: date) else { throw ctx.fail(t(.badDate, ["value": date])) }
            when = .date(day)
        }
        if let week {
            guard let w = ISOWeek(iso: week) else { throw ctx.fail(t(.badWeek, ["value": week])) }
            when = .week(w)
        }
        var startTime = d.startTime
        if let time {
            startTime = TimeOfDay(parsing: time)
            guard time.trimmingCharacters(in: .whitespaces).isEmpty || startTime != nil else {
                throw ctx.fail(t(.badTime, ["value": time]))
            }
        }
        let updated: Dialogue
        do {
            updated = try d.replanned(
                when: when, startTime: startTime, place: place ?? d.place,
                facilitators: facilitator.isEmpty ? d.facilitators : facilitator,
                startMonth: store.wheel.schoolYearStartMonth)
        } catch {
            throw ctx.fail(error)
        }
        do {
            try store.foldJournal(d.id)
            try store.saveDialogue(updated)
        } catch {
            throw ctx.fail(error)
        }
        let subject = DialogueNaming(store: store).subject(DialogueSummary(updated, fingerprint: nil))
        print(t(.planChanged, ["subject": subject, "when": t.when(updated.when, at: updated.startTime)]))
    }
}

/// `tillit dialogue remove ID`: a planned dialogue nothing has been written in.
struct DialogueRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a planned dialogue (one that has been held stays).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The dialogue's id or the unique start of it.") var id: String

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.openForWriting("tillit dialogue remove")
        let d = try ctx.dialogue(id, in: store)
        do { try store.removePlannedDialogue(d.id) } catch { throw ctx.fail(error) }
        let subject = DialogueNaming(store: store).subject(DialogueSummary(d, fingerprint: nil))
        print(ctx.t(.planRemoved, ["subject": subject, "when": ctx.t.when(d.when)]))
    }
}
