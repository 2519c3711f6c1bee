import TillitDomain

/// Standalone HTML5 that prints well: its own CSS, no outside links.
public enum HTMLExporter {
    static func esc(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static let css = """
        body { font-family: Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
          color: #222; line-height: 1.45; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #335; padding-bottom: .2em; }
        h2 { font-size: 1.2em; color: #335; margin-top: 1.6em; page-break-after: avoid; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        ul.notes, ul.notes ul { list-style: disc; padding-left: 1.4em; }
        ul.notes ul { list-style: circle; border-left: 2px solid #ccd; margin-left: .2em; }
        .question { font-style: italic; }
        .kind { font-variant: small-caps; color: #335; }
        .internal-mark { font-size: .85em; color: #944; }
        .internal-banner { border: 2px solid #944; color: #944; padding: .3em .6em; font-weight: bold; }
        .empty { font-style: italic; color: #666; }
        .follow-up { font-size: .9em; color: #555; }
        .speaker { font-weight: bold; }
        .tag { font-family: monospace; font-size: .85em; color: #555; background: #eef; padding: 0 .3em;
          border-radius: 3px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
        th { background: #eef; }
        table.figures td.num { text-align: right; white-space: nowrap; }
        table.figures tr.worse td:first-child { font-weight: bold; }
        p.figure-note { font-size: .85em; color: #555; }
        footer { margin-top: 2em; font-size: .85em; color: #666; }
        @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
        """

    public static func render(_ m: ExportModel) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(m.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(esc(m.title))</title>\n<style>\n\(css)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(esc(m.title))</h1>\n"
        if let banner = m.internalBanner { out += "<p class=\"internal-banner\">\(esc(banner))</p>\n" }
        out += "<dl class=\"facts\">\n"
        for (k, v) in m.facts { out += "<dt>\(esc(k))</dt><dd>\(esc(v))</dd>\n" }
        out += "</dl>\n"
        for s in m.sections {
            out += "<section>\n<h2>\(esc(s.title))</h2>\n"
            if s.kind == .results, let f = m.figures { out += figures(f) }
            if s.isEmpty { out += "<p class=\"empty\">\(esc(m.emptyText))</p>\n" }
            if !s.notes.isEmpty { out += notes(s.notes, m) }
            if !s.reviewed.isEmpty {
                out += "<h3>\(esc(s.reviewedTitle))</h3>\n<ul class=\"reviewed\">\n"
                for r in s.reviewed { out += "<li>\(esc(r.line))</li>\n" }
                out += "</ul>\n"
            }
            if !s.actions.isEmpty { out += actions(s, m) }
            out += "</section>\n"
        }
        if !m.reflection.isEmpty {
            out += "<section class=\"internal\">\n<h2>\(esc(m.reflectionTitle)) "
            out += "<span class=\"internal-mark\">(\(esc(m.internalLabel)))</span></h2>\n<dl class=\"facts\">\n"
            for (k, v) in m.reflection { out += "<dt>\(esc(k))</dt><dd>\(esc(v))</dd>\n" }
            out += "</dl>\n</section>\n"
        }
        out += "<footer>\(esc(m.footer))</footer>\n</body>\n</html>\n"
        return out
    }

    /// Notes as nested lists: a follow-up is a list inside the item it follows up.
    static func notes(_ notes: [ExportModel.Note], _ m: ExportModel) -> String {
        var out = "<ul class=\"notes\">\n"
        var depth = 0
        var openItem = false
        for n in notes {
            if n.depth > depth {
                for _ in depth..<n.depth { out += "<ul>\n" }
                openItem = false
            } else {
                if openItem { out += "</li>\n" }
                for _ in n.depth..<depth { out += "</ul>\n</li>\n" }
            }
            depth = n.depth
            var body = ""
            switch (n.kindLabel, n.speaker) {
            case (let k?, let s?):
                body =
                    "<span class=\"kind\">\(esc(MarkdownExporter.capitalised(k)))</span> "
                    + "(<span class=\"speaker\">\(esc(s))</span>): "
            case (let k?, nil): body = "<span class=\"kind\">\(esc(MarkdownExporter.capitalised(k))):</span> "
            case (nil, let s?): body = "<span class=\"speaker\">\(esc(s)):</span> "
            case (nil, nil): break
            }
            let text = n.text.split(separator: "\n", omittingEmptySubsequences: false).map { esc(String($0)) }
            body += text.joined(separator: "<br>")
            if n.isInternal { body += " <span class=\"internal-mark\">(\(esc(m.internalLabel)))</span>" }
            for tag in n.tags { body += " <span class=\"tag\">#\(esc(tag))</span>" }
            let classes = [n.isQuestion ? "question" : nil, n.isInternal ? "internal" : nil].compactMap { $0 }
            out += classes.isEmpty ? "<li>\(body)" : "<li class=\"\(classes.joined(separator: " "))\">\(body)"
            openItem = true
        }
        if openItem { out += "</li>\n" }
        for _ in 0..<depth { out += "</ul>\n</li>\n" }
        return out + "</ul>\n"
    }

    /// The figures as a table, each measure with a small chart of its years.
    static func figures(_ f: FigureTable) -> String {
        var out = "<h3>\(esc(f.title))</h3>\n<table class=\"figures\">\n<thead><tr>"
        out += "<th>\(esc(f.headers[0]))</th><th></th>"
        out += f.headers.dropFirst().map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for r in f.rows {
            let label = FigureTable.label(r).trimmingCharacters(in: .whitespaces)
            out += r.worsened ? "<tr class=\"worse\">" : "<tr>"
            out += "<td>\(esc(label))</td><td>"
            out += SVGChart.sparkline(
                r.numbers, label: "\(r.measure): " + r.values.joined(separator: ", "), worse: r.worsened)
            out += "</td>"
            out += (r.values + [r.change, r.area, r.organisation]).map { "<td class=\"num\">\(esc($0))</td>" }.joined()
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let note = f.note { out += "<p class=\"figure-note\">\(esc(note))</p>\n" }
        return out
    }

    static func actions(_ s: ExportModel.Section, _ m: ExportModel) -> String {
        var out = "<h3>\(esc(s.actionsTitle))</h3>\n<table>\n<thead><tr>"
        out += m.actionHeaders.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for a in s.actions {
            var text = esc(a.text)
            for f in a.followUps { text += "<br><span class=\"follow-up\">↳ \(esc(f))</span>" }
            let cells = [esc(a.owner), esc(a.due), esc(a.status)].map { "<td>\($0)</td>" }.joined()
            out += "<tr><td>\(text)</td>\(cells)</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
