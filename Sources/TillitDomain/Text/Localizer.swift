/// Turns message keys into text in one language, filling in `{name}` placeholders.
public struct Localizer: Sendable {
    public let language: Language

    /// The language's messages, by their place (`M.ordinal`).
    private let table: [Entry]

    public init(_ language: Language) {
        self.language = language
        table = language == .sv ? Self.swedish : Self.english
    }

    /// The catalogue of a language: key to text.
    public static func catalog(_ language: Language) -> [String: String] {
        switch language {
        case .sv: return CatalogSwedish.entries
        case .en: return CatalogEnglish.entries
        }
    }

    public func callAsFunction(_ key: M, _ args: KeyValuePairs<String, String> = [:]) -> String {
        let template = template(key, count: args.first(where: { $0.key == "count" })?.value)
        return args.isEmpty ? template.text : template.filled { name in args.first { $0.key == name }?.value }
    }

    /// A message's text in this language, its singular form when the count is 1.
    func template(_ key: M, count: String?) -> Template {
        if count == "1", let one = table[key.ordinal].one { return one }
        return table[key.ordinal].template
    }

    /// A message's text and its singular form, found by the message's place among all messages
    /// (many texts of every frame come from here: no key is made into text or hashed).
    struct Entry: Sendable {
        var template: Template
        var one: Template?
    }

    static let swedish = entries(.sv)
    static let english = entries(.en)

    static func entries(_ language: Language) -> [Entry] {
        let catalog = catalog(language)
        return M.allCases.map { m in
            let text = catalog[m.rawValue] ?? Self.catalog(.en)[m.rawValue] ?? m.rawValue
            return Entry(template: Template(text), one: catalog[m.rawValue + singularSuffix].map(Template.init))
        }
    }

    /// The same with the values in a dictionary (made at run time).
    public func callAsFunction(_ key: M, values: [String: String]) -> String {
        template(key, count: values["count"]).filled { values[$0] }
    }

    /// The text of any key, also computed ones such as `section.strengths`. Plurals follow one
    /// rule: a message with a `{count}` has a singular form, `KEY.one`, used when the count is 1
    /// ("1 anteckning hittades", "2 anteckningar hittades"); a test holds every catalogue to it.
    public func text(_ key: String, _ args: KeyValuePairs<String, String> = [:]) -> String {
        let catalog = Localizer.catalog(language)
        var template = catalog[key] ?? Localizer.catalog(.en)[key] ?? key
        if let count = args.first(where: { $0.key == "count" })?.value, count == "1",
            let one = catalog[key + Self.singularSuffix]
        {
            template = one
        }
        return args.isEmpty ? template : Self.fill(template) { name in args.first { $0.key == name }?.value }
    }

    /// The suffix of a message's singular form.
    public static let singularSuffix = ".one"

    /// Puts each `{name}` of the template's place holders in one pass (a value that itself holds
    /// braces is left as it is).
    static func fill(_ template: String, _ value: (String) -> String?) -> String {
        Template(template).filled(value)
    }

    public func section(_ s: SectionKind) -> String { Self.sections.text(s, language) }
    public func sectionShort(_ s: SectionKind) -> String { Self.sectionsShort.text(s, language) }
    public func noteKind(_ k: NoteKind) -> String { Self.noteKinds.text(k, language) }
    public func level(_ l: DialogueLevel) -> String { Self.levels.text(l, language) }
    public func status(_ s: DialogueStatus) -> String { Self.statuses.text(s, language) }
    public func actionStatus(_ s: ActionStatus) -> String { Self.actionStatuses.text(s, language) }
    public func eventKind(_ k: WheelEventKind) -> String { Self.eventKinds.text(k, language) }

    private static let sections = CaseTexts<SectionKind>("section")
    private static let sectionsShort = CaseTexts<SectionKind>("sectionShort")
    private static let noteKinds = CaseTexts<NoteKind>("noteKind")
    private static let levels = CaseTexts<DialogueLevel>("level")
    private static let statuses = CaseTexts<DialogueStatus>("status")
    private static let actionStatuses = CaseTexts<ActionStatus>("actionStatus")
    private static let eventKinds = CaseTexts<WheelEventKind>("eventKind")

    /// "personnummer", "e-postadress", "telefonnummer".
    public func personalData(_ k: PersonalData.Kind) -> String {
        switch k {
        case .personalNumber: return self(.kindPersonalNumber)
        case .email: return self(.kindEmail)
        case .phone: return self(.kindPhone)
        }
    }

