import TillitDomain

/// CommonMark: sections in order (strengths first), follow-ups as nested list items, an actions table.
public enum MarkdownExporter {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    public static func render(_ m: ExportModel) -> String {
        var out = "# \(escape(m.title))\n\n"
        for (k, v) in m.facts { out += "- **\(escape(k)):** \(escape(v))\n" }
        if !m.reviewed.isEmpty {
            out += "\n## \(escape(m.reviewedTitle))\n\n"
            for r in m.reviewed { out += "- \(escape(r))\n" }
        }
        for section in m.sections {
            out += "\n## \(escape(section.title))\n\n"
            if section.notes.isEmpty { out += "–\n" }
            for n in section.notes {
                let indent = String(repeating: "  ", count: n.depth)
                var line = n.isQuestion ? "*\(escape(n.kind)):* " : ""
                if let speaker = n.speaker { line += "**\(escape(speaker)):** " }
                let lines = n.text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
                line += lines.joined(separator: "  \n\(indent)  ")
                if !n.tags.isEmpty { line += " " + n.tags.map { "`#\($0)`" }.joined(separator: " ") }
                out += "\(indent)- \(line)\n"
            }
        }
        out += "\n## \(escape(m.actionsTitle))\n\n"
        if m.actions.isEmpty {
            out += "–\n"
        } else {
            out += "| " + m.actionHeaders.map(escape).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: m.actionHeaders.count) + "\n"
            for a in m.actions {
                out +=
                    """
                    | \(escape(a.text.replacingOccurrences(of: "\n", with: " "))) | \(escape(a.owner)) | \(a.due) \
                    | \(escape(a.status)) |\n
                    """
            }
        }
        if !m.reflection.isEmpty {
            out += "\n## \(escape(m.reflectionTitle))\n\n"
            for (k, v) in m.reflection { out += "- **\(escape(k))** \(escape(v))\n" }
        }
        out += "\n---\n\n*\(escape(m.footer))*\n"
        return out
    }
}
