import TillitDomain

/// CommonMark: sections in order (strengths first), follow-ups as nested list items, last time's
/// actions under the results, the actions decided as a table under the way forward.
public enum MarkdownExporter {
    static func escape(_ s: String) -> String {
        let special = MarkdownBytes.isSpecial
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            if special(b) { out.append(UInt8(ascii: "\\")) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A list item's text over several lines, each continued under the item.
    static func lines(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
            .joined(separator: "  \n\(indent)  ")
    }

    public static func render(_ m: ExportModel) -> String {
        var out = "# \(escape(m.title))\n\n"
        if let banner = m.internalBanner { out += "**\(escape(banner))**\n\n" }
        for (k, v) in m.facts { out += "- **\(escape(k)):** \(escape(v))\n" }
        for section in m.sections {
            out += "\n## \(escape(section.title))\n\n"
            if section.kind == .results, let f = m.figures { out += figures(f) }
            if section.isEmpty { out += "*\(escape(m.emptyText))*\n" }
            for n in section.notes { out += note(n, m) }
            if !section.reviewed.isEmpty {
                if !section.notes.isEmpty { out += "\n" }
                out += "### \(escape(section.reviewedTitle))\n\n"
                for r in section.reviewed { out += "- \(escape(r.line))\n" }
            }
            if !section.actions.isEmpty {
                if !section.notes.isEmpty || !section.reviewed.isEmpty { out += "\n" }
                out += "### \(escape(section.actionsTitle))\n\n"
                out += "| " + m.actionHeaders.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: " --- |", count: m.actionHeaders.count) + "\n"
                for a in section.actions {
                    var text = escape(a.text.replacingOccurrences(of: "\n", with: " "))
                    for f in a.followUps { text += "<br>↳ " + escape(f) }
                    out += "| \(text) | \(escape(a.owner)) | \(a.due) | \(escape(a.status)) |\n"
                }
            }
        }
        if !m.reflection.isEmpty {
            out += "\n## \(escape(m.reflectionTitle)) (\(escape(m.internalLabel)))\n\n"
            for (k, v) in m.reflection { out += "- **\(escape(k))** \(escape(v))\n" }
        }
        out += "\n---\n\n*\(escape(m.footer))*\n"
        return out
    }

    /// The figures as a table (▼ marks a measure that went the wrong way).
    static func figures(_ f: FigureTable) -> String {
        var out = "### \(escape(f.title))\n\n"
        out += "| " + f.headers.map(escape).joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: f.headers.count - 1) + "\n"
        for r in f.rows {
            let cells =
                [FigureTable.label(r).trimmingCharacters(in: .whitespaces)] + r.values + [
                    r.change, r.area, r.organisation,
                ]
            out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
        }
        if let note = f.note { out += "\n*\(escape(note))*\n" }
        return out + "\n"
    }

    static func note(_ n: ExportModel.Note, _ m: ExportModel) -> String {
        let indent = String(repeating: "  ", count: n.depth)
        var line = ""
        switch (n.kindLabel, n.speaker) {
        case (let k?, let s?): line = "*\(escape(capitalised(k)))* (**\(escape(s))**): "
        case (let k?, nil): line = "*\(escape(capitalised(k))):* "
        case (nil, let s?): line = "**\(escape(s)):** "
        case (nil, nil): break
        }
        line += lines(n.text, indent: indent)
        if n.isInternal { line += " *(\(escape(m.internalLabel)))*" }
        if !n.tags.isEmpty { line += " " + n.tags.map { "`#\($0)`" }.joined(separator: " ") }
        return "\(indent)- \(line)\n"
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
