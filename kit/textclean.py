"""Text as the kit keeps it: no control characters, no hidden direction overrides.

A NUL, an escape sequence or a right-to-left override typed (or sent by a crafted client) into a
free-text answer, a record field, an observer's note or a name would otherwise be stored and shown
as is: a NUL breaks PostgreSQL and CSV readers, ESC sequences reach terminals that print exports,
and an override makes text read differently from what it holds. Line breaks and tabs stay.
"""

from __future__ import annotations

import re
from typing import Any

_UNWANTED = re.compile(
    "["
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"  # C0 controls but tab and line breaks, and DEL
    "\x80-\x9f"  # C1 controls
    "\u200e\u200f\u202a-\u202e\u2066-\u2069"  # direction marks, embeddings, overrides, isolates
    "\ufff9-\ufffb"  # interlinear annotation controls
    "]"
)


def clean_text(text: str) -> str:
    """`text` without control and direction-override characters; a CR LF or lone CR becomes LF."""
    return _UNWANTED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_texts(value: Any) -> Any:
    """Every string in a JSON-like value (keys too) through `clean_text`; other values as given."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_texts(k): clean_texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_texts(v) for v in value]
    return value
