import Foundation

/// Renders blocks to Markdown and HTML (DOCX: `DocxExporter.blocks`).
public enum BlockRenderer {
    public static func markdown(_ blocks: [DocumentBlock]) -> String {
        let e = MarkdownExporter.escape
        var out = ""
        for b in blocks {
            switch b {
            case .heading(let level, let text): out += String(repeating: "#", count: level) + " " + e(text) + "\n\n"
            case .paragraph(let text): out += e(text) + "\n\n"
            case .bullets(let items): out += items.map { "- " + e($0) }.joined(separator: "\n") + "\n\n"
            case .list(let items):
                out += items.map { String(repeating: "  ", count: $0.level) + "- " + e($0.text) }.joined(
                    separator: "\n")
                out += "\n\n"
            case .quotes(let items):
                for q in items { out += "> " + e(q.text) + "  \n> — *" + e(q.source) + "*\n\n" }
            case .table(let headers, let rows):
                out +=
                    "| " + headers.map(e).joined(separator: " | ") + " |\n|"
                    + String(repeating: " --- |", count: headers.count) + "\n"
                for r in rows { out += "| " + r.map(e).joined(separator: " | ") + " |\n" }
                out += "\n"
            case .chart(let c):
                out += "| " + c.headers.map(e).joined(separator: " | ") + " |\n| --- | ---: |\n"
                for r in c.rows { out += "| " + r.map(e).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        return out
    }

    public static func html(_ blocks: [DocumentBlock], title: String, language: String) -> String {
        let e = HTMLExporter.esc
        var out =
            """
            <!DOCTYPE html>\n<html lang=\"\(language)\">\n<head>\n<meta \
            charset=\"utf-8\">\n<title>\(e(title))</title>\n
            """
        out +=
            """
            <style>\n\(HTMLExporter.css)\nblockquote { margin: .3em 0 .3em 1em; padding-left: .8em; border-left: \
            3px solid #ccd; color: #444; }\n</style>\n</head>\n<body>\n
            """
        for b in blocks {
            switch b {
            case .heading(let level, let text): out += "<h\(level)>\(e(text))</h\(level)>\n"
            case .paragraph(let text): out += "<p>\(e(text))</p>\n"
            case .bullets(let items): out += "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
            case .list(let items): out += nestedList(items)
            case .quotes(let items):
                for q in items {
                    out += "<blockquote><p>\(e(q.text))</p><footer>— \(e(q.source))</footer></blockquote>\n"
                }
            case .table(let headers, let rows):
                out +=
                    "<table>\n<thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for r in rows { out += "<tr>" + r.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
                out += "</tbody>\n</table>\n"
            case .chart(let c):
                out +=
                    "<figure>\n" + SVGChart.bars(c.bars.map { ($0.name, $0.value, $0.text, $0.marked) }, title: c.title)
                out += "\n<figcaption>\(e(c.title))</figcaption>\n</figure>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }

    /// Items with levels as nested lists.
    static func nestedList(_ items: [DocumentBlock.ListItem]) -> String {
        var out = "<ul>\n"
        var depth = 0
        var open = false
        for item in items {
            let level = min(item.level, depth + 1)
            if level > depth {
                out += "<ul>\n"
            } else {
                if open { out += "</li>\n" }
                for _ in level..<depth { out += "</ul>\n</li>\n" }
            }
            depth = level
            out += "<li>\(HTMLExporter.esc(item.text))"
            open = true
        }
        if open { out += "</li>\n" }
        for _ in 0..<depth { out += "</ul>\n</li>\n" }
        return out + "</ul>\n"
    }
}