    public func role(_ r: ParticipantRole) -> String {
        if case .other(let free) = r { return free }
        return text("role.\(r.key)")
    }

    /// A person in the room: "Else-Marie Hallqvist (rektor)", or only the name when no role was
    /// given (never "Sven Svensson ()").
    public func participant(_ p: Participant) -> String {
        let role = self.role(p.role).trimmingCharacters(in: .whitespaces)
        return role.isEmpty ? p.name : "\(p.name) (\(role))"
    }

    /// The people in the room, in a line.
    public func participants(_ list: [Participant]) -> String { list.map(participant).joined(separator: ", ") }

    /// Every computed key the program uses, for the completeness test.
    public static var computedKeys: [String] {
        SectionKind.allCases.map { "section.\($0.rawValue)" }
            + SectionKind.allCases.map { "sectionShort.\($0.rawValue)" }
            + NoteKind.allCases.map { "noteKind.\($0.rawValue)" }
            + DialogueLevel.allCases.map { "level.\($0.rawValue)" }
            + DialogueStatus.allCases.map { "status.\($0.rawValue)" }
            + ActionStatus.allCases.map { "actionStatus.\($0.rawValue)" }
            + WheelEventKind.allCases.map { "eventKind.\($0.rawValue)" }
            + ParticipantRole.known.map { "role.\($0.key)" }
            + ValueFormat.allCases.map { "format.\($0.rawValue)" }
            + ["string", "number", "boolean", "array", "object"].map { "type.\($0)" }
            + (1...12).map { "month.\($0)" }
            + (1...12).map { "monthShort.\($0)" }
            + (1...7).map { "weekdayThe.\($0)" } + ["1", "2", "3", "4", "5", "-1"].map { "ordinal.\($0)" }
    }

    /// A date for people: "18 september 2025" or "18 September 2025".
    public func longDate(_ d: LocalDate) -> String {
        "\(d.day) \(text("month.\(d.month)")) \(d.year)"
    }

    public func monthName(_ m: Int) -> String { text("month.\(m)") }

    /// How an event comes back: "en gång", "varje år, samma vecka", "varje år, den andra fredagen i maj".
    public func recurrence(_ r: Recurrence?) -> String {
        switch r {
        case nil: return self(.recurOnce)
        case .sameDate: return self(.recurDate)
        case .sameWeek: return self(.recurWeek)
        case .nthWeekday(let nth, let weekday, let month):
            let rule = self(
                .recurRule,
                ["nth": text("ordinal.\(nth)"), "weekday": text("weekdayThe.\(weekday)"), "month": monthName(month)])
            return self(.recurWeekday, ["rule": rule])
        }
    }
    public func monthShort(_ m: Int) -> String { text("monthShort.\(m)") }

    /// A week for people: "v. 38" or "week 38".
    public func week(_ w: ISOWeek) -> String { self(.weekShort, ["week": String(w.week)]) }

    /// A week with its year: "v. 38 2026" or "week 38 2026" (on every row of the notebook's list).
    public func weekAndYear(_ w: ISOWeek) -> String {
        var out = week(w)
        out += " "
        out += String(w.year)
        return out
    }

    /// Items in a sentence: "a, b och c" or "a, b and c".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + self(.listAnd) + items.last!
    }

    /// A time of day for people: "kl. 9.30" or "9:30".
    public func time(_ time: TimeOfDay) -> String {
        let minute = (time.minute < 10 ? "0" : "") + String(time.minute)
        return self(.timeOfDay, ["hour": String(time.hour), "minute": minute])
    }

    /// When a meeting is, with its time if it has one: "2026-10-15 (v. 42) kl. 9.00".
    public func when(_ w: WheelWhen, at time: TimeOfDay?) -> String { at(when(w), time) }

    /// A day (or week) with a time: "15 oktober 2026 kl. 9.00", "15 October 2026 at 9:00".
    public func at(_ day: String, _ time: TimeOfDay?) -> String {
        time.map { self(.dayAtTime, ["day": day, "time": self.time($0)]) } ?? day
    }

    /// A dialogue's day as people say it: "15 oktober 2026", or its week when planned by week.
    public func day(of d: Dialogue) -> String {
        d.plannedWeek.map(weekAndYear) ?? longDate(d.date)
    }

    public func when(_ w: WheelWhen) -> String {
        switch w {
        case .date(let d): return "\(d.iso) (\(week(d.isoWeek)))"
        case .week(let wk): return weekAndYear(wk)
        }
    }
}
