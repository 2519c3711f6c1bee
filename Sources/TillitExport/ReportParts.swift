import Foundation
import TillitDomain

/// The parts of the quality report, each from the sorted-out material.
enum ReportParts {
    /// Which dialogues were held: per school held, under way, planned or none this year, and the
    /// area and organisation dialogues.
    static func status(_ m: ReportMaterial) -> [DocumentBlock] {
        let t = m.t
        var rows: [[String]] = []
        var counts = (held: 0, underWay: 0, planned: 0, none: 0)
        // Each school's dialogues of the year, found once (a year has thousands).
        var bySchool: [String: [Dialogue]] = [:]
        for d in m.thisYear where d.level == .school {
            if let id = d.schoolID { bySchool[id, default: []].append(d) }
        }
        for school in m.schools {
            let area = m.input.areas.first { $0.id == school.areaID }?.name ?? ""
            let mine = bySchool[school.id] ?? []
            // The one that says most: held over under way over planned.
            let pick =
                mine.last(where: ReportMaterial.held) ?? mine.last { $0.status == .live }
                ?? mine.first { $0.status == .planned }
            let word: String
            switch pick?.status {
            case .closed:
                word = t(.reportStatusHeld)
                counts.held += 1
            case .live:
                word = t(.reportStatusUnderWay)
                counts.underWay += 1
            case .planned:
                word = t(.reportStatusPlanned)
                counts.planned += 1
            case nil:
                word = t(.reportStatusNone)
                counts.none += 1
            }
            rows.append([school.name, area, word, pick.map { t.when($0.when) } ?? ""])
        }
        var out: [DocumentBlock] = [.heading(2, t(.reportStatusTitle))]
        // The sums, where there is more than one school to sum.
        if m.schools.count > 1 {
            let words = t(
                .reportStatusSummary,
                [
                    "held": String(counts.held), "total": String(m.schools.count),
                    "underWay": String(counts.underWay), "planned": String(counts.planned), "none": String(counts.none),
                ])
            out.append(.paragraph(words))
            let heldBefore = Set(
                m.lastYear.filter { $0.level == .school && ReportMaterial.held($0) }.compactMap(\.schoolID))
            let before = t(.reportStatusPrevious, ["held": String(heldBefore.count), "total": String(m.schools.count)])
            out.append(.paragraph(before))
        }
        out.append(.table(t(.reportStatusColumns).components(separatedBy: " | "), rows))
        let others = m.thisYear.filter { $0.level != .school }
        if !others.isEmpty {
            out.append(.heading(3, t(.reportOtherDialogues)))
            out.append(
                .bullets(
                    others.map { d in
                        "\(m.name(of: d)) (\(t.level(d.level))): \(t.when(d.when)), \(t.status(d.status))"
                    }))
        }
        return out
    }

    /// One part of a dialogue across the scope: themes across schools with the year before's
    /// figure, then what each school, area and the administration said in it.
    static func section(_ section: SectionKind, _ m: ReportMaterial) -> [DocumentBlock] {
        let t = m.t
        var out: [DocumentBlock] = [.heading(2, "\(section.order + 1). \(t.section(section))")]
        let themes = m.thisYearsThemes.themes(section)
        if !themes.isEmpty, m.onlySchool == nil {
            let before = Dictionary(
                m.lastYearsThemes.themes(section).map { (Tag.canonical($0.tag), $0.schools.count) },
                uniquingKeysWith: { a, _ in a })
            out.append(.heading(3, t(.reportThemesTitle)))
            out.append(
                .bullets(
                    themes.map { theme in
                        let names = m.schools.filter { theme.schools.contains($0.id) }.map(\.name)
                        var line = t(
                            .reportThemeLine,
                            [
                                "tag": "#" + theme.tag, "count": String(theme.schools.count),
                                "total": String(m.schools.count),
                            ])
                        line += " " + t(.reportThemePrevious, ["count": String(before[Tag.canonical(theme.tag)] ?? 0)])
                        return line + ": " + names.joined(separator: ", ")
                    }))
        }
        // As places in the year's dialogues, each named once (not copied, not named per comparison).
        let year = m.thisYear
        let said = year.indices.filter { i in
            ReportMaterial.hasContent(year[i]) && year[i].notes.contains { $0.section == section }
        }
        .map { (place: $0, rank: year[$0].level.rank, name: m.name(of: year[$0])) }
        .sorted { ($0.rank, $0.name) < ($1.rank, $1.name) }
        out.append(.heading(3, t(.reportSaidTitle)))
        if said.isEmpty {
            out.append(.paragraph(t(.reportSectionEmpty)))
            return out
        }
        var items: [DocumentBlock.ListItem] = []
        for s in said {
            items.append(.init(m.source(year[s.place])))
            let notes = year[s.place].notes
            for (j, depth) in year[s.place].threadedPlaces(in: section) {
                items.append(.init(m.quote(notes[j]), level: 1 + min(depth, 5)))
            }
        }
        out.append(.list(items))
        return out
    }

