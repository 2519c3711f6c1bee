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
else:
    sys.exit(f"unknown kind {kind}")
