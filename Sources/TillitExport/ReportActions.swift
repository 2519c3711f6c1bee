import Foundation
import TillitDomain

extension ReportParts {
    /// Open and overdue actions whatever the year they were made in, and how the year before's
    /// actions were followed up (done, in progress, dropped, with the comments).
    static func actions(_ m: ReportMaterial) -> [DocumentBlock] {
        let t = m.t
        var out: [DocumentBlock] = [.heading(2, t(.reportActions))]
        out.append(.heading(3, t(.reportOpenActionsTitle)))
        // Each action with where it was decided (not with its whole dialogue: a year's actions
        // each held a copy of one).
        let open = m.all.flatMap { d in d.actions.filter(\.status.isOpen).map { (m.source(d), $0) } }
            .sorted { ($0.1.due ?? .distantFuture, $0.1.text) < ($1.1.due ?? .distantFuture, $1.1.text) }
        if open.isEmpty {
            out.append(.paragraph(t(.reportNoOpenActions)))
        } else {
            out.append(
                .table(
                    t(.reportOpenColumns).components(separatedBy: " | "),
                    open.map { source, a in
                        var status = t.actionStatus(a.status)
                        if a.isOverdue(on: m.input.today) { status += " · " + t(.overdueMark) }
                        return [a.text, source, a.owner ?? "–", a.due?.iso ?? "–", status]
                    }))
        }
        let previous = m.input.year.previous
        out.append(.heading(3, t(.reportFollowUpTitle, ["year": previous.text])))
        let before = m.lastYear.flatMap { d in d.actions.map { (m.source(d), $0) } }
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
