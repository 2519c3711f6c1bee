import Foundation

/// A format-neutral document: what the quality report is written as before it becomes Markdown,
/// HTML, DOCX or lines on the screen.
public enum DocumentBlock: Sendable, Equatable {
    case heading(Int, String)
    case paragraph(String)
    case bullets([String])
    case quotes([String])
    case table([String], [[String]])

    /// The block with every text passed through `transform`.
    public func mappingTexts(_ transform: (String) -> String) -> DocumentBlock {
        switch self {
        case .heading(let level, let text): return .heading(level, transform(text))
        case .paragraph(let text): return .paragraph(transform(text))
        case .bullets(let items): return .bullets(items.map(transform))
        case .quotes(let items): return .quotes(items.map(transform))
        case .table(let headers, let rows): return .table(headers.map(transform), rows.map { $0.map(transform) })
        }
    }

    /// Every text of the block.
    public var texts: [String] {
        var out: [String] = []
        _ = mappingTexts {
            out.append($0)
            return $0
        }
        return out
    }
}

/// Renders blocks to Markdown, HTML and DOCX.
public enum BlockRenderer {
    public static func markdown(_ blocks: [DocumentBlock]) -> String {
        let e = MarkdownExporter.escape
        var out = ""
        for b in blocks {
            switch b {
            case .heading(let level, let text): out += String(repeating: "#", count: level) + " " + e(text) + "\n\n"
            case .paragraph(let text): out += e(text) + "\n\n"
            case .bullets(let items): out += items.map { "- " + e($0) }.joined(separator: "\n") + "\n\n"
            case .quotes(let items):
                out += items.map { "> " + e($0) + "\n>" }.joined(separator: "\n").dropLast(2) + "\n\n"
            case .table(let headers, let rows):
                out +=
                    "| " + headers.map(e).joined(separator: " | ") + " |\n|"
                    + String(repeating: " --- |", count: headers.count) + "\n"
                for r in rows { out += "| " + r.map(e).joined(separator: " | ") + " |\n" }
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
            case .quotes(let items): out += items.map { "<blockquote>\(e($0))</blockquote>\n" }.joined()
            case .table(let headers, let rows):
                out +=
                    "<table>\n<thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for r in rows { out += "<tr>" + r.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
                out += "</tbody>\n</table>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }

    public static func docx(_ blocks: [DocumentBlock], language: String) -> Data {
        var body = ""
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                body += DocxExporter.paragraph(text, style: level == 1 ? "Title" : "Heading1")
            case .paragraph(let text): body += DocxExporter.paragraph(text)
            case .bullets(let items): for i in items { body += DocxExporter.paragraph("• " + i, indent: 1) }
            case .quotes(let items): for q in items { body += DocxExporter.paragraph(q, indent: 2, italic: true) }
            case .table(let headers, let rows):
                body += DocxExporter.table(headers, rows)
            }
        }
        return DocxExporter.package(body: body, language: language)
    }
}
