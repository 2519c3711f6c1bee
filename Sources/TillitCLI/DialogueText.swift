import TillitDomain
import TillitStore

/// A dialogue as plain text for the terminal: strengths first, follow-ups indented, actions.
struct DialogueText {
    let store: Store
    let t: Localizer
    let today: LocalDate

    func render(_ d: Dialogue) -> String {
        var out: [String] = []
        let subject = DialogueNaming(store: store).subject(DialogueSummary(d, fingerprint: nil))
        out.append("\(t(.labelDialogue)): \(subject), \(t.at(t.day(of: d), d.startTime))")
        let facts = [
            (t(.labelSchoolYear), d.schoolYear.text), (t(.labelLevel), t.level(d.level)),
            (t(.labelStatus), t.status(d.status)),
        ]
        out.append("  " + facts.map { "\($0.0): \($0.1)" }.joined(separator: "   "))
        if let place = d.location(school: d.schoolID.flatMap(store.school)) {
            out.append("  \(t(.labelPlace)): \(place)")
        }
        out.append("  ID: \(d.id)")
        if let conflicts = d.conflicts, !conflicts.isEmpty {
            out.append("  ⚠ " + t(.conflictBanner, ["count": String(conflicts.count)]))
            for c in conflicts {
                let place = t.conflictPlace(c, schools: store.schools, dialogue: d)
                out.append("    " + t(.conflictLine, ["place": place, "kept": c.kept, "other": c.other]))
            }
        }
        let facilitators = d.facilitators.isEmpty ? t(.noneGiven) : d.facilitators.joined(separator: ", ")
        out.append("  \(t(.labelFacilitators)): \(facilitators)")
        let people = d.participants.isEmpty ? t(.noneGiven) : t.participants(d.participants)
        out.append("  \(t(.labelParticipants)): \(people)")
        for (i, section) in SectionKind.allCases.enumerated() {
            out.append("")
            out.append("\(i + 1). \(t.section(section))")
            let notes = d.threaded(in: section)
            if notes.isEmpty { out.append("   " + t(.noNotes)) }
            for (note, depth) in notes {
                let indent = String(repeating: "    ", count: depth)
                let head = "   \(indent)- \(note.lead(t))"
                var lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
                if note.internalOnly, !lines.isEmpty { lines[lines.count - 1] += " (\(t(.internalMark)))" }
                out.append("\(head)\(lines.first ?? "")")
                for more in lines.dropFirst() { out.append("   \(indent)  \(more)") }
                if !note.tags.isEmpty { out.append("   \(indent)  #" + note.tags.joined(separator: " #")) }
            }
        }
        out.append("")
        out.append(t(.labelActions))
        if d.actions.isEmpty { out.append("   " + t(.noActions)) }
        for a in d.actions {
            var line = "   [\(a.statusWords(t, on: today))] \(a.text)"
            var details: [String] = []
            if let owner = a.owner { details.append("\(t(.labelOwner)): \(owner)") }
            if let due = a.due { details.append("\(t(.labelDue)): \(due.iso)") }
            if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
            out.append(line)
            for f in a.followUps {
                out.append("      \(t(.labelFollowUp)) \(f.date.iso): [\(t.actionStatus(f.status))] \(f.comment)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
