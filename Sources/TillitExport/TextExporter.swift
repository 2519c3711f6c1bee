import TillitDomain

/// Plain text: the same order, follow-ups indented.
public enum TextExporter {
    public static func render(_ m: ExportModel) -> String {
        var out = m.title + "\n" + String(repeating: "=", count: m.title.count) + "\n\n"
        if let banner = m.internalBanner { out += banner + "\n\n" }
        for (k, v) in m.facts { out += "\(k): \(v)\n" }
        func heading(_ title: String, _ rule: Character) {
            out += "\n" + title + "\n" + String(repeating: rule, count: title.count) + "\n"
        }
        for s in m.sections {
            heading(s.title, "-")
            if s.kind == .results, let f = m.figures {
                out += "  \(f.title):\n"
                for r in f.rows { out += "  \(r.worsened ? "" : "- ")\(f.sentence(r, Localizer(m.language)))\n" }
                if let note = f.note { out += "  \(note)\n" }
                out += "\n"
            }
            if s.isEmpty { out += "  \(m.emptyText)\n" }
            for n in s.notes {
                let indent = String(repeating: "    ", count: n.depth)
                let lines = n.text.split(separator: "\n", omittingEmptySubsequences: false)
                let mark = n.isInternal ? " (\(m.internalLabel))" : ""
                out += "  \(indent)\(n.depth == 0 ? "*" : "->") \(n.lead)\(lines.first ?? "")\(mark)\n"
                for more in lines.dropFirst() { out += "  \(indent)   \(more)\n" }
                if !n.tags.isEmpty { out += "  \(indent)   " + n.tags.map { "#" + $0 }.joined(separator: " ") + "\n" }
            }
            if !s.reviewed.isEmpty {
                if !s.notes.isEmpty { out += "\n" }
                out += "  \(s.reviewedTitle):\n"
                for r in s.reviewed { out += "  ~ \(r.line)\n" }
            }
            if !s.actions.isEmpty {
                if !s.notes.isEmpty || !s.reviewed.isEmpty { out += "\n" }
                out += "  \(s.actionsTitle):\n"
                for a in s.actions {
                    out += "  [\(a.status)] \(a.text)\n"
                    let details = [a.owner, a.due].filter { !$0.isEmpty }
                    if !details.isEmpty { out += "      " + details.joined(separator: ", ") + "\n" }
                    for f in a.followUps { out += "      -> \(f)\n" }
                }
            }
        }
        if !m.reflection.isEmpty {
            heading("\(m.reflectionTitle) (\(m.internalLabel))", "-")
            for (k, v) in m.reflection { out += "  \(k) \(v)\n" }
        }
        return out + "\n" + m.footer + "\n"
    }
}
