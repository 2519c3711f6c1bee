import TUIKit
import TillitDomain
import TillitStore

/// The store at a glance, printed by `tillit` until the full-screen view exists.
struct Overview {
    let store: Store
    let t: Localizer
    let today: LocalDate
    let isDemo: Bool

    func render() -> String {
        var out: [String] = []
        let org = store.schools.organisation.name
        out.append(t(.overviewTitle, ["organisation": org]))
        out.append(isDemo ? t(.overviewDemoStore, ["path": store.root]) : t(.overviewStore, ["path": store.root]))
        out.append(t(.overviewNoScreen))
        out.append("")
        let active = store.schools.schools.filter { !$0.archived }
        out.append(
            t(
                .overviewSchools,
                [
                    "schools": t(.countSchools, ["count": String(active.count)]),
                    "areas": t(.countAreas, ["count": String(store.schools.areas.count)]),
                ]))
        let stats = SchoolStats.compute(store.dialogues)
        for area in store.schools.areas {
            out.append("  \(area.name)" + (area.head.map { " (\(t(.areaHead, ["name": $0])))" } ?? ""))
            for school in active where school.areaID == area.id {
                let s = stats[school.id]
                var line =
                    "    " + DisplayWidth.pad(school.name, to: 20) + " "
                    + DisplayWidth.pad(school.grades?.text ?? "", to: 4)
                if let last = s?.lastDialogue { line += "  \(t(.columnLastDialogue).lowercased()): \(last.iso)" }
                if let open = s?.openActions, open > 0 { line += "  \(t(.columnOpenActions).lowercased()): \(open)" }
                while line.hasSuffix(" ") { line.removeLast() }
                out.append(line)
            }
        }
        out.append("")
        func count(_ s: DialogueStatus) -> String { String(store.dialogues.filter { $0.status == s }.count) }
        out.append(t(.overviewDialogues, ["planned": count(.planned), "live": count(.live), "closed": count(.closed)]))
        let open = store.dialogues.reduce(0) { $0 + $1.openActionCount }
        out.append(t(.overviewOpenActions, ["count": String(open)]))
        out.append("")
        let year = SchoolYear(containing: today, startMonth: store.wheel.schoolYearStartMonth)
        out.append(t(.overviewUpcoming, ["year": year.text]))
        let upcoming = WheelListing(store: store, t: t).items(in: year).filter {
            $0.when.firstDay >= today || isThisWeek($0.when)
        }
        if upcoming.isEmpty { out.append("  " + t(.overviewNothingUpcoming)) }
        for item in upcoming.prefix(6) {
            out.append("  " + DisplayWidth.pad(t.when(item.when), to: 20) + " " + item.title)
        }
        if let reason = store.readOnlyReason, reason != .openedForReading {
            out.append("")
            out.append(t(.overviewReadOnly, ["reason": ErrorText(t).readOnly(reason)]))
        }
        if !store.problems.isEmpty {
            out.append("")
            out.append(t(.overviewProblems, ["count": String(store.problems.count)]))
        }
        return out.joined(separator: "\n") + "\n"
    }

    func isThisWeek(_ when: WheelWhen) -> Bool {
        if case .week(let w) = when { return w == today.isoWeek }
        return false
    }
}
