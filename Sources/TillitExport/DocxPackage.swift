import Foundation

/// The Office Open XML package around a document body: the parts Word expects (styles,
/// numbering, settings, a running header, a footer with the page number, the core and app
/// properties), each with its content type and relationship. Nothing comes from the clock: the
/// same body gives the same bytes.
struct DocxPackage {
    /// "sv-SE" or "en-GB": the styles' language (for spelling) and the core properties'.
    var language: String
    /// The document's title in its properties.
    var title: String
    /// What the document is about (the school), in its properties; empty for none.
    var subject = ""
    /// The running header: a text at the left and one at the right margin; nil for none.
    var header: (left: String, right: String)?
    /// Whether the header starts on page two (the first page shows the title itself).
    var headerFromPageTwo = false

    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    static let xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    var isSwedish: Bool { language.hasPrefix("sv") }

    /// The package's parts, in the order they are written.
    func parts(body: String) -> [(name: String, text: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", rootRelationships),
            ("docProps/core.xml", core()),
            ("docProps/app.xml", Self.app),
            ("word/document.xml", document(body: body)),
            ("word/styles.xml", DocxStyles.styles(language: language)),
            ("word/numbering.xml", DocxStyles.numbering()),
            ("word/settings.xml", settings()),
        ]
        if let header { parts.append(("word/header1.xml", headerPart(header.left, header.right))) }
        parts.append(("word/footer1.xml", footerPart()))
        // A first page of its own needs its own footer, or it would have none.
        if headerFromPageTwo { parts.append(("word/footer2.xml", footerPart())) }
        parts.append(("word/_rels/document.xml.rels", documentRelationships()))
        return parts
    }

    func data(body: String) -> Data {
        var zip = ZipWriter()
        for (name, text) in parts(body: body) { zip.add(name, Data(text.utf8)) }
        return zip.finished()
    }

    func contentTypes() -> String {
        var overrides: [(String, String)] = [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ("/word/document.xml", "\(Self.wordML).document.main+xml"),
            ("/word/styles.xml", "\(Self.wordML).styles+xml"),
            ("/word/numbering.xml", "\(Self.wordML).numbering+xml"),
            ("/word/settings.xml", "\(Self.wordML).settings+xml"),
        ]
        if header != nil { overrides.append(("/word/header1.xml", "\(Self.wordML).header+xml")) }
        overrides.append(("/word/footer1.xml", "\(Self.wordML).footer+xml"))
        if headerFromPageTwo { overrides.append(("/word/footer2.xml", "\(Self.wordML).footer+xml")) }
        return Self.xmlHead
            + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>
            """
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>\n"
    }

    static func relationshipsPart(_ items: [(id: String, type: String, target: String)]) -> String {
        xmlHead + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>\n"
    }

    var rootRelationships: String {
        Self.relationshipsPart([
            ("rId1", "\(Self.officeRel)/officeDocument", "word/document.xml"),
            (
                "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"
            ),
            ("rId3", "\(Self.officeRel)/extended-properties", "docProps/app.xml"),
        ])
    }

    func documentRelationships() -> String {
        var items: [(String, String, String)] = [
            ("rId1", "\(Self.officeRel)/styles", "styles.xml"),
            ("rId2", "\(Self.officeRel)/numbering", "numbering.xml"),
            ("rId3", "\(Self.officeRel)/settings", "settings.xml"),
            ("rId4", "\(Self.officeRel)/footer", "footer1.xml"),
        ]
        if header != nil { items.append(("rId5", "\(Self.officeRel)/header", "header1.xml")) }
        if headerFromPageTwo { items.append(("rId6", "\(Self.officeRel)/footer", "footer2.xml")) }
        return Self.relationshipsPart(items)
    }

    func document(body: String) -> String {
        var section = header == nil ? "" : "<w:headerReference w:type=\"default\" r:id=\"rId5\"/>"
        section += "<w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
        if headerFromPageTwo { section += "<w:footerReference w:type=\"first\" r:id=\"rId6\"/>" }
        section += """
            <w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" \
            w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/>
            """
        if headerFromPageTwo { section += "<w:titlePg/>" }
        return Self.xmlHead
            + "<w:document xmlns:w=\"\(Self.main)\" xmlns:r=\"\(Self.officeRel)\"><w:body>\(body)"
            + "<w:sectPr>\(section)</w:sectPr></w:body></w:document>\n"
    }

    func headerPart(_ left: String, _ right: String) -> String {
        var runs = DocxExporter.run(left)
        if !right.isEmpty { runs += "<w:r><w:tab/></w:r>" + DocxExporter.run(right) }
        return Self.xmlHead + "<w:hdr xmlns:w=\"\(Self.main)\" xmlns:r=\"\(Self.officeRel)\">"
            + DocxExporter.paragraph(runs, style: "Header") + "</w:hdr>\n"
    }

    /// A field Word and LibreOffice fill in when they lay out the pages ("PAGE", "NUMPAGES").
    static func field(_ instruction: String) -> String {
        """
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> \(instruction) \
        </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="end"/></w:r>
        """
    }

    /// "Sida 2 av 5" / "Page 2 of 5".
    func footerPart() -> String {
        let (page, of) = isSwedish ? ("Sida", "av") : ("Page", "of")
        let runs =
            DocxExporter.run(page + " ") + Self.field("PAGE") + DocxExporter.run(" \(of) ") + Self.field("NUMPAGES")
        return Self.xmlHead + "<w:ftr xmlns:w=\"\(Self.main)\" xmlns:r=\"\(Self.officeRel)\">"
            + DocxExporter.paragraph(runs, style: "Footer") + "</w:ftr>\n"
    }

    /// Word opens a file without a compatibility mode in its oldest one; 15 is Word 2013 and later.
    func settings() -> String {
        Self.xmlHead
            + """
            <w:settings xmlns:w="\(Self.main)"><w:defaultTabStop w:val="709"/><w:hyphenationZone w:val="425"/>\
            <w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
            w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
            <w:themeFontLang w:val="\(language)"/></w:settings>

            """
    }

    /// The core properties: title, subject, language; no dates (they would change every export).
    func core() -> String {
        let esc = DocxExporter.esc
        return Self.xmlHead
            + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(esc(title))</dc:title>
            """
            + (subject.isEmpty ? "" : "<dc:subject>\(esc(subject))</dc:subject>")
            + "<dc:creator>Tillit</dc:creator><dc:language>\(language)</dc:language></cp:coreProperties>\n"
    }

    static let app =
        xmlHead
            + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
            <Application>Tillit</Application><DocSecurity>0</DocSecurity><LinksUpToDate>false</LinksUpToDate>\
            <SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>

            """
}
