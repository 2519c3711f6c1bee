import Foundation

/// The styles and the list numbering a DOCX of ours uses: Word's own names (Title, heading 1,
/// List Bullet, Quote, Header, Footer, Strong, Emphasis) so that a reader's template, navigation
/// pane and table of contents treat them as Word's, and a few of our own for a note's parts.
/// Elements stand in the order the schema gives; Word refuses a file where they do not.
enum DocxStyles {
    /// The `w:numId` of the one bullet list: every list paragraph uses it, its level from `w:ilvl`.
    static let bulletList = 1

    /// The font of the body, the headings and the bullets.
    static let font = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"

    /// Heading colour, as in the HTML export.
    static let ink = "333355"

    /// The bullet of each level 0–8: a note's follow-ups stand one level deeper, each level with
    /// its own mark and indent.
    static let bullets = ["•", "◦", "▪", "–", "•", "◦", "▪", "–", "•"]

    static func numbering() -> String {
        var levels = ""
        for (level, mark) in bullets.enumerated() {
            let left = 360 + level * 340
            levels += """
                <w:lvl w:ilvl="\(level)"><w:start w:val="1"/><w:numFmt w:val="bullet"/>\
                <w:lvlText w:val="\(mark)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="\(left)" \
                w:hanging="280"/></w:pPr><w:rPr>\(font)<w:color w:val="\(ink)"/></w:rPr></w:lvl>
                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="0"><w:nsid w:val="5449C001"/>\
            <w:multiLevelType w:val="hybridMultilevel"/>\(levels)</w:abstractNum>\
            <w:num w:numId="\(bulletList)"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
    }

    /// A paragraph style.
    static func paragraphStyle(
        _ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil, ui: Int? = nil,
        pPr: String = "", rPr: String = ""
    ) -> String {
        var s = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { s += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { s += "<w:next w:val=\"\(next)\"/>" }
        if let ui { s += "<w:uiPriority w:val=\"\(ui)\"/>" }
        s += "<w:qFormat/>"
        if !pPr.isEmpty { s += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { s += "<w:rPr>\(rPr)</w:rPr>" }
        return s + "</w:style>\n"
    }

    /// A character style.
    static func characterStyle(_ id: String, _ name: String, ui: Int? = nil, rPr: String) -> String {
        var s = "<w:style w:type=\"character\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        s += "<w:basedOn w:val=\"DefaultParagraphFont\"/>"
        if let ui { s += "<w:uiPriority w:val=\"\(ui)\"/>" }
        return s + "<w:qFormat/><w:rPr>\(rPr)</w:rPr></w:style>\n"
    }

    /// The table style: thin grey borders, a shaded bold header row, cell paragraphs without
    /// spacing.
    static let tableStyle = """
        <w:style w:type="table" w:styleId="TillitTable"><w:name w:val="Tillit Table"/>\
        <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="0" w:after="0"/>\
        </w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8C8CA6"/>\
        <w:left w:val="single" w:sz="4" w:space="0" w:color="8C8CA6"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="8C8CA6"/>\
        <w:right w:val="single" w:sz="4" w:space="0" w:color="8C8CA6"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="8C8CA6"/>\
        <w:insideV w:val="single" w:sz="4" w:space="0" w:color="8C8CA6"/></w:tblBorders>\
        <w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
        <w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>\
        <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="\(ink)"/></w:rPr>\
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E4E4EF"/></w:tcPr></w:tblStylePr></w:style>

        """

    /// Word's defaults that every document has: the default paragraph font, the normal table,
    /// no list.
    static let defaults = """
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
        <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>\
        </w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
        <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
        <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>\
        <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>

        """

    /// styles.xml for a document in `language` ("sv-SE", "en-GB"): spelling and hyphenation follow it.
    static func styles(language: String) -> String {
        let heading = "<w:b/><w:bCs/><w:color w:val=\"\(ink)\"/>"
        var s = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr>\(font)<w:sz w:val="22"/><w:szCs w:val="22"/>\
            <w:lang w:val="\(language)" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>

            """
        s += defaults
        s += paragraphStyle(
            "Title", "Title", next: "Normal", ui: 10,
            pPr: """
                <w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" \
                w:color="\(ink)"/></w:pBdr><w:spacing w:after="240"/><w:contextualSpacing/>
                """,
            rPr: "\(heading)<w:kern w:val=\"28\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>")
        s += paragraphStyle(
            "Heading1", "heading 1", next: "Normal", ui: 9,
            pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
            rPr: "\(heading)<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        s += paragraphStyle(
            "Heading2", "heading 2", next: "Normal", ui: 9,
            pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
            rPr: "\(heading)<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
        s += paragraphStyle("ListBullet", "List Bullet", ui: 36, pPr: "<w:spacing w:after=\"60\"/>")
        s += paragraphStyle("Fact", "Fact", pPr: "<w:spacing w:after=\"20\"/>")
        s += paragraphStyle(
            "Quote", "Quote", next: "Normal", ui: 29,
            pPr: """
                <w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="CCCCDD"/></w:pBdr>\
                <w:spacing w:before="60" w:after="120"/><w:ind w:left="567" w:right="567"/>
                """,
            rPr: "<w:i/><w:iCs/><w:color w:val=\"444444\"/>")
        s += paragraphStyle("TableText", "Table Text", pPr: "<w:spacing w:before=\"0\" w:after=\"0\"/>")
        s += paragraphStyle(
            "Closing", "Closing", pPr: "<w:spacing w:before=\"360\"/>",
            rPr: "<w:color w:val=\"666666\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        let small = "<w:color w:val=\"555555\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
        s += paragraphStyle(
            "Header", "header", ui: 99,
            pPr: """
                <w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BBBBCC"/></w:pBdr>\
                <w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/>
                """,
            rPr: small)
        s += paragraphStyle(
            "Footer", "footer", ui: 99, pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", rPr: small)
        s += characterStyle("Strong", "Strong", ui: 22, rPr: "<w:b/><w:bCs/>")
        s += characterStyle("Emphasis", "Emphasis", ui: 20, rPr: "<w:i/><w:iCs/>")
        s += characterStyle("NoteKind", "Note Kind", rPr: "<w:i/><w:iCs/><w:color w:val=\"\(ink)\"/>")
        s += characterStyle(
            "NoteTag", "Note Tag", rPr: "<w:color w:val=\"666677\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        s += characterStyle(
            "InternalMark", "Internal Mark",
            rPr: "<w:color w:val=\"994444\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        s += characterStyle("Small", "Small", rPr: small)
        s += tableStyle
        return s + "</w:styles>\n"
    }
}
