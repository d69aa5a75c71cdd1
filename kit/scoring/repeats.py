"""Text written again: the same free text in several fields of a step earns credit once.

Pasting one block into every field would otherwise collect each field's concepts from it. Texts whose
meaningful words mostly coincide (Jaccard at least `ALIKE`) form a group; the field where the text
answers its question best keeps its score, the others score nothing for it.
"""

from __future__ import annotations

from kit.scoring.stems import content_stems

ALIKE = 0.8  # share of meaningful words in common (of all in either) that makes two texts one text
MIN_WORDS = 4  # shorter texts ('zie boven', a name) may well recur by accident


def alike(words: frozenset[str], other: frozenset[str]) -> bool:
    union = words | other
    return not union or len(words & other) / len(union) >= ALIKE


def repeated_groups(texts: dict[str, str]) -> list[list[str]]:
    """The fields (in the given order) that hold the same text as another field, grouped."""
    words = {key: content_stems(text) for key, text in texts.items()}
    groups: list[list[str]] = []
    for key, own in words.items():
        if len(own) < MIN_WORDS:
            continue
        group = next((g for g in groups if alike(own, words[g[0]])), None)
        if group is None:
            groups.append([key])
        else:
            group.append(key)
    return [g for g in groups if len(g) > 1]
