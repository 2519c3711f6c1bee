import TillitDomain

/// Plain text: the same order, follow-ups indented.
public enum TextExporter {
    public static func render(_ m: ExportModel) -> String {
        let heading = m.title
        var out = heading + "\n" + String(repeating: "=", count: heading.count) + "\n\n"
        for (k, v) in m.facts { out += "\(k): \(v)\n" }
        func section(_ title: String) { out += "\n" + title + "\n" + String(repeating: "-", count: title.count) + "\n" }
        if !m.reviewed.isEmpty {
            section(m.reviewedTitle)
            for r in m.reviewed { out += "  * \(r)\n" }
        }
        for s in m.sections {
            section(s.title)
            if s.notes.isEmpty { out += "  -\n" }
            for n in s.notes {
                let indent = String(repeating: "    ", count: n.depth)
                var text = n.isQuestion ? "\(n.kind): " : ""
                if let speaker = n.speaker { text += "\(speaker): " }
                let lines = n.text.split(separator: "\n", omittingEmptySubsequences: false)
                out += "  \(indent)\(n.depth == 0 ? "*" : "->") \(text)\(lines.first ?? "")\n"
                for more in lines.dropFirst() { out += "  \(indent)   \(more)\n" }
                if !n.tags.isEmpty { out += "  \(indent)   " + n.tags.map { "#" + $0 }.joined(separator: " ") + "\n" }
            }
        }
        section(m.actionsTitle)
        if m.actions.isEmpty { out += "  -\n" }
        for a in m.actions {
            out += "  [\(a.status)] \(a.text)\n"
            let details = [a.owner, a.due].filter { !$0.isEmpty }
            if !details.isEmpty { out += "      " + details.joined(separator: ", ") + "\n" }
        }
        if !m.reflection.isEmpty {
            section(m.reflectionTitle)
            for (k, v) in m.reflection { out += "  \(k) \(v)\n" }
        }
        return out + "\n" + m.footer + "\n"
    }
}
