import Foundation
import TillitDomain

extension ReportParts {
    /// Open and overdue actions whatever the year they were made in, and how the year before's
    /// actions were followed up (done, in progress, dropped, with the comments).
    static func actions(_ m: ReportMaterial) -> [DocumentBlock] {
        let t = m.t
        var out: [DocumentBlock] = [.heading(2, t(.reportActions))]
        out.append(.heading(3, t(.reportOpenActionsTitle)))
        // Each action with where it was decided, sorted as a place (dialogue, action) with its
        // date and text: every year's actions are many, and neither they nor their dialogues are
        // copied to be sorted.
        var sources: [String?] = Array(repeating: nil, count: m.all.count)
        var open: [(due: LocalDate, text: String, dialogue: Int, action: Int)] = []
        for i in m.all.indices {
            let actions = m.all[i].actions
            for j in actions.indices where actions[j].status.isOpen {
                open.append((actions[j].due ?? .distantFuture, actions[j].text, i, j))
            }
        }
        open.sort { ($0.due, $0.text) < ($1.due, $1.text) }
        if open.isEmpty {
            out.append(.paragraph(t(.reportNoOpenActions)))
        } else {
            out.append(
                .table(
                    t(.reportOpenColumns).components(separatedBy: " | "),
                    open.map { _, _, i, j in
                        let a = m.all[i].actions[j]
                        let source = sources[i] ?? m.source(m.all[i])
                        sources[i] = source
                        var status = t.actionStatus(a.status)
                        if a.isOverdue(on: m.input.today) { status += " · " + t(.overdueMark) }
                        return [a.text, source, a.owner ?? "–", a.due?.iso ?? "–", status]
                    }))
        }
        let previous = m.input.year.previous
        out.append(.heading(3, t(.reportFollowUpTitle, ["year": previous.text])))
        var before: [(source: String, action: ActionItem)] = []
        for d in m.lastYear where !d.actions.isEmpty {
            let source = m.source(d)
            for a in d.actions { before.append((source, a)) }
        }
        if before.isEmpty {
            out.append(.paragraph(t(.reportNoPreviousActions, ["year": previous.text])))
        } else {
            out.append(
                .table(
                    t(.reportFollowUpColumns).components(separatedBy: " | "),
                    before.map { source, a in
                        // The status stands in its own column: the comments say what was said, and when.
                        let comments = a.followUps.filter { !$0.comment.isEmpty }.map {
                            "\($0.date.iso): \($0.comment)"
                        }
                        return [a.text, source, t.actionStatus(a.status), comments.joined(separator: "; ")]
                    }))
        }
        return out
    }
}

extension DialogueLevel {
    /// Schools first, then areas, then the organisation.
    var rank: Int {
        switch self {
        case .school: return 0
        case .area: return 1
        case .organisation: return 2
        }
    }
}
