"""Dutch counts with the right form: "1 deelnemer heeft", "2 deelnemers hebben", "1 stap", "3 stappen".

Dutch plurals are irregular, so every caller names both forms; `count` puts the number in front.
"""

from __future__ import annotations

Forms = tuple[str, str]

DEELNEMER: Forms = ("deelnemer", "deelnemers")
HEEFT: Forms = ("heeft", "hebben")
IS: Forms = ("is", "zijn")
TELT: Forms = ("telt", "tellen")
STAP: Forms = ("stap", "stappen")
VRAAG: Forms = ("vraag", "vragen")
REGEL: Forms = ("regel", "regels")
INZENDING: Forms = ("inzending", "inzendingen")
KEUZE: Forms = ("keuze", "keuzes")
TAFEL: Forms = ("tafel", "tafels")
FOUT: Forms = ("fout", "fouten")
KERNEL: Forms = ("kernel", "kernels")
OPTIE: Forms = ("optie", "opties")
LEVERDE: Forms = ("leverde", "leverden")
PROBLEEM: Forms = ("probleem", "problemen")
PLEK: Forms = ("plek", "plekken")


def form(n: int, forms: Forms) -> str:
    """The singular for exactly one, the plural otherwise (also for 0: "0 vragen")."""
    return forms[0] if n == 1 else forms[1]


def count(n: int, forms: Forms) -> str:
    """'1 stap', '2 stappen'."""
    return f"{n} {form(n, forms)}"
