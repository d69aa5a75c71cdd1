"""Structural checks on a row where the guide defines its form (SAMOS werkprotocol, guide 001).

- an 'als ..., dan ...' scenario has a condition (something that may happen, not a decision of the
  kernteam) and a consequence;
- a SMART action has an owner among the roles, a verifiable result and a time the participant set: a day,
  a date or a span ('binnen twee dagen'), not a bare preposition ('voor de bewoners'), and not the time of
  a message they read ('maandag 10:40' from an inject is when something happened, not a deadline);
- a communication row names its audience, a message of a few words and a channel.

The columns say what they hold (`betekenis` in the template); a row with none of them has no form to check.
The checks return the Dutch reasons a row fails, empty when it passes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kit.content.models import FieldMeaning, RecordField
from kit.scoring.stems import analyse, is_participle, verb_lemma
from kit.scoring.texts import FORM

DECISION_WORDS = frozenset(
    [
        "we",
        "wij",
        "ik",
        "ons",
        "onze",
        "kernteam",
        "besluiten",
        "besluit",
        "besloten",
        "inzetten",
        "verbieden",
        "verbod",
    ]
)
SUBJECT_START = frozenset(
    ["er", "de", "het", "een", "ze", "zij", "hij", "die", "dat", "deze", "dit", "veel", "meer", "andere", "beide"]
)
WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
TIME = re.compile(
    r"\d|\b(vandaag|morgen|overmorgen|vanavond|vanmiddag|vanochtend|direct|meteen|uur|dag|dagen|week|weken|"
    rf"maand|ochtend|middag|avond|nacht|weekend)\b|({WEEKDAYS})"
)
CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")
WEEKDAY = re.compile(WEEKDAYS)
Moment = tuple[str, str]  # (weekday or '', 'hh:mm')
MEASURE = re.compile(
    r"\d|\b(alle|iedere|elke|aantal|lijst|verslag|overzicht|brief|afspraak|afspraken|plan|besproken|bericht|"
    r"bijeenkomst|gesprek|gesprekken|contact)\b"
)
CHANNELS = re.compile(
    r"\b(brief|brieven|bewonersbrief|huis-aan-huis|huis|website|site|facebook|instagram|twitter|tiktok|"
    r"snapchat|whatsapp|app|appgroep|sociale|media|online|persbericht|pers|krant|radio|tv|televisie|"
    r"bijeenkomst|informatieavond|avond|gesprek|gesprekken|persoonlijk|telefoon|telefonisch|bellen|mail|"
    r"e-mail|nieuwsbrief|flyer|flyers|folder|poster|les|klas|klassen|mentor|ouderavond|preek|vrijdaggebed|"
    r"dienst|huisbezoek|huisbezoeken|deur|aan de deur|buurtapp|wijkkrant|lokale omroep|omroep|video)\b"
)


def form_problems(
    fields: list[RecordField], row: Mapping[str, str], roles: set[str], shown: frozenset[Moment] = frozenset()
) -> list[str]:
    """Why a row does not have the form its columns ask for; empty when it does (or has no form).

    `shown` holds the moments of the messages the participant read (`moments` of the injects' times).
    """
    by_meaning = {f.betekenis: str(row.get(f.id) or "").strip() for f in fields if f.betekenis is not None}
    problems: list[str] = []
    if FieldMeaning.voorwaarde in by_meaning:
        condition = by_meaning[FieldMeaning.voorwaarde]
        if len(analyse(condition).words) < 2:
            problems.append(FORM["no_condition"])
        elif _is_decision(condition):
            problems.append(FORM["decision_as_condition"])
    if FieldMeaning.gevolg in by_meaning and len(analyse(by_meaning[FieldMeaning.gevolg]).words) < 2:
        problems.append(FORM["no_consequence"])
    if FieldMeaning.eigenaar in by_meaning and by_meaning[FieldMeaning.eigenaar] not in roles:
        problems.append(FORM["no_owner"])
    if FieldMeaning.tijd in by_meaning:
        problems += _time_problems(by_meaning[FieldMeaning.tijd], shown)
    if FieldMeaning.resultaat in by_meaning and not _verifiable(by_meaning[FieldMeaning.resultaat]):
        problems.append(FORM["no_result"])
    if FieldMeaning.publiek in by_meaning and not analyse(by_meaning[FieldMeaning.publiek]).words:
        problems.append(FORM["no_audience"])
    if FieldMeaning.boodschap in by_meaning:
        if len(analyse(by_meaning[FieldMeaning.boodschap]).words) < 3:
            problems.append(FORM["no_message"])
        if not CHANNELS.search(_lower(" ".join(str(v) for v in row.values()))):
            problems.append(FORM["no_channel"])
    return problems


def _time_problems(text: str, shown: frozenset[Moment]) -> list[str]:
    if not TIME.search(text.lower()):
        return [FORM["no_time"]]
    if any(_same_moment(mine, theirs) for mine in moments(text) for theirs in shown):
        return [FORM["copied_time"]]
    return []


def moments(text: str) -> frozenset[Moment]:
    """The clock times a text names, each with the weekday it names ('' when it names none)."""
    lowered = text.lower()
    days = WEEKDAY.findall(lowered) or [""]
    clocks = [f"{int(hour):02d}:{minute}" for hour, minute in CLOCK.findall(lowered)]
    return frozenset((day, clock) for day in days for clock in clocks)


def _same_moment(mine: Moment, theirs: Moment) -> bool:
    """The same clock time on the same day; a side that names no day matches any day."""
    return mine[1] == theirs[1] and (not mine[0] or not theirs[0] or mine[0] == theirs[0])


def _lower(text: str) -> str:
    return " ".join(analyse(text).words)


def _is_decision(text: str) -> bool:
    """A row written as a decision ('ME inzetten', 'we verbieden de bijeenkomst'), not as a condition."""
    words = analyse(text).words
    if any(w in DECISION_WORDS for w in words):
        return True
    last = words[-1]
    # a bare infinitive phrase ('skatebaan sluiten') is an order, not an event
    return len(words) <= 3 and words[0] not in SUBJECT_START and verb_lemma(last) == last


def _verifiable(text: str) -> bool:
    """A result you can check afterwards: a number, a countable thing, or something done ('gesproken')."""
    words = analyse(text).words
    return bool(MEASURE.search(" ".join(words))) or any(is_participle(w) for w in words)
