"""A self-contained, printable HTML page: inline styles, system fonts, nothing fetched from anywhere."""

from __future__ import annotations

import html
from datetime import date

STYLE = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; max-width: 50rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d2433; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .2em; }
h2 { font-size: 1.3rem; margin-top: 1.6em; border-bottom: 1px solid #c9cfdb; }
h3 { font-size: 1.05rem; margin: 1em 0 .2em; }
.meta, .hint, .source { color: #545c6e; font-size: .9rem; }
.answer, .note { white-space: pre-wrap; background: #f1f4f9; padding: .3em .6em; border-left: 3px solid #9aa6bd; }
.total { font-size: 1.1rem; }
.feedback { padding-left: 1.2em; }
.feedback li { margin: .25em 0; }
.reason { display: block; }
.verdict { font-weight: bold; }
.goed .verdict { color: #23704a; } .deels .verdict { color: #8a5a00; }
.gemist .verdict { color: #b02a1e; } .afgeraden .verdict { color: #a34400; } .info .verdict { color: #545c6e; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c9cfdb; padding: .35em .5em; text-align: left; vertical-align: top; }
td.blank { height: 2em; }
.choices { list-style: none; padding-left: .4em; columns: 2; column-gap: 2em; }
.choices li { break-inside: avoid; margin: .15em 0; }
.box { font-size: 1.1em; }
td.box { text-align: center; width: 7em; }
.lines .line { border-bottom: 1px solid #9aa6bd; height: 2em; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; }
  .step { break-before: auto; }
  .story { font-size: 10pt; }
  .feedback { font-size: 9.5pt; } .source, .hint { font-size: 8.5pt; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  tr, li, .answer, .note { page-break-inside: avoid; break-inside: avoid; }
  .answer, .note { background: none; }
}
"""


def page(title: str, body: str) -> str:
    """A whole HTML document; `title` is plain text (escaped here), `body` is already escaped HTML."""
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def today_text(on: date | None) -> str:
    """A date as Dutch readers write it: 23-11-2026."""
    return (on or date.today()).strftime("%d-%m-%Y")
