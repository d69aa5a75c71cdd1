"""A self-contained, printable HTML page: inline styles, nothing fetched from anywhere."""

from __future__ import annotations

import html

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 48rem; margin: 2rem auto; color: #1d2433;
       line-height: 1.5; padding: 0 1rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 1.6em; border-bottom: 1px solid #d8dce6; }
h3 { font-size: 1.05rem; margin-bottom: .2em; }
.meta, .hint, .source { color: #5a6275; font-size: .9rem; }
.answer { white-space: pre-wrap; background: #f3f6fb; padding: .3em .6em; border-radius: 4px; }
.goed { color: #2e8b57; } .deels { color: #b7791f; } .gemist { color: #c0392b; } .afgeraden { color: #c05621; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #d8dce6; padding: .3em .5em;
        text-align: left; vertical-align: top; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
               section { page-break-inside: avoid; } }
"""


def page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>{body}</body></html>\n"
    )
