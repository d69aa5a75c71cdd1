"""Names that look alike compare alike: a skeleton after Unicode TR 39, for Latin look-alikes.

Without it 'Anna' with a Cyrillic A (U+0410), a zero-width space or a right-to-left override, or
'Lisa' with a dotless i (U+0131) would be new names that look exactly like a participant's, and a
facilitator could not tell them apart on the dashboard. The key of a name is: NFKC, without
format (Cf) and control characters, each non-ASCII character that TR 39's confusables.txt maps
to a Latin letter or digit replaced by it, then case-folded. ASCII is left as is, so the key of a
plain name is what it always was (its case-folded text) and stored keys stay valid.

No package with the confusables data is installed here; the table below holds the entries of
confusables.txt (Unicode 15) whose prototype is one ASCII letter, for the scripts a name can
plausibly mix in: Cyrillic, Greek, Armenian, Latin extensions and letter-like symbols.
"""

from __future__ import annotations

import unicodedata

_TABLE: dict[str, str] = {}


def _add(prototype: str, look_alikes: str) -> None:
    for char in look_alikes:
        _TABLE[char] = prototype


# (prototype, the characters TR 39 maps to it): Cyrillic and Greek first, then rarer look-alikes
_add("A", "\u0410\u0391\u13aa\u15c5\ua4ee")
_add("B", "\u0412\u0392\u13f4\u15f7\ua4d0\u0299")
_add("C", "\u0421\u03f9\u13df\ua4da\u216d")
_add("D", "\u13a0\u15ea\ua4d3\u216e")
_add("E", "\u0415\u0395\u13ac\ua4f0\u2d39")
_add("F", "\u03dc\u15b4\ua4dd")
_add("G", "\u050c\u13c0\ua4d6")
_add("H", "\u041d\u0397\u13bb\u157c\ua4e7\u029c")
_add("I", "\u0406\u0399\u04c0\u2160\ua4f2")
_add("J", "\u0408\u037f\u13ab\u148d\ua4d9")
_add("K", "\u041a\u039a\u13e6\u16d5\u212a\ua4d7")
_add("L", "\u13de\u14aa\u216c\ua4e1\u029f")
_add("M", "\u041c\u039c\u03fa\u13b7\u15f0\u216f\ua4df")
_add("N", "\u039d\ua4e0")
_add("O", "\u041e\u039f\u0555\u2d54\ua4f3\u0d20")
_add("P", "\u0420\u03a1\u13e2\u146d\ua4d1")
_add("Q", "\u051a\u2d55")
_add("R", "\u13a1\u13d2\u1587\ua4e3\u0280")
_add("S", "\u0405\u054f\u13da\u13d5\ua4e2")
_add("T", "\u0422\u03a4\u13a2\u22a4\ua4d4\u27d9")
_add("U", "\u054d\u1200\u144c\ua4f4\u222a")
_add("V", "\u0474\u0667\u13d9\u1559\u2164\ua4e6")
_add("W", "\u051c\u13b3\u13d4\ua4ea")
_add("X", "\u0425\u03a7\u2573\u2169\ua4eb\u2d5d")
_add("Y", "\u04ae\u03a5\u03d2\u13a9\u13bd\ua4ec")
_add("Z", "\u0396\u13c3\ua4dc")
_add("a", "\u0430\u0251\u03b1\u237a")
_add("b", "\u042c\u13cf\u15af")
_add("c", "\u0441\u03f2\u1d04\u217d\u2ca5")
_add("d", "\u0501\u13e7\u146f\ua4d2\u217e")
_add("e", "\u0435\u04bd\u212e\u212f\u2147\uab32")
_add("f", "\u017f\u0584\u1e9d\ua799")
_add("g", "\u0261\u0581\u1d83\u018d\u210a")
_add("h", "\u04bb\u0570\u13c2\u210e")
_add("i", "\u0131\u0456\u0269\u03b9\u026a\u2170\u2373\u1fbe\u037a\ua647")
_add("j", "\u0458\u03f3\u0237\u2149")
_add("k", "\u03ba\u0138\u1d0b\u2c95")
_add("l", "\u04cf\u01c0\u05c0\u07ca\u2223\u2c92\u217c\u2113")
_add("m", "\u217f")
_add("n", "\u0578\u057c\u03b7\u0272")
_add("o", "\u043e\u03bf\u0585\u03c3\u0ce6\u0d66\u1d0f\u2134\u2c9f\u0b66")
_add("p", "\u0440\u03c1\u03f1\u2374\u2ca3")
_add("q", "\u051b\u0563\u0566")
_add("r", "\u0433\u1d26\u2c85\uab47\uab48")
_add("s", "\u0455\ua731\u01bd\u10bd")
_add("t", "\u1d1b")
_add("u", "\u057d\u028b\u03c5\u1d1c\ua79f")
_add("v", "\u0475\u03bd\u1d20\u2174\u2228\u22c1")
_add("w", "\u0461\u051d\u026f\u1d21\u0561")
_add("x", "\u0445\u04b3\u00d7\u2179\u292b\u292c\u2a2f")
_add("y", "\u0443\u04af\u0263\u028f\u03b3\u10e7\u1eff")
_add("z", "\u1d22\uab93")

_FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}
"""Hangul fillers and the blank Braille pattern: letters (not Cf) that show as nothing."""


def invisible(char: str) -> bool:
    """Format and control characters, and letters that show as nothing: dropped from names."""
    return unicodedata.category(char) in ("Cc", "Cf") or char in _FILLERS


def skeleton(text: str) -> str:
    """The look of `text` for comparing: NFKC, invisible characters dropped, look-alikes mapped to Latin."""
    normal = unicodedata.normalize("NFKC", text)
    return "".join(_TABLE.get(char, char) for char in normal if not invisible(char))


def name_key(shown: str) -> str:
    """The key two names are matched by: equal keys look the same (case ignored)."""
    return skeleton(shown).casefold()
