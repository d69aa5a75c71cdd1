"""Write kit/scoring/data/nl_verb_forms.tsv from the installed simplemma (`python tools/verb_forms.py`).

Run it after upgrading simplemma; tests/scoring/test_verb_forms.py fails while the table is stale. Every
lower-case word simplemma's dictionary can answer for (a key, or a capitalised key's lower case) is asked
of simplemma itself; the table keeps the words whose answer differs from `kit.scoring.verb_forms.unknown`.
"""

from __future__ import annotations

import sys
from importlib.metadata import version

import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

from kit.scoring.verb_forms import TABLE, WORD, infinitive, unknown


def dictionary_words() -> list[str]:
    """The lower-case words for which simplemma's Dutch dictionary (not its rules) gives the lemma."""
    words: set[str] = set()
    for raw in _load_dictionary_from_disk("nl"):
        key = raw.decode()
        lower = key.lower()
        if WORD.fullmatch(lower) and key in (lower, lower.capitalize()):
            words.add(lower)
    return sorted(words)


def table_text() -> str:
    """The table's text: a header line, then the sorted "form<TAB>infinitive" lines."""
    lines = [f"# written by tools/verb_forms.py from simplemma {version('simplemma')} (nl); do not edit"]
    for word in dictionary_words():
        lemma = infinitive(str(simplemma.lemmatize(word, lang="nl")))
        if lemma != unknown(word):
            lines.append(f"{word}\t{lemma}")
    return "\n".join(lines) + "\n"


def main() -> int:
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    text = table_text()
    TABLE.write_text(text, encoding="ascii")
    print(f"{TABLE}: {text.count(chr(10)) - 1} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
