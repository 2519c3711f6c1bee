import Foundation
import TillitDomain

/// DOCX (Office Open XML) that Word and LibreOffice treat as their own: the title and headings in
/// Word's heading styles (the navigation pane finds them), notes as Word's own bullet list with a
/// follow-up one level deeper than the note it follows, the actions in a table style whose header
/// row repeats on every page, the school and the date in the running header, "Sida 2 av 5" in the
/// footer, and the document's language for spelling. Styles and numbering: `DocxStyles`; the
/// package's parts: `DocxPackage`.
public enum DocxExporter {
    static func esc(_ s: String) -> String { HTMLExporter.esc(s) }

    /// A run of text in a character style and with direct properties (`direct`, schema order), a
    /// line break for each "\n".
    static func run(_ text: String, style: String? = nil, direct: String = "") -> String {
        let props = (style.map { "<w:rStyle w:val=\"\($0)\"/>" } ?? "") + direct
        var r = "<w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { r += "<w:br/>" }
            r += "<w:t xml:space=\"preserve\">\(esc(String(line)))</w:t>"
        }
        return r + "</w:r>"
    }

    /// A paragraph of runs in a paragraph style.
    static func paragraph(_ runs: String, style: String? = nil) -> String {
        "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + runs + "</w:p>"
    }

    /// A paragraph of Word's bullet list at `level` (0–8): the bullet and the indent come from the
    /// numbering, never from typed characters.
    static func listItem(_ runs: String, level: Int) -> String {
        """
        <w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="\(min(max(level, 0), 8))"/>\
        <w:numId w:val="\(DocxStyles.bulletList)"/></w:numPr></w:pPr>\(runs)</w:p>
        """
    }

    public static func render(_ m: ExportModel) -> Data {
        var body = paragraph(run(m.title), style: "Title")
        if let banner = m.internalBanner { body += paragraph(run(banner, style: "InternalMark"), style: "Fact") }
        for (k, v) in m.facts { body += paragraph(run(k + ":", style: "Strong") + run(" " + v), style: "Fact") }
        for s in m.sections { body += section(s, m) }
        if !m.reflection.isEmpty {
            body += paragraph(run("\(m.reflectionTitle) (\(m.internalLabel))"), style: "Heading1")
            for (k, v) in m.reflection { body += paragraph(run(k, style: "Strong") + run(" " + v)) }
        }
        body += paragraph(run(m.footer, style: "Emphasis"), style: "Closing")
        let package = DocxPackage(
            language: m.language == .sv ? "sv-SE" : "en-GB", title: m.title, subject: m.subject,
            header: (m.internalHeader.map { "\($0) · \(m.subject)" } ?? m.subject, m.dateText))
        return package.data(body: body)
    }

    /// A section: its heading, the notes, last time's actions, the actions decided.
    static func section(_ s: ExportModel.Section, _ m: ExportModel) -> String {
        var out = paragraph(run(s.title), style: "Heading1")
        if s.kind == .results, let f = m.figures { out += figures(f) }
        if s.isEmpty { out += paragraph(run(m.emptyText, style: "Emphasis")) }
        for n in s.notes { out += note(n, m) }
        if !s.reviewed.isEmpty {
            out += paragraph(run(s.reviewedTitle), style: "Heading2")
            for r in s.reviewed { out += listItem(run(r.line), level: 0) }
        }
        if !s.actions.isEmpty {
            out += paragraph(run(s.actionsTitle), style: "Heading2")
            out += table(
                m.actionHeaders,
                s.actions.map { a in [Cell(a.text, more: a.followUps), Cell(a.owner), Cell(a.due), Cell(a.status)] })
        }
        return out
    }

    /// The figures: last year and this year (the page has no room for five), the change, the
    /// area and the organisation; ▼ marks a measure that went the wrong way.
    static func figures(_ f: FigureTable) -> String {
        let n = f.years.count
        var out = paragraph(run(f.title), style: "Heading2")
        let headers = [f.headers[0]] + f.years.suffix(2) + f.headers.suffix(3)
        out += table(
            headers,
            f.rows.map { r in
                ([FigureTable.label(r).trimmingCharacters(in: .whitespaces)] + r.values.suffix(min(2, n))
                    + [r.change, r.area, r.organisation]).map { Cell($0) }
            })
        if let note = f.note { out += paragraph(run(note, style: "Emphasis")) }
        return out
    }

    /// "Svar (**Else-Marie Hallqvist**): Två ledningsgrupper… (internt) #ledarskap", at the note's depth.
    static func note(_ n: ExportModel.Note, _ m: ExportModel) -> String {
        var runs = ""
        switch (n.kindLabel, n.speaker) {
        case (let k?, let s?):
            runs =
                run(MarkdownExporter.capitalised(k) + " (", style: "NoteKind") + run(s, style: "Strong")
                + run("): ", style: "NoteKind")
        case (let k?, nil): runs = run(MarkdownExporter.capitalised(k) + ": ", style: "NoteKind")
        case (nil, let s?): runs = run(s + ":", style: "Strong") + run(" ")
        case (nil, nil): break
        }
        runs += run(n.text, style: n.isQuestion ? "Emphasis" : nil)
        if n.isInternal { runs += run(" ") + run("(\(m.internalLabel))", style: "InternalMark") }
        if !n.tags.isEmpty { runs += run(" ") + run(n.tags.map { "#" + $0 }.joined(separator: " "), style: "NoteTag") }
        return listItem(runs, level: n.depth)
    }

    /// A table cell: its text, and further lines under it (an action's follow-ups) in small type.
    struct Cell {
        var text: String
        var more: [String] = []

        init(_ text: String, more: [String] = []) {
            self.text = text
            self.more = more
        }

        var lines: [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + more.map { "↳ " + $0 }
        }
    }

    /// The width of the text area of an A4 page with our margins, in twentieths of a point.
    static let textWidth = 9638

    /// Column widths that fill the page: each column is first given room for its longest word
    /// (a date or a name is not broken), then what is left goes to the columns with longer lines.
    static func widths(_ headers: [String], _ rows: [[Cell]]) -> [Int] {
        let perCharacter = 140
        let margins = 300
        var least: [Int] = []
        var weights: [Int] = []
        for j in headers.indices {
            let lines = [headers[j]] + rows.flatMap { $0.indices.contains(j) ? $0[j].lines : [] }
            let word = min(24, lines.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 0)
            least.append(word * perCharacter + margins)
            weights.append(max(0, min(60, lines.map(\.count).max() ?? 0) - word))
        }
        let spare = textWidth - least.reduce(0, +)
        var widths: [Int]
        if spare <= 0 {
            widths = least.map { textWidth * $0 / max(1, least.reduce(0, +)) }
        } else {
            let total = weights.reduce(0, +)
            widths = zip(least, weights).map { $0 + (total == 0 ? spare / least.count : spare * $1 / total) }
        }
        if !widths.isEmpty { widths[widths.count - 1] += textWidth - widths.reduce(0, +) }
        return widths
    }

    /// A table in the Tillit Table style: its header row is the style's first row and repeats at
    /// the top of every page the table runs onto; no row breaks across pages.
    static func table(_ given: [String], _ rows: [[Cell]]) -> String {
        // Every row has a cell for every column (a row without cells is not allowed).
        let columns = max(given.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let headers = given + Array(repeating: "", count: columns - given.count)
        let widths = widths(headers, rows)
        var t = """
            <w:tbl><w:tblPr><w:tblStyle w:val="TillitTable"/><w:tblW w:w="\(textWidth)" w:type="dxa"/>\
            <w:tblLayout w:type="fixed"/><w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" \
            w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>
            """
        t += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [Cell], header: Bool) -> String {
            var r = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for (j, width) in widths.enumerated() {
                let cell = cells.indices.contains(j) ? cells[j] : Cell("")
                r += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                r += paragraph(run(cell.text), style: "TableText")
                for line in cell.more { r += paragraph(run("↳ " + line, style: "Small"), style: "TableText") }
                r += "</w:tc>"
            }
            return r + "</w:tr>"
        }
        t += row(headers.map { Cell($0) }, header: true)
        for r in rows { t += row(r, header: false) }
        return t + "</w:tbl>"
    }

    /// A quotation: the words in the Quote style (indented, italic), its source after a line break
    /// in small upright type.
    static func quote(_ q: DocumentBlock.Quote) -> String {
        var runs = run(q.text)
        if !q.source.isEmpty {
            runs +=
                "<w:r><w:br/></w:r>"
                + run("— " + q.source, style: "Small", direct: "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>")
        }
        return paragraph(runs, style: "Quote")
    }

    /// A document of blocks (the quality report) as DOCX: level 1 is the title, 2 a part (heading 1),
    /// 3 a sub-part (heading 2). The title runs at the head of every page after the first.
    public static func blocks(_ blocks: [DocumentBlock], language: String) -> Data {
        var body = ""
        var title: String?
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                if title == nil { title = text }
                body += paragraph(run(text), style: level <= 1 ? "Title" : level == 2 ? "Heading1" : "Heading2")
            case .paragraph(let text): body += paragraph(run(text))
            case .bullets(let items): for i in items { body += listItem(run(i), level: 0) }
            case .list(let items): for i in items { body += listItem(run(i.text), level: i.level) }
            case .quotes(let items): for q in items { body += quote(q) }
            case .table(let headers, let rows):
                // Two tables in a row would be read as one: a paragraph keeps them apart.
                if body.hasSuffix("</w:tbl>") { body += paragraph("") }
                body += table(headers, rows.map { $0.map { Cell($0) } })
            case .chart(let c):
                if body.hasSuffix("</w:tbl>") { body += paragraph("") }
                body += table(c.headers, c.rows.map { $0.map { Cell($0) } })
            }
        }
        // Word ends a document with a paragraph, not a table.
        if body.hasSuffix("</w:tbl>") { body += paragraph("") }
        let package = DocxPackage(
            language: language, title: title ?? "", header: title.map { ($0, "") }, headerFromPageTwo: true)
        return package.data(body: body)
    }
}
