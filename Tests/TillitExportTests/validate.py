#!/usr/bin/env python3
"""Checks an export with a real parser of its format and prints what it found, one item a line.

usage: validate.py md|html|docx|ics|md-text|html-text|docx-text FILE
Exit status 1 (with the parser's complaint) when the file does not parse.
"""
import sys

kind, path = sys.argv[1], sys.argv[2]
if kind == "md":
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").enable("table").parse(open(path, encoding="utf-8").read())
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            print(f"{t.tag}:{tokens[i + 1].content}")
        if t.type == "table_open":
            print("table")
        if t.type == "bullet_list_open" and t.level > 1:
            print("nested-list")
elif kind == "html":
    import html5lib
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    doc = parser.parse(open(path, "rb"))
    for el in doc.iter():
        if el.tag in ("h1", "h2"):
            print(f"{el.tag}:{''.join(el.itertext())}")
        if el.tag == "table":
            print("table")
            if "figures" in (el.get("class") or ""):
                print("figures-table")
        if el.tag == "svg" or el.tag.endswith("}svg"):
            print("svg:" + (el.get("aria-label") or ""))
        if el.tag in ("link", "script", "img") or (el.tag == "a" and el.get("href", "").startswith("http")):
            print(f"outside-link:{el.tag}")
elif kind == "docx":
    # Word's structure: heading styles, list paragraphs with their numbering level, tables with
    # their style and a repeated header row, the running header and footer (and the footer's
    # fields), the bullets of each list level, the document's language.
    import docx
    from lxml import etree
    d = docx.Document(path)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}

    def xpath(el, expression):
        return etree._Element.xpath(el, expression, namespaces=ns)

    def one_line(text):
        return " ".join(text.split("\n"))

    for p in d.paragraphs:
        style = p.style.name if p.style is not None else ""
        if style == "Title" or style.lower().startswith("heading"):
            print(f"{style}:{p.text}")
        level = p._p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
        if level and p._p.xpath("./w:pPr/w:numPr/w:numId/@w:val"):
            print(f"list:{level[0]}:{one_line(p.text)}")
        elif "list" in style.lower():
            print(f"list-without-numbering:{one_line(p.text)}")
        if style == "Quote":
            print(f"quote:{one_line(p.text)}")
            for r in p.runs:
                if r.text.startswith("— "):
                    print(f"quote-source:{r.text}:{'italic' if r.font.italic is not False else 'upright'}")
    for t in d.tables:
        print(f"table:{len(t.rows)}x{len(t.columns)}")
        name = t.style.name if t.style is not None else None
        shaded = t.style is not None and t.style.element.xpath(
            "./w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill")
        print(f"table-style:{name}" + (":header-shaded" if shaded else ""))
        repeated = [bool(r._tr.xpath("./w:trPr/w:tblHeader")) for r in t.rows]
        print("table-header:" + ("repeated" if repeated[:1] == [True] and not any(repeated[1:]) else "not-repeated"))
    for s in d.sections:
        parts = [("header", s.header), ("footer", s.footer)]
        if s.different_first_page_header_footer:
            parts += [("first-page-header", s.first_page_header), ("first-page-footer", s.first_page_footer)]
        for name, part in parts:
            if part.is_linked_to_previous:
                continue
            for p in part.paragraphs:
                print(f"{name}:{p.text}")
            for instr in part._element.xpath(".//w:instrText/text()"):
                print(f"{name}-field:{instr.strip()}")
    numbering = d.part.numbering_part.element
    for lvl in xpath(numbering, "./w:abstractNum[1]/w:lvl"):
        ilvl = lvl.get(f"{{{ns['w']}}}ilvl")
        text = xpath(lvl, "./w:lvlText/@w:val")
        left = xpath(lvl, "./w:pPr/w:ind/@w:left")
        kind = xpath(lvl, "./w:numFmt/@w:val")
        print(f"bullet:{ilvl}:{kind[0] if kind else ''}:{text[0] if text else ''}:{left[0] if left else ''}")
    for lang in d.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"):
        print(f"lang:{lang}")
    print(f"core-language:{d.core_properties.language}")
    print(f"core-title:{d.core_properties.title}")
elif kind == "ics":
    import icalendar
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    for tz in cal.walk("VTIMEZONE"):
        print(f"timezone:{tz.get('TZID')}")
    for ev in cal.walk("VEVENT"):
        uid = ev.get('UID')
        print(f"event:{uid}:{ev.get('SUMMARY')}:{ev.decoded('DTSTART')}")
        print(f"end:{uid}:{ev.decoded('DTEND')}")
        if ev.get('LOCATION') is not None:
            print(f"location:{uid}:{ev.get('LOCATION')}")
        if ev.get('DESCRIPTION') is not None:
            print(f"description:{uid}:{str(ev.get('DESCRIPTION'))!r}")
elif kind == "md-text":
    from markdown_it import MarkdownIt
    import html5lib
    html = MarkdownIt("commonmark").enable("table").render(open(path, encoding="utf-8").read())
    doc = html5lib.parse(html, namespaceHTMLElements=False)
    print("".join(doc.itertext()))
elif kind == "html-text":
    import html5lib
    doc = html5lib.parse(open(path, "rb"), namespaceHTMLElements=False)
    body = doc.find("body")
    print("".join(body.itertext()))
elif kind == "docx-text":
    import docx
    d = docx.Document(path)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def text(el):
        # A paragraph's text as Word shows it: a line break ends a line, a tab is a tab.
        out = ""
        for x in el.iter(W + "t", W + "br", W + "tab"):
            if x.tag == W + "t":
                out += x.text or ""
            elif x.getparent().tag == W + "r":
                out += "\n" if x.tag == W + "br" else "\t"
        return out

    # Paragraphs and tables in the order they stand in the body; a cell's paragraphs on one line.
    for block in d.element.body.iterchildren():
        if block.tag == W + "p":
            print(text(block))
        elif block.tag == W + "tbl":
            for row in block.iter(W + "tr"):
                cells = [" ".join(text(p) for p in c.iter(W + "p")) for c in row.iter(W + "tc")]
                print(" | ".join(cells))
else:
    sys.exit(f"unknown kind {kind}")
