import Foundation
import TillitDomain

/// DOCX (Office Open XML) that Word and LibreOffice open: headings, the facts, nested notes as
/// indented paragraphs, an actions table.
public enum DocxExporter {
    static func esc(_ s: String) -> String { HTMLExporter.esc(s) }

    static func paragraph(
        _ text: String, style: String? = nil, indent: Int = 0, lead: String = "", bold: String? = nil,
        italic: Bool = false
    ) -> String {
        var p = "<w:p><w:pPr>"
        if let style { p += "<w:pStyle w:val=\"\(style)\"/>" }
        if indent > 0 { p += "<w:ind w:left=\"\(indent * 360)\"/>" }
        p += "</w:pPr>"
        if !lead.isEmpty { p += "<w:r><w:t xml:space=\"preserve\">\(esc(lead))</w:t></w:r>" }
        if let bold { p += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(esc(bold)) </w:t></w:r>" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            p += "<w:r>" + (italic ? "<w:rPr><w:i/></w:rPr>" : "")
            if i > 0 { p += "<w:br/>" }
            p += "<w:t xml:space=\"preserve\">\(esc(String(line)))</w:t></w:r>"
        }
        return p + "</w:p>"
    }

    static func cell(_ text: String, header: Bool = false) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p>"
            + """
            <w:r>\(header ? "<w:rPr><w:b/></w:rPr>" : "")<w:t \
            xml:space=\"preserve\">\(esc(text))</w:t></w:r></w:p></w:tc>
            """
    }

    public static func render(_ m: ExportModel) -> Data {
        var body = paragraph(m.title, style: "Title")
        for (k, v) in m.facts { body += paragraph(v, bold: k + ":") }
        for s in m.sections {
            body += paragraph(s.title, style: "Heading1")
            if s.isEmpty { body += paragraph("–") }
            if !s.reviewed.isEmpty {
                body += paragraph(s.reviewedTitle, bold: "")
                for r in s.reviewed { body += paragraph("• " + r.line, indent: 1) }
            }
            for n in s.notes {
                let lead =
                    (n.depth == 0 ? "• " : "↳ ") + (n.kindLabel.map { MarkdownExporter.capitalised($0) + ": " } ?? "")
                var text = n.text
                if n.isInternal { text += " (\(m.internalLabel))" }
                if !n.tags.isEmpty { text += "  " + n.tags.map { "#" + $0 }.joined(separator: " ") }
                body += paragraph(
                    text, indent: n.depth + 1, lead: lead, bold: n.speaker.map { $0 + ":" }, italic: n.isQuestion)
            }
            if !s.actions.isEmpty {
                body += paragraph(s.actionsTitle, bold: "")
                body += table(m.actionHeaders, s.actions.map { [$0.text, $0.owner, $0.due, $0.status] })
            }
        }
        if !m.reflection.isEmpty {
            body += paragraph("\(m.reflectionTitle) (\(m.internalLabel))", style: "Heading1")
            for (k, v) in m.reflection { body += paragraph(v, bold: k) }
        }
        body += paragraph(m.footer, italic: true)
        return package(body: body, language: m.language == .sv ? "sv-SE" : "en-GB")
    }

    /// A table with a header row, borders and a grid (Word and the DOCX libraries need the grid).
    static func table(_ headers: [String], _ rows: [[String]]) -> String {
        var t = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        t += "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
        t += "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
        t += "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr>"
        let width = 9600 / max(1, headers.count)
        t += "<w:tblGrid>" + headers.map { _ in "<w:gridCol w:w=\"\(width)\"/>" }.joined() + "</w:tblGrid>"
        t += "<w:tr>" + headers.map { cell($0, header: true) }.joined() + "</w:tr>"
        for r in rows { t += "<w:tr>" + r.map { cell($0) }.joined() + "</w:tr>" }
        return t + "</w:tbl>"
    }

    /// The OOXML package around a document body.
    static func package(body: String, language: String) -> Data {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" \
            w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
        let styles = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:lang w:val="\(language)"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr>\
            <w:spacing w:after="80"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr>\
            <w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>\
            <w:color w:val="333355"/><w:sz w:val="28"/></w:rPr></w:style>
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
            </w:styles>
            """
        let contentTypes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            </Types>
            """
        let rels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>\
            </Relationships>
            """
        let documentRels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Data(contentTypes.utf8))
        zip.add("_rels/.rels", Data(rels.utf8))
        zip.add("word/document.xml", Data(document.utf8))
        zip.add("word/styles.xml", Data(styles.utf8))
        zip.add("word/_rels/document.xml.rels", Data(documentRels.utf8))
        return zip.finished()
    }

    /// A document of blocks (the quality report) as DOCX.
    public static func blocks(_ blocks: [DocumentBlock], language: String) -> Data {
        var body = ""
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                body += paragraph(text, style: level == 1 ? "Title" : "Heading1")
            case .paragraph(let text): body += paragraph(text)
            case .bullets(let items): for i in items { body += paragraph("• " + i, indent: 1) }
            case .list(let items): for i in items { body += paragraph("• " + i.text, indent: i.level + 1) }
            case .quotes(let items):
                for q in items { body += paragraph(q.text + " — " + q.source, indent: 2, italic: true) }
            case .table(let headers, let rows):
                body += table(headers, rows)
            }
        }
        return package(body: body, language: language)
    }
}
