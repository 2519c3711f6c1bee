import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// What `wheel add` and `wheel edit` share: reading dates, weeks, kinds and schools.
struct WheelEventOptions: ParsableArguments {
    @Option(name: .long, help: "The event's title.") var title: String?
    @Option(name: .long, help: "Its day, YYYY-MM-DD.") var date: String?
    @Option(name: .long, help: "Or its week, e.g. 2026-W49.") var week: String?
    @Option(name: .long, help: "dialogue, analysisDay, reportDeadline, boardMeeting or other.") var kind: String?
    @Option(name: .long, help: "A school it concerns (name or id; empty to clear).") var school: String?
    @Option(
        name: .long,
        help:
            """
            Comes back every school year: date (the same date), week (the same week), weekday (the same weekday of \
            the month) or none.
            """
    ) var repeats: String?

    /// The recurrence: nil when not given, .some(nil) for none.
    func recurrence(_ ctx: CLIContext, on when: WheelWhen?) throws -> Recurrence?? {
        guard let repeats else { return nil }
        switch repeats.lowercased() {
        case "none", "no", "nej", "ingen": return .some(nil)
        case "date", "datum": return .some(.sameDate)
        case "week", "vecka": return .some(.sameWeek)
        case "weekday", "veckodag":
            guard let when else { throw ctx.fail(ctx.t(.eventNeedsWhen)) }
            return .some(.weekdayRule(of: when.firstDay))
        default: throw ctx.fail(ctx.t(.badRepeat, ["value": repeats]))
        }
    }

    func when(_ ctx: CLIContext) throws -> WheelWhen? {
        if date != nil && week != nil { throw ctx.fail(ctx.t(.eventDateOrWeek)) }
        if let date {
            guard let d = LocalDate(iso: date) else { throw ctx.fail(ctx.t(.badDate, ["value": date])) }
            return .date(d)
        }
        if let week {
            guard let w = ISOWeek(iso: week.uppercased()) else { throw ctx.fail(ctx.t(.badWeek, ["value": week])) }
            return .week(w)
        }
        return nil
    }

    func eventKind(_ ctx: CLIContext) throws -> WheelEventKind? {
        guard let kind else { return nil }
        let folded = kind.lowercased()
        for k in WheelEventKind.allCases
        where k.rawValue.lowercased() == folded
            || Language.allCases.contains(where: { Localizer($0).eventKind(k) == folded })
        {
            return k
        }
        throw ctx.fail(
            ctx.t(.badKind, ["value": kind, "kinds": WheelEventKind.allCases.map(\.rawValue).joined(separator: ", ")]))
    }

    /// The school id: nil when not given, "" to clear.
    func schoolID(_ store: Store, _ ctx: CLIContext) throws -> String? {
        guard let school else { return nil }
        if school.isEmpty { return "" }
        return try ctx.school(school, in: store).id
    }
}

/// `tillit wheel add --title T --date D|--week W [--kind K] [--school S]`: prints the new id.
struct WheelAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an event to the annual wheel; prints its id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var event: WheelEventOptions

    func run() throws {
        let ctx = try CLIContext(global)
        guard let when = try event.when(ctx) else { throw ctx.fail(ctx.t(.eventNeedsWhen)) }
        let kind = try event.eventKind(ctx) ?? .other
        let recurrence = try event.recurrence(ctx, on: when) ?? nil
        var check = Wheel()
        do { try check.addEvent(id: "x", title: event.title ?? "", when: when) } catch {
            throw ctx.fail(error)
        }
        let store = try ctx.openForWriting("tillit wheel add")
        let school = try event.schoolID(store, ctx)
        var wheel = store.wheel
        let added: WheelEvent
        do {
            added = try wheel.addEvent(
                id: Wheel.eventID(from: UUID().uuidString), title: event.title ?? "", when: when,
                kind: kind, schoolID: school?.isEmpty == false ? school : nil, recurrence: recurrence)
        } catch {
            throw ctx.fail(error)
        }
        do { try store.saveWheel(wheel) } catch { throw ctx.fail(error) }
        print(added.id)
    }
}

/// `tillit wheel edit ID [--title] [--date|--week] [--kind] [--school] [--repeats R] [--only YEAR]`.
struct WheelEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change an event of the annual wheel (a recurring one every year, or --only one year).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The event's id (see tillit wheel show).") var id: String
    @OptionGroup var event: WheelEventOptions
    @Option(name: .long, help: "Change a recurring event's occurrence in this school year only, e.g. 2027/28.")
    var only: String?

    func run() throws {
        let ctx = try CLIContext(global)
        let when = try event.when(ctx)
        let kind = try event.eventKind(ctx)
        let recurrence = try event.recurrence(ctx, on: when)
        let year = try only.map { text in
            guard let y = SchoolYear(text: text) else { throw ctx.fail(ctx.t(.badSchoolYear, ["value": text])) }
            return y
        }
        let store = try ctx.openForWriting("tillit wheel edit")
        var wheel = store.wheel
        let school = try event.schoolID(store, ctx).map { $0.isEmpty ? String?.none : $0 }
        let edited: WheelEvent
        do {
            edited = try wheel.editEvent(
                id, title: event.title, when: when, kind: kind, schoolID: school, recurrence: recurrence,
                scope: year.map(Wheel.Scope.only) ?? .everyYear,
                seenIn: year
                    ?? when.map {
                        SchoolYear(containing: $0.firstDay, startMonth: wheel.schoolYearStartMonth)
                    })
        } catch {
            throw ctx.fail(error)
        }
        do { try store.saveWheel(wheel) } catch { throw ctx.fail(error) }
        if let year, edited.recurs {
            print(ctx.t(.eventOnlyYear, ["title": edited.title, "year": year.text]))
        } else {
            print(ctx.t(.eventUpdated, ["title": edited.title]))
        }
    }
}

/// `tillit wheel remove ID [--only YEAR]`.
struct WheelRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an event from the annual wheel (or --only one year of a recurring one).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The event's id (see tillit wheel show).") var id: String
    @Option(name: .long, help: "Leave a recurring event out in this school year only, e.g. 2027/28.") var only: String?

    func run() throws {
        let ctx = try CLIContext(global)
        let year = try only.map { text in
            guard let y = SchoolYear(text: text) else { throw ctx.fail(ctx.t(.badSchoolYear, ["value": text])) }
            return y
        }
        let store = try ctx.openForWriting("tillit wheel remove")
        var wheel = store.wheel
        let event: WheelEvent
        do { event = try wheel.removeEvent(id, scope: year.map(Wheel.Scope.only) ?? .everyYear) } catch {
            throw ctx.fail(error)
        }
        do { try store.saveWheel(wheel) } catch { throw ctx.fail(error) }
        if let year, event.recurs {
            print(ctx.t(.eventRemovedYear, ["title": event.title, "year": year.text]))
        } else {
            print(ctx.t(.eventRemoved, ["title": event.title]))
        }
    }
}