    /// Per area: the themes among its schools and what its area dialogue concluded.
    static func areas(_ m: ReportMaterial) -> [DocumentBlock] {
        guard m.onlySchool == nil else { return [] }
        let t = m.t
        var out: [DocumentBlock] = [.heading(2, t(.reportAreasTitle))]
        for area in m.areas {
            let schools = Set(m.schools.filter { $0.areaID == area.id }.map(\.id))
            guard !schools.isEmpty || m.thisYear.contains(where: { $0.level == .area && $0.areaID == area.id }) else {
                continue
            }
            out.append(.heading(3, area.name + (area.head.map { " (\($0))" } ?? "")))
            let themes = SectionKind.allCases.flatMap { m.thisYearsThemes.themes($0, among: schools) }
            var counts: [String: (String, Set<String>)] = [:]
            for theme in themes {
                let key = Tag.canonical(theme.tag)
                counts[key] = (counts[key]?.0 ?? theme.tag, (counts[key]?.1 ?? []).union(theme.schools))
            }
            let words = counts.values.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
                .map { "#\($0.0) (\($0.1.count))" }
            out.append(
                .paragraph(
                    words.isEmpty
                        ? t(.reportAreaNoThemes) : t(.reportAreaSchools, ["themes": words.joined(separator: ", ")])))
            let dialogues = m.thisYear.filter {
                $0.level == .area && $0.areaID == area.id && ReportMaterial.hasContent($0)
            }
            let areaTags = TagCount.count(dialogues).map { "#\($0.spelling)" }
            if !areaTags.isEmpty {
                out.append(.paragraph(t(.reportAreaDialogueThemes, ["themes": areaTags.joined(separator: ", ")])))
            }
            if dialogues.isEmpty {
                // One planned is said so, not denied.
                let planned = m.thisYear.first { $0.level == .area && $0.areaID == area.id && $0.status != .closed }
                out.append(
                    .paragraph(
                        planned.map { t(.reportAreaDialoguePlanned, ["when": t.when($0.when)]) }
                            ?? t(.reportNoAreaDialogue)))
            }
            for d in dialogues {
                out += concluded(d, t(.reportAreaDialogue, ["date": t.longDate(d.date)]), m)
            }
        }
        return out
    }

    /// What the organisation-level dialogues concluded.
    static func organisation(_ m: ReportMaterial) -> [DocumentBlock] {
        let t = m.t
        var out: [DocumentBlock] = [.heading(2, t(.reportOrganisationTitle, ["organisation": m.input.organisation]))]
        let dialogues = m.thisYear.filter { $0.level == .organisation && ReportMaterial.hasContent($0) }
        if dialogues.isEmpty {
            let planned = m.thisYear.first { $0.level == .organisation && $0.status != .closed }
            out.append(
                .paragraph(
                    planned.map { t(.reportOrganisationDialoguePlanned, ["when": t.when($0.when)]) }
                        ?? t(.reportNoOrganisationDialogue)))
        }
        for d in dialogues {
            out += concluded(d, t(.reportOrganisationDialogue, ["date": t.longDate(d.date)]), m)
        }
        return out
    }

    /// A dialogue's conclusions: its way forward (decisions and actions) and its feedback.
    static func concluded(_ d: Dialogue, _ name: String, _ m: ReportMaterial) -> [DocumentBlock] {
        var items: [DocumentBlock.ListItem] = []
        for section in [SectionKind.forward, .feedback] {
            let places = d.threadedPlaces(in: section)
            guard !places.isEmpty else { continue }
            items.append(.init(m.t.section(section)))
            for (j, depth) in places { items.append(.init(m.quote(d.notes[j]), level: 1 + min(depth, 5))) }
        }
        if !d.actions.isEmpty {
            items.append(.init(m.t(.labelActions)))
            for a in d.actions {
                items.append(
                    .init(
                        "\(a.text) (\(a.owner ?? "–"), \(a.due?.iso ?? "–"), \(m.t.actionStatus(a.status)))", level: 1))
            }
        }
        return [.paragraph(m.t(.reportConcluded, ["dialogue": name]))] + (items.isEmpty ? [] : [.list(items)])
    }
}
