"""Focus tokens: the page script (oefenkit.js) moves focus to an element whose token it has not seen yet.

A new step, new feedback or the signed-in page carries a fresh token, so focus and scroll follow the
learner's action; a live refresh re-renders the same token and so never takes focus away.
"""

from __future__ import annotations

import itertools

_counter = itertools.count(1)


def new_token() -> str:
    return f"ok{next(_counter)}"


def focus_attrs(token: str) -> str:
    """Attributes for the element that should get focus (a heading: tabindex -1 makes it focusable)."""
    return f' tabindex="-1" data-ok-focus="{token}"'
