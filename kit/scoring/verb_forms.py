"""Dutch verb lemmas from a table derived once from simplemma's Dutch dictionary, read without loading it.

`simplemma.lemmatize(word, lang="nl")` decodes its whole Dutch dictionary (370,000 forms) on first use:
~0.45 CPU-s and +45 MB in every participant kernel, at its first feedback. The scorer only asks whether a
word is a verb form and which infinitive (a lemma ending in -en, see `kit.scoring.stems.verb_lemma`). For
a lower-case word simplemma answers from its dictionary (the word, else the word capitalised), else by its
Dutch rules (`_rule`), else with the word itself. The table (data/nl_verb_forms.tsv, sorted
"form<TAB>infinitive" lines, the infinitive empty for "no verb") holds every dictionary form whose answer
differs from what the rules and the word itself would give; everything else needs no table. It is
memory-mapped and binary-searched, so kernels share its pages and a lookup reads a few of them.

tools/verb_forms.py writes the table from the installed simplemma; tests/scoring/test_verb_forms.py
regenerates it and checks every word of the guides, scenarios and calibration sets against simplemma.
"""

from __future__ import annotations

import mmap
import re
import threading
import unicodedata
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "nl_verb_forms.tsv"
WORD = re.compile(r"[a-z0-9]+")  # the words kit.scoring.stems makes: folded, no punctuation
_OPENED: list[mmap.mmap] = []
_LOCK = threading.Lock()

# simplemma.strategies.defaultrules.nl: the suffix rules for words its dictionary lacks (copied, so that
# scoring does not import simplemma; tests/scoring/test_verb_forms.py compares the two)
_IJEN_STOPS = (
    "vrijen",
    "vlijen",
    "benedijen",
    "betijen",
    "gedijen",
    "uitdijen",
    "verdijen",
    "vermaledijen",
    "balijen",
    "librijen",
)


def fold(text: str) -> str:
    """Lower case without accents, so 'geïrriteerd' and 'geirriteerd' match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def infinitive(lemma: str) -> str:
    """The folded lemma when it is an infinitive (ends in -en, more than 3 letters), else ''."""
    folded = fold(lemma)
    return folded if folded.endswith("en") and len(folded) > 3 else ""


def _rule(word: str) -> str | None:
    """simplemma's Dutch rule for a word its dictionary does not know ('mogelijkheden' -> 'mogelijkheid')."""
    if len(word) > 6:
        if word.endswith("'s"):
            return word[:-2]
        if word.endswith("heden") and "scheden" not in word:
            return word[:-5] + "heid"
        if word.endswith("ijen") and not word.endswith(_IJEN_STOPS):
            return word[:-2]
    return None


def unknown(word: str) -> str:
    """What `verb_lemma` gives for a word the dictionary lacks: the rule's lemma, else the word itself."""
    if word.isnumeric():
        return infinitive(word)
    rule = _rule(word)
    return infinitive(rule if rule is not None else word)


def _table() -> mmap.mmap:
    if not _OPENED:
        with _LOCK:
            if not _OPENED:
                with TABLE.open("rb") as handle:
                    _OPENED.append(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    return _OPENED[0]


HALVINGS = 64
"""More halvings than any table needs (~22 for its 2.7 MB): each step at least halves the bytes left."""


def lookup(word: str) -> str | None:
    """The table's infinitive for a word ('' for a dictionary word that is no verb form), or None."""
    table, key = _table(), word.encode()
    low, high = 0, len(table)  # both at the start of a line (or the end)
    for _ in range(HALVINGS):  # bounded: a search that stopped narrowing would end, not hang the kernel
        if low >= high:
            return None
        start = table.rfind(b"\n", low, (low + high) // 2) + 1 or low
        end = table.find(b"\n", start)
        form, _, lemma = table[start:end].partition(b"\t")
        if form == key:
            return lemma.decode()
        if form < key:
            low = end + 1
        else:
            high = start
    return None


def verb_lemma(word: str) -> str:
    """The infinitive simplemma gives for a folded word when it ends in -en, else ''."""
    if not WORD.fullmatch(word):  # not a word of kit.scoring.stems: ask simplemma itself
        import simplemma

        return infinitive(str(simplemma.lemmatize(word, lang="nl")))
    found = lookup(word)
    return unknown(word) if found is None else found
