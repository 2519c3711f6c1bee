import Foundation

/// Renders blocks to Markdown and HTML (DOCX: `DocxExporter.blocks`).
public enum BlockRenderer {
    public static func markdown(_ blocks: [DocumentBlock]) -> String {
        String(decoding: markdownBytes(blocks), as: UTF8.self)
    }

    /// The same as UTF-8, written straight into its bytes (`MarkdownBytes`).
    public static func markdownBytes(_ blocks: [DocumentBlock]) -> Data {
        // Room for every text, its markup and an escape or two, taken once.
        let texts = blocks.reduce(0) { sum, b in b.texts.reduce(sum) { $0 + $1.utf8.count + 16 } }
        var out = MarkdownBytes(capacity: texts + 4096)
        func row(_ cells: [String]) {
            out.put("| ")
            for (i, cell) in cells.enumerated() {
                if i > 0 { out.put(" | ") }
                out.put(text: cell)
            }
            out.put(" |\n")
        }
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                out.put(UInt8(ascii: "#"), times: level)
                out.put(" ")
                out.put(text: text)
                out.put("\n\n")
            case .paragraph(let text):
                out.put(text: text)
                out.put("\n\n")
            case .bullets(let items):
                for (i, item) in items.enumerated() {
                    if i > 0 { out.put("\n") }
                    out.put("- ")
                    out.put(text: item)
                }
                out.put("\n\n")
            case .list(let items):
                for (i, item) in items.enumerated() {
                    if i > 0 { out.put("\n") }
                    out.put(UInt8(ascii: " "), times: 2 * item.level)
                    out.put("- ")
                    out.put(text: item.text)
                }
                out.put("\n\n")
            case .quotes(let items):
                for q in items {
                    out.put("> ")
                    out.put(text: q.text)
                    out.put("  \n> — *")
                    out.put(text: q.source)
                    out.put("*\n\n")
                }
            case .table(let headers, let rows):
                row(headers)
                out.put("|" + String(repeating: " --- |", count: headers.count) + "\n")
                for r in rows { row(r) }
                out.put("\n")
            case .chart(let c):
                row(c.headers)
                out.put("| --- | ---: |\n")
                for r in c.rows { row(r) }
                out.put("\n")
            }
        }
        return out.data
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
