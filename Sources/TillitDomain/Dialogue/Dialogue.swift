/// One quality dialogue (kvalitetsdialog): a meeting with its participants, notes and actions.
public struct Dialogue: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var level: DialogueLevel
    /// The school, for a dialogue at school level.
    public var schoolID: String?
    /// The education area, for a dialogue at area level (and the school's area otherwise).
    public var areaID: String?
    public var date: LocalDate
    /// For a dialogue planned for some time in a week rather than a day: the week (its `date`
    /// is then the week's Monday).
    public var plannedWeek: ISOWeek?
    public var schoolYear: SchoolYear
    /// When the meeting starts (nil: all day, or not yet known).
    public var startTime: TimeOfDay?
    /// Where it is held: a room or an address (nil: the school's address, if it has one).
    public var place: String?
    public var status: DialogueStatus
    public var facilitators: [String]
    public var participants: [Participant]
    public var notes: [Note]
    public var actions: [ActionItem]
    /// The section a live dialogue is in.
    public var currentSection: SectionKind?
    /// A note being written (kept when the editor closes unfinished).
    public var draft: NoteDraft?
    /// The facilitator's own check when closing.
    public var reflection: Reflection?
    /// Time spent per section and in all, and the agenda's minutes.
    public var clock: DialogueClock?
    /// Earlier dialogues' actions followed up in this one.
    public var reviewedActions: [ReviewedAction]?
    /// What a merge of two computers' copies could not settle alone, until someone resolves it.
    public var conflicts: [MergeConflict]?

    public init(
        id: String, level: DialogueLevel = .school, schoolID: String? = nil,
        areaID: String? = nil, date: LocalDate, schoolYear: SchoolYear? = nil,
        status: DialogueStatus = .planned, facilitators: [String] = [],
        participants: [Participant] = [], notes: [Note] = [], actions: [ActionItem] = [],
        plannedWeek: ISOWeek? = nil
    ) {
        self.id = id
        self.level = level
        self.schoolID = schoolID
        self.areaID = areaID
        self.date = date
        self.schoolYear = schoolYear ?? SchoolYear(containing: date)
        self.status = status
        self.facilitators = facilitators
        self.participants = participants
        self.notes = notes
        self.actions = actions
        self.plannedWeek = plannedWeek
    }

    /// When the dialogue is: its week if planned by week, else its day.
    public var when: WheelWhen { plannedWeek.map(WheelWhen.week) ?? .date(date) }

    /// Where the dialogue is held: its place, else the school's address.
    public func location(school: School?) -> String? { location(address: school?.address) }

    /// Where the dialogue is held: its place, else `address`.
    public func location(address: String?) -> String? {
        if let place, !place.isEmpty { return place }
        return address.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The agenda's minutes per section: as set up, else the default agenda.
    public var agenda: [SectionKind: Int] { clock?.agendaMinutes ?? DialogueClock.defaultAgenda }

    /// How long the meeting is planned to last: its agenda, else an hour and a half.
    public var plannedMinutes: Int {
        let total = agenda.values.reduce(0, +)
        return total > 0 ? total : 90
    }

    /// The top-level notes of a section in the order they were written.
    public func rootNotes(in section: SectionKind) -> [Note] {
        notes.filter { $0.section == section && $0.parentID == nil }
    }

    /// The follow-ups written directly under a note.
    public func children(of noteID: String) -> [Note] {
        notes.filter { $0.parentID == noteID }
    }

    /// How deep a note is nested: 0 for a top-level note, 1 for a follow-up, and so on.
    public func depth(of noteID: String) -> Int {
        let byID = Dictionary(notes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var depth = 0
        var current = byID[noteID]?.parentID
        var seen: Set<String> = [noteID]
        while let parent = current, let note = byID[parent], seen.insert(parent).inserted {
            depth += 1
            current = note.parentID
        }
        return depth
    }

    /// How deep follow-ups are shown: deeper ones are shown at this depth (a conversation never
    /// goes this deep; a crafted file may, and must not make the screen or an export explode).
    public static let maxShownDepth = 8

    /// A section's notes in reading order: each note followed by its follow-ups, depth first,
    /// with their depth (at most `maxShownDepth`). Walked without recursion, so a chain of any
    /// length is safe.
    public func threaded(in section: SectionKind) -> [(note: Note, depth: Int)] {
        threadedWithTrueDepth(in: section).map { ($0.note, min($0.depth, Self.maxShownDepth)) }
    }

    /// The same order as places in `notes` (no note is copied: a report walks a year of them).
    public func threadedPlaces(in section: SectionKind) -> [(index: Int, depth: Int)] {
        threadedPlaces(in: section, NoteLinks(notes, in: section)).map { ($0.index, min($0.depth, Self.maxShownDepth)) }
    }

    /// The deepest chain of follow-ups in the dialogue (0 when no note is a follow-up).
    public var deepestThread: Int { deepestThread(NoteLinks(notes)) }

    func deepestThread(_ links: NoteLinks) -> Int {
        guard links.parent.contains(where: { $0 != NoteLinks.none }) else { return 0 }
        return SectionKind.allCases.map { threadedPlaces(in: $0, links).map(\.depth).max() ?? 0 }.max() ?? 0
    }

    /// The ids of notes that share their id with a note before them, and the deepest chain of
    /// follow-ups, from one pass over the ids (`doctor` asks both of every dialogue).
    public var sharedIDsAndDeepestThread: (sharedIDs: [String], deepestThread: Int) {
        let links = NoteLinks(notes)
        return (notes.indices.filter { links.slot[$0] != $0 }.map { notes[$0].id }, deepestThread(links))
    }

    func threadedWithTrueDepth(in section: SectionKind) -> [(note: Note, depth: Int)] {
        threadedPlaces(in: section, NoteLinks(notes, in: section)).map { (notes[$0.index], $0.depth) }
    }

    /// A section's notes in reading order, as places in `notes`, with their true depth. Each
    /// follow-up under the note its `parentID` names, depth first; one whose parent is missing,
    /// in another section or in a loop at the top. Walked without recursion, by numbers only.
    func threadedPlaces(in section: SectionKind, _ links: NoteLinks) -> [(index: Int, depth: Int)] {
        let n = notes.count
        var children = [[Int]](repeating: [], count: n)
        for i in 0..<n where notes[i].section == section && links.parent[i] >= 0 {
            children[links.parent[i]].append(i)
        }
        var out: [(index: Int, depth: Int)] = []
        var seen = [Bool](repeating: false, count: n)
        var stack: [(Int, Int)] = []
        func walk(from root: Int) {
            stack.append((root, 0))
            while let (i, depth) = stack.popLast() {
                let id = links.slot[i]
                guard !seen[id] else { continue }
                seen[id] = true
                out.append((i, depth))
                // Pushed in reverse so that the first follow-up comes out first.
                for child in children[id].reversed() { stack.append((child, depth + 1)) }
            }
        }
        for i in 0..<n where notes[i].section == section && links.parent[i] == NoteLinks.none { walk(from: i) }
        for i in 0..<n where notes[i].section == section && !seen[links.slot[i]] { walk(from: i) }
        return out
    }

    /// Every tag used on the dialogue's notes and actions, sorted, without duplicates.
    public var tags: [String] {
        Array(Set(notes.flatMap(\.tags) + actions.flatMap(\.tags))).sorted()
    }

    public var openActions: [ActionItem] { actions.filter { $0.status.isOpen } }

    public var isReadOnly: Bool { status == .closed }
    public var isLive: Bool { status == .live }
}
