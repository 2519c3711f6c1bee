#!/usr/bin/env python3
"""Checks an export with a real parser of its format and prints what it found, one item a line.

usage: validate.py md|html|docx|ics FILE
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
        if el.tag in ("link", "script", "img") or (el.tag == "a" and el.get("href", "").startswith("http")):
            print(f"outside-link:{el.tag}")
elif kind == "docx":
    import docx
    d = docx.Document(path)
    for p in d.paragraphs:
        if p.style.name in ("Title", "Heading 1", "heading 1"):
            print(f"{p.style.name}:{p.text}")
    for t in d.tables:
        print(f"table:{len(t.rows)}x{len(t.columns)}")
elif kind == "ics":
    import icalendar
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    for ev in cal.walk("VEVENT"):
        print(f"event:{ev.get('UID')}:{ev.get('SUMMARY')}:{ev.decoded('DTSTART')}")
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
    # Paragraphs and tables in the order they stand in the body.
    for block in d.element.body.iterchildren():
        tag = block.tag.split("}")[1]
        if tag == "p":
            print("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = ["".join(t.text or "" for t in c.iter() if t.tag.endswith("}t"))
                             for c in row.iter() if c.tag.endswith("}tc")]
                    print(" | ".join(cells))
else:
    sys.exit(f"unknown kind {kind}")
