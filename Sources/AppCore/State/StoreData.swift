import TillitDomain

/// What the screen knows of the store: the school list, the wheel and the dialogue index.
public struct StoreData: Equatable, Sendable {
    /// The store folder as shown to the user (`~/.local/share/tillit`).
    public var storePath: String { didSet { restamp() } }
    public var schoolList: SchoolList {
        didSet {
            schoolsInOrder = SwedishOrder.sorted(schoolList.schools, by: \.name)
            figureLevels = FigureLevels(figures, schools: schoolList)
            restamp()
        }
    }
    /// The measures and figures of schools, areas and the organisation.
    public var figures = FigureBook() {
        didSet {
            figureLevels = FigureLevels(figures, schools: schoolList)
            restamp()
        }
    }
    /// The areas' and the organisation's values, worked out once per change of the figures.
    public private(set) var figureLevels = FigureLevels()
    /// The schools in Swedish alphabetical order, sorted once rather than for every frame.
    public private(set) var schoolsInOrder: [School] = []
    public var wheel: Wheel {
        didSet {
            if wheel.schoolYearStartMonth != oldValue.schoolYearStartMonth { regroupWheel() }
            restamp()
        }
    }
    /// The dialogues on each school year's wheel (by date, from the wheel's start month), in
    /// wheel order, so that no frame sorts a year of dialogues; kept as places in `dialogues`
    /// (four bytes, where a copy of a summary takes 240: there are tens of thousands).
    private var wheelOrder: [Int: [Int32]] = [:]
    /// The open actions with a date, by the school year they fall due in.
    public private(set) var wheelDue: [Int: [WheelItem]] = [:]
    public var dialogues: [DialogueSummary] {
        didSet { regroup() }
    }
    /// Per-school figures (last dialogue, open actions), kept with the dialogues so that no frame
    /// has to go through every dialogue.
    public private(set) var schoolStats: [String: SchoolStats] = [:]
    /// The dialogues by school (newest first), for the same reason, as places in `dialogues`.
    private var bySchool: [String: [Int32]] = [:]

    /// Per-school figures of the school years not read yet (merged into `schoolStats`).
    public var unloadedStats: [String: SchoolStats] = [:] {
        didSet { regroup() }
    }
    /// Whether earlier school years are still being read (lists show that more is coming).
    public var historyPending = false { didSet { restamp() } }

    /// Different for every change: a drawing made from data with this stamp can be shown again
    /// while the stamp stays the same (`ViewMemo`). Random rather than counted, so that data put
    /// back from an older copy and changed again can never meet a stamp it had before.
    public private(set) var stamp = Derived<UInt64>()

    private mutating func restamp() { stamp.value = UInt64.random(in: 1...UInt64.max) }

    private mutating func regroup() {
        schoolStats =
            unloadedStats.isEmpty
            ? SchoolStats.compute(dialogues)
            : SchoolStats.merge([unloadedStats, SchoolStats.compute(dialogues)])
        restamp()
        var bySchool: [String: [Int32]] = [:]
        for (i, d) in dialogues.enumerated() {
            if let school = d.schoolID { bySchool[school, default: []].append(Int32(i)) }
        }
        self.bySchool = bySchool
        regroupWheel()
    }

    private mutating func regroupWheel() {
        let start = wheel.schoolYearStartMonth
        var byYear: [Int: [Int32]] = [:]
        for (i, d) in dialogues.enumerated() {
            byYear[SchoolYear(containing: d.date, startMonth: start).startYear, default: []].append(Int32(i))
        }
        let all = dialogues
        wheelOrder = byYear.mapValues { $0.sorted { WheelItem.inWheelOrder(all[Int($0)], all[Int($1)]) } }
        // Each school year's due actions from the dialogues with one in it (not every year through
        // every dialogue: that grew with the square of the history).
        var dueIn: [Int: [DialogueSummary]] = [:]
        for d in dialogues where !(d.dueActions ?? []).isEmpty {
            let years = Set(d.dueActions!.map { SchoolYear(containing: $0.due, startMonth: start).startYear })
            for year in years { dueIn[year, default: []].append(d) }
        }
        wheelDue = Dictionary(
            uniqueKeysWithValues: dueIn.map { year, list in
                (year, WheelItem.dueActions(list, in: SchoolYear(startYear: year), startMonth: start))
            })
    }

    /// The follow-up questions.
    public var prompts: PromptBank = DefaultPrompts.bank { didSet { restamp() } }
    /// Agenda templates to start from.
    public var agendas: [AgendaTemplate] = AgendaTemplate.defaults { didSet { restamp() } }
    /// Why the store cannot be changed, or nil when it can.
    public var readOnlyReason: ReadOnlyReason? { didSet { restamp() } }

    public init(
        storePath: String, schoolList: SchoolList, wheel: Wheel, dialogues: [DialogueSummary],
        readOnlyReason: ReadOnlyReason? = nil, unloadedStats: [String: SchoolStats] = [:], historyPending: Bool = false
    ) {
        self.storePath = storePath
        self.schoolList = schoolList
        schoolsInOrder = SwedishOrder.sorted(schoolList.schools, by: \.name)
        self.wheel = wheel
        self.dialogues = dialogues
        self.readOnlyReason = readOnlyReason
        self.unloadedStats = unloadedStats
        self.historyPending = historyPending
        regroup()
    }

    public var schools: [School] { schoolList.schools }
    public var areas: [Area] { schoolList.areas }

    public func school(_ id: String?) -> School? { id.flatMap { id in schools.first { $0.id == id } } }
    public func area(_ id: String?) -> Area? { id.flatMap { id in areas.first { $0.id == id } } }

    /// A school's dialogues, newest first.
    public func dialogues(of schoolID: String) -> SummaryView {
        SummaryView(all: dialogues, places: bySchool[schoolID] ?? [])
    }

    /// A school year's dialogues on the wheel, in wheel order.
    public func wheelDialogues(in startYear: Int) -> SummaryView {
        SummaryView(all: dialogues, places: wheelOrder[startYear] ?? [])
    }

    /// The figures a dialogue looks at (its subject's, the newest five school years up to its own).
    public func figureTrends(for d: Dialogue) -> [FigureTrend] {
        FigureTrend.trends(for: d, figures, figureLevels, schools: schoolList)
    }

    /// What a dialogue is about: its school, area or the organisation.
    public func subject(of d: DialogueSummary) -> String { schoolList.subject(of: d) }
    public func subject(of d: DialogueRef) -> String { schoolList.subject(of: d) }
}
