import Foundation
import TillitDomain

/// What the quality report of a school year reads, taken from the store (its summaries and the
/// journals waiting) so that the reading touches no open store and can run on another thread.
public struct ReportReading: Sendable {
    let layout: StoreLayout
    public let year: SchoolYear
    let summaries: [DialogueSummary]
    let waiting: Set<String>

    /// The dialogues the report needs (`ReportScope`): the year's in full but for their draft and
    /// clock, the year before's without what its notes say, and earlier ones with only their open
    /// actions, from the index when it holds them all (each with its date), else decoded without
    /// their notes (a store of many years reads a few of them in full, and holds the rest as a
    /// list of actions).
    public func read() -> [Dialogue] {
        let (layout, year, waiting) = (self.layout, self.year, self.waiting)
        let full = summaries.filter { ReportScope.inFull($0, year: year) }.map(\.id)
        var out = Store.readDialogues(layout, full) { ReportScope.material($0, year: year) }
        out.reserveCapacity(full.count + summaries.count { ReportScope.forOpenActions($0, year: year) })
        var earlier: [String] = []
        for summary in summaries where ReportScope.forOpenActions(summary, year: year) {
            // Changes waiting in a journal may be to the actions: read below.
            if !waiting.contains(summary.id), let fromIndex = Store.openActionsFromIndex(summary) {
                out.append(fromIndex)
            } else {
                earlier.append(summary.id)
            }
        }
        for start in stride(from: 0, to: earlier.count, by: 512) {
            let part = Array(earlier[start..<min(earlier.count, start + 512)])
            out += ParallelMap.compactMap(part.count) { i -> Dialogue? in
                let id = part[i]
                // Changes waiting in a journal may be to the actions: read in full, then cut.
                if waiting.contains(id) { return Store.readForBulk(layout, id).map(Store.openActionsOnly) }
                return Store.readOpenActions(layout, id)
            }
        }
        return out
    }
}

extension Store {
    /// What the report of `year` reads, to read on another thread (`ReportReading.read`). The
    /// history must be loaded.
    public func reportReading(year: SchoolYear) -> ReportReading {
        ReportReading(layout: layout, year: year, summaries: dialogues, waiting: Set(pendingJournals()))
    }

    /// The dialogues the quality report of `year` needs (`ReportReading.read`).
    public func readForReport(year: SchoolYear) -> [Dialogue] { reportReading(year: year).read() }

    /// The same from the index, when its summary holds every open action (it keeps those with a
    /// date): no file is read.
    static func openActionsFromIndex(_ s: DialogueSummary) -> Dialogue? {
        guard let due = s.dueActions, due.count == s.openActionCount else { return nil }
        var out = Dialogue(
            id: s.id, level: s.level, schoolID: s.schoolID, areaID: s.areaID, date: s.date, schoolYear: s.schoolYear,
            status: s.status,
            actions: due.map {
                ActionItem(id: $0.id, text: $0.text, owner: $0.owner, due: $0.due, status: $0.status, createdIn: s.id)
            }, plannedWeek: s.plannedWeek)
        out.startTime = s.startTime
        return out
    }

    /// A dialogue with nothing but what it is and its open actions.
    static func openActionsOnly(_ d: Dialogue) -> Dialogue {
        var out = Dialogue(
            id: d.id, level: d.level, schoolID: d.schoolID, areaID: d.areaID, date: d.date, schoolYear: d.schoolYear,
            status: d.status, actions: d.openActions, plannedWeek: d.plannedWeek)
        out.startTime = d.startTime
        return out
    }

    /// The same from the file, decoding its actions but not its notes.
    static func readOpenActions(_ layout: StoreLayout, _ id: String) -> Dialogue? {
        guard let bytes = try? layout.read(StoreLayout.dialogueFile(id)),
            let doc = DocumentReader.part(OpenActionsDocument.self, from: bytes),
            (1...StoreFormat.version).contains(doc.formatVersion)
        else { return nil }
        let p = doc.dialogue
        var out = Dialogue(
            id: p.id, level: p.level, schoolID: p.schoolID, areaID: p.areaID, date: p.date, schoolYear: p.schoolYear,
            status: p.status, actions: p.actions.filter { $0.status.isOpen }, plannedWeek: p.plannedWeek)
        out.startTime = p.startTime
        return out
    }
}

/// A dialogue file read for its open actions: the fields a dialogue's identity needs and its
/// actions; everything else in the file is passed over, not decoded.
struct OpenActionsDocument: Decodable {
    struct Part: Decodable {
        var id: String
        var level: DialogueLevel
        var schoolID: String?
        var areaID: String?
        var date: LocalDate
        var plannedWeek: ISOWeek?
        var schoolYear: SchoolYear
        var startTime: TimeOfDay?
        var status: DialogueStatus
        var actions: [ActionItem]
    }

    var formatVersion: Int
    var dialogue: Part
}
