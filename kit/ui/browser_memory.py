"""Remember the participant's resume code in their browser (localStorage), so a reload needs nothing.

An invisible anywidget: its few lines of JavaScript run in the page (served by Voila from the
installed anywidget extension, nothing from the internet), report what this browser remembered
through `value`, and store whatever the kernel puts in `value`. Python only sees a JSON text.
"""

from __future__ import annotations

import json
from typing import Any

import anywidget
import traitlets

STORAGE_KEY = "oefenkit-aanmelding"

_ESM = """
function read(key) {
  try { return window.localStorage.getItem(key) || ""; } catch (e) { return ""; }
}
function write(key, value) {
  try {
    if (value) { window.localStorage.setItem(key, value); } else { window.localStorage.removeItem(key); }
  } catch (e) { /* private browsing: the participant types the code instead */ }
}
function render({ model, el }) {
  const key = model.get("storage_key");
  const remembered = read(key);
  if (remembered && !model.get("value")) {
    model.set("value", remembered);
    model.save_changes();
  }
  model.on("change:value", () => write(key, model.get("value")));
  el.style.display = "none";
}
export default { render };
"""


class BrowserMemory(anywidget.AnyWidget):
    """`value` is a JSON text kept in the browser under `storage_key`; '' when nothing is kept."""

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    storage_key = traitlets.Unicode(STORAGE_KEY).tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)

    def remembered(self) -> dict[str, Any]:
        """What the browser remembered, as a dict (empty when nothing or something unreadable)."""
        try:
            data = json.loads(self.value) if self.value else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def remember(self, **values: Any) -> None:
        """Keep these values in the browser (replacing what was kept)."""
        self.value = json.dumps(values, ensure_ascii=False)

    # A resume code per scope (a workshop code, or '' for self-study), and the scope signed in last,
    # so self-study in this browser never overwrites the code of a workshop, or the other way round.

    def code_for(self, scope: str) -> str:
        """The resume code this browser keeps for `scope` ('' when none)."""
        codes = self.remembered().get("codes")
        found = codes.get(scope) if isinstance(codes, dict) else None
        return found if isinstance(found, str) else ""

    def last_scope(self) -> str:
        last = self.remembered().get("last")
        return last if isinstance(last, str) else ""

    def keep(self, scope: str, code: str) -> None:
        """Remember `code` for `scope`, and `scope` as the one to resume on the next page load."""
        codes = self.remembered().get("codes")
        kept = {k: v for k, v in codes.items() if isinstance(v, str)} if isinstance(codes, dict) else {}
        if code:
            kept[scope] = code
        self.remember(codes=kept, last=scope)

    def forget(self) -> None:
        self.value = ""
