"""Typed models of every content file: methods, exercise templates, scenarios and reference answers.

The models are the single description of the file formats: the loader validates against them, the
JSON Schema for editors is generated from them, and docs/content-format.md explains them in prose.
Keys are Dutch (authors write them); attribute names equal the keys so errors point at the file.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

SCHEMA_VERSION = 1
"""The format version of methods, templates and scenarios."""

REFERENCE_SCHEMA_VERSION = 2
"""Reference files went to version 2 when `onjuist` split into `niet-van-toepassing` and `afgeraden`."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
"""A local id: lower case, digits and hyphens, e.g. ``onderhuidse-spanningen``."""

Ref = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]*$", max_length=200)]
"""A full id of a method node: the ids from the method file down, joined by dots."""

Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

AFGERADEN_NEEDS_SOURCE = (
    "status 'afgeraden' betekent dat de handreiking het afraadt: geef met 'bron' aan waar (of kies "
    "'niet-van-toepassing' als het alleen niet bij deze casus past)"
)


class Strict(BaseModel):
    """Base for all content: unknown keys are an error, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Guide(StrEnum):
    """The two KIS guides the kit is built from."""

    polarisatie = "polarisatie"  # 000: Van polarisatie naar verbinding in buurten
    spanningen = "spanningen"  # 001: Handreiking Omgaan met maatschappelijke spanningen


class Source(Strict):
    """Where in a guide a fact comes from, so every rationale can be checked by a trainer."""

    gids: Guide | None = None
    sectie: Text
    regels: str | None = Field(default=None, pattern=r"^(000|001):\d+(-\d+)?(; ?(000|001):\d+(-\d+)?)*$")


# --------------------------------------------------------------------------------------------
# Methods
# --------------------------------------------------------------------------------------------


class PracticeExample(Strict):
    """The catalogue columns of a praktijkvoorbeeld (guide 000 step 4.2, guide 001 part C1)."""

    categorie: Text
    doelprobleem: Text
    doelgroep: Text
    locatie: Text
    methode: Text


class MethodNode(Strict):
    """One element of a method: a checklist, a group within it, or an item. Children nest."""

    id: Slug
    label: Text
    uitleg: Text | None = None
    bron: Source | None = None
    kaart: list[str] = Field(default_factory=list, description="Ids in shared/DOMAIN_MAP.md")
    verwijst: list[Ref] = Field(default_factory=list, description="Related method nodes (full ids)")
    praktijkvoorbeeld: PracticeExample | None = None
    open: bool = Field(default=False, description="An 'anders, namelijk ...' item that takes free text")
    onderdelen: list[MethodNode] = Field(default_factory=list)


class StancePattern(Strict):
    """A way of answering that the guide advises against in every case of the method (a group labelled by
    origin, a list of names, repression first, silence): every written answer of the method is read for it."""

    id: Slug
    label: Text
    patronen: list[Text] = Field(
        min_length=1, description="Phrases matched like synonyms; '{klasse}' stands for each word of a word class"
    )
    toelichting: Text
    bron: Source
    gewicht: float = Field(default=1.0, gt=0)
    stappen: list[Slug] = Field(default_factory=list, description="Only in these steps (empty: every step)")
    tussen: int = Field(default=2, ge=0, le=2, description="At most this many words between the phrase's words")


class MethodFile(Strict):
    """A method: the checklists and lists of one guide, as a tree of nodes with stable ids."""

    schema_version: int
    soort: Literal["methode"]
    id: Slug
    titel: Text
    gids: Guide
    uitleg: Text
    bron: Source
    onderdelen: list[MethodNode]
    woordklassen: dict[Slug, list[Text]] = Field(
        default_factory=dict, description="Named word lists the advised-against patterns expand"
    )
    afgeraden: list[StancePattern] = Field(
        default_factory=list, description="What the guide advises against in every case of this method"
    )


# --------------------------------------------------------------------------------------------
# Exercise templates
# --------------------------------------------------------------------------------------------


class Kind(StrEnum):
    """The answer kinds: each has exactly one renderer and one scorer."""

    choose_one = "choose_one"
    choose_many = "choose_many"
    ordinal = "ordinal"
    ranking = "ranking"
    free_text = "free_text"
    records = "records"
    classify = "classify"
    timeline = "timeline"


class ScenarioList(StrEnum):
    """Lists in a scenario file that a question can take its options from."""

    signalen = "signalen"
    rollen = "rollen"
    injects = "injects"
    uitspraken = "uitspraken"


class InlineOption(Strict):
    id: Slug
    label: Text
    uitleg: Text | None = None
    vroeger: list[Slug] = Field(
        default_factory=list, description="Ids this option had before: saved answers that use them still load"
    )


class OptionSource(Strict):
    """Where a question's options come from: a method node, a scenario list, or listed inline."""

    lijst: Ref | None = Field(default=None, description="Full id of a method node; its children")
    bladeren: bool = Field(default=False, description="Take the leaves below `lijst`, not the children")
    onder: Slug | None = Field(
        default=None,
        description="With `bladeren`: only leaves below nodes with this id (e.g. 'wanneer'), grouped by child",
    )
    scenario: ScenarioList | None = None
    items: list[InlineOption] = Field(default_factory=list)
    geen: Text | None = Field(
        default=None,
        description="Label of an explicit 'none of these' option (id `geen`), distinct from not answering",
    )


class FieldMeaning(StrEnum):
    """The part of a row the guide asks for: an 'als..., dan...' scenario, a SMART action, a message."""

    voorwaarde = "voorwaarde"  # als ...: something that may happen
    gevolg = "gevolg"  # dan ...: what follows
    resultaat = "resultaat"  # a verifiable result
    eigenaar = "eigenaar"  # one of the roles
    tijd = "tijd"  # when it is done
    publiek = "publiek"  # who is addressed
    boodschap = "boodschap"  # what is said (and by which channel)


class RecordField(Strict):
    """One column of a records question (e.g. 'wie' in a SMART action)."""

    id: Slug
    label: Text
    uitleg: Text | None = None
    opties: OptionSource | None = None
    verplicht: bool = True
    betekenis: FieldMeaning | None = Field(
        default=None, description="What the column holds where the guide defines the form of a row"
    )


class Question(Strict):
    """One thing the participant answers; its kind picks the widget and the scorer."""

    id: Slug
    soort: Kind
    vraag: Text
    uitleg: Text | None = None
    opties: OptionSource | None = None
    categorieen: OptionSource | None = Field(default=None, description="classify: the bins")
    velden: list[RecordField] = Field(default_factory=list, description="records: the columns")
    max_keuzes: int | None = Field(default=None, ge=1)
    gewicht: float = Field(default=1.0, gt=0)
    alleen_bij: list[Slug] = Field(
        default_factory=list, description="Asked only on these scenarios (empty: on every scenario)"
    )
    uit: Slug | None = Field(
        default=None, description="ranking: offer only what the participant chose at this question of the step"
    )
    vroeger_in: list[Slug] = Field(
        default_factory=list,
        description="Steps that asked this question before it moved here: answers saved there load here",
    )


class Step(Strict):
    """A step of an exercise: an instruction and one or more questions."""

    id: Slug
    titel: Text
    instructie: Text
    bron: Source | None = None
    ronde: int = Field(default=0, ge=0, description="Injects up to this round are visible here")
    gedeeld: bool = Field(default=False, description="Kernteam pools its information: all roles' injects")
    beleid: bool = Field(default=False, description="Show the scenario's 'wat loopt er al' sheet at this step")
    vragen: list[Question] = Field(min_length=1)
    nabespreking: list[Text] = Field(
        default_factory=list, max_length=4, description="Debrief questions the facilitator discusses with the group"
    )


class Variant(Strict):
    """One playable exercise form built from the template's steps (e.g. one SAMOS oefenvorm)."""

    id: Slug
    titel: Text
    uitleg: Text
    bron: Source | None = None
    stappen: list[Slug] = Field(min_length=1)
    rollen: Literal["kernteam", "kernteam-en-een-externe", "kernteam-en-externen", "alle"] = "alle"
    gegeven_beeld: bool = Field(default=False, description="Show the scenario's situatiebeeld as given")


class TemplateFile(Strict):
    """Steps that play on every scenario of one type; variants pick which steps and roles."""

    schema_version: int
    soort: Literal["sjabloon"]
    id: Slug
    titel: Text
    voor: Literal["casus", "samos"]
    methode: Slug
    uitleg: Text
    situatie: Text = Field(
        default="deze casus",
        description="How the feedback names the situation played ('deze casus', 'dit scenario')",
    )
    stappen: list[Step] = Field(min_length=1)
    varianten: list[Variant] = Field(min_length=1)


# --------------------------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------------------------


class Signal(Strict):
    """A fact from the narrative that a participant may recognise as a signal."""

    id: Slug
    tekst: Text


class Role(Strict):
    id: Slug
    naam: Text
    organisatie: Text
    soort: Literal["kernteam", "extern"]
    omschrijving: Text


class InjectType(StrEnum):
    waarneming = "waarneming"
    gerucht = "gerucht"
    incident = "incident"
    mediabericht = "mediabericht"
    verzoek = "verzoek"


class Inject(Strict):
    """A message that reaches some roles at a moment of the exercise."""

    id: Slug
    ronde: int = Field(ge=1)
    tijd: Text = Field(description="Shown as is, e.g. 'dag 1, 21:40'")
    bron: Text
    ontvangers: list[Slug] = Field(min_length=1)
    type: InjectType
    tekst: Text
    alleen_bij: list[Slug] = Field(default_factory=list, description="Only in these variants (empty: all)")


SCRIPT_TIME = re.compile(r"^T\+(\d{1,2}):([0-5]\d)$")
"""A moment relative to the start of the exercise clock: 'T+0:10' is ten minutes in."""


def script_seconds(tijd: str) -> int:
    """Seconds after the start of the clock of a time like 'T+1:05'; ValueError if malformed."""
    match = SCRIPT_TIME.match(tijd.strip().upper())
    if match is None:
        raise ValueError("script_time")
    return int(match.group(1)) * 3600 + int(match.group(2)) * 60


class ScriptCondition(StrEnum):
    """When a scripted inject waits for the team, not only for the clock."""

    niet_genoemd = "niet-genoemd"
    stap_ingeleverd = "stap-ingeleverd"


class ScriptEntry(Strict):
    """One line of the inject script (MSEL): at `tijd`, release `inject` to `ontvangers`.

    `niet-genoemd`: released at `tijd` only if the team's answer to `stap` (and `vraag`) does not
    name `waarde` by then; otherwise it lapses. `stap-ingeleverd`: released once `tijd` has passed
    and the team has handed in `stap`.
    """

    nr: int = Field(ge=1, description="Number of the line, unique within the script")
    tijd: str = Field(description="Relative time 'T+H:MM' from the start of the clock")
    inject: Slug
    ontvangers: list[Slug] = Field(default_factory=list, description="Roles; empty: the inject's own recipients")
    voorwaarde: ScriptCondition | None = None
    stap: Slug | None = None
    vraag: Slug | None = None
    waarde: Text | None = None

    @field_validator("tijd")
    @classmethod
    def _time_format(cls, value: str) -> str:
        script_seconds(value)
        return value.strip().upper()

    @model_validator(mode="after")
    def _condition_complete(self) -> ScriptEntry:
        if self.voorwaarde is not None and self.stap is None:
            raise ValueError("script_needs_step")
        if self.voorwaarde == ScriptCondition.niet_genoemd and self.waarde is None:
            raise ValueError("script_needs_value")
        return self


class Statement(Strict):
    """A statement to classify (e.g. waarneming or oordeel)."""

    id: Slug
    tekst: Text


class ScenarioFile(Strict):
    """A casus or SAMOS scenario: the story, its facts, and for SAMOS roles and injects."""

    schema_version: int
    soort: Literal["scenario"]
    id: Slug
    type: Literal["casus", "samos"]
    titel: Text
    samenvatting: Text
    verhaal: Text
    bron: list[Source] = Field(min_length=1)
    signalen: list[Signal] = Field(default_factory=list)
    rollen: list[Role] = Field(default_factory=list)
    injects: list[Inject] = Field(default_factory=list)
    uitspraken: list[Statement] = Field(default_factory=list)
    draaiboeken: dict[Slug, list[ScriptEntry]] = Field(
        default_factory=dict, description="Inject script (MSEL) per oefenvorm id: timed and conditional injects"
    )
    situatiebeeld: Text | None = Field(
        default=None, description="A finished picture and judgement, given in exercises on decision-making"
    )
    beleid: Text | None = Field(
        default=None, description="'Wat loopt er al': current policy, services and partners, for the beleidsdiagnose"
    )


# --------------------------------------------------------------------------------------------
# Reference answers
# --------------------------------------------------------------------------------------------


class Status(StrEnum):
    """How the reference sees an option; each status has its own cost and its own feedback wording."""

    kern = "kern"  # the analysis needs it
    passend = "passend"  # defensible, but not the core
    niet_van_toepassing = "niet-van-toepassing"  # the facts of this case do not support it
    afgeraden = "afgeraden"  # the guide advises against it; needs a `bron`


class Concept(Strict):
    """A key concept for free text; found when any synonym's stems occur in the answer."""

    id: Slug
    label: Text
    synoniemen: list[Text] = Field(min_length=1)
    gewicht: float = Field(default=1.0, gt=0)
    toelichting: Text
    bron: Source | None = None
    alleen_met: list[Slug] = Field(
        default_factory=list, description="Expected only where one of these roles plays (empty: always)"
    )


class OptionVerdict(Strict):
    """The reference's view of one option: how central it is and why.

    For an 'anders, namelijk ...' option, `begrippen` lists what the participant's own text should name.
    """

    id: Ref
    status: Status
    gewicht: float = Field(default=1.0, gt=0)
    toelichting: Text
    bron: Source | None = None
    begrippen: list[Concept] = Field(default_factory=list)

    @model_validator(mode="after")
    def _advised_against_has_source(self) -> OptionVerdict:
        if self.status is Status.afgeraden and self.bron is None:
            raise ValueError(AFGERADEN_NEEDS_SOURCE)
        return self


class AdvisedAgainst(Concept):
    """Something the guide advises against (banning, repression first, silence, profiling groups):
    naming it costs points and the feedback gives the guide's reason."""

    bron: Source  # required here: 'afgeraden' always says where the guide says so


class RankedAdvice(Strict):
    """An option that the guide puts last; placed high in a ranking it costs points and is named."""

    id: Ref
    toelichting: Text
    bron: Source


class ClassVerdict(Strict):
    item: Slug
    categorie: Ref
    toelichting: Text


class ChoiceReference(Strict):
    """choose_one / choose_many: verdicts on the options that matter."""

    soort: Literal["keuze"]
    opties: list[OptionVerdict] = Field(min_length=1)
    modelantwoord: Text


class RangeReference(Strict):
    """ordinal / timeline: the accepted range on the scale, and the best point in it."""

    soort: Literal["bereik"]
    accepteer: list[Ref] = Field(min_length=1)
    beste: Ref
    toelichting: Text
    bron: Source | None = None
    modelantwoord: Text


class RankingReference(Strict):
    soort: Literal["volgorde"]
    volgorde: list[Ref] = Field(min_length=2)
    toelichting: Text
    bron: Source | None = None
    afgeraden: list[RankedAdvice] = Field(default_factory=list)
    modelantwoord: Text


class TextReference(Strict):
    """free_text and records: concepts the answer should contain; records also need full rows."""

    soort: Literal["begrippen"]
    begrippen: list[Concept] = Field(min_length=1)
    afgeraden: list[AdvisedAgainst] = Field(default_factory=list, description="Naming these costs points")
    min_rijen: int = Field(default=0, ge=0, description="records: how many complete rows are expected")
    modelantwoord: Text
    modelantwoord_per_rol: dict[Slug, Text] = Field(
        default_factory=dict, description="A role question: the model answer as each role would give it"
    )


class ClassifyReference(Strict):
    soort: Literal["indeling"]
    indeling: list[ClassVerdict] = Field(min_length=1)
    modelantwoord: Text


QuestionReference = Annotated[
    ChoiceReference | RangeReference | RankingReference | TextReference | ClassifyReference,
    Field(discriminator="soort"),
]


class StepReference(Strict):
    vragen: dict[Slug, QuestionReference]
    invullen: list[Slug] = Field(
        default_factory=list,
        description="Questions of this step the author has not answered yet (INVULLEN): left out of play until then",
    )
    modelantwoord: Text | None = None


class AnswerFile(Strict):
    """The reference solution for one scenario, covering every step its exercises ask."""

    schema_version: int
    soort: Literal["referentie"]
    scenario: Slug
    stappen: dict[Slug, StepReference]


ContentFile = MethodFile | TemplateFile | ScenarioFile | AnswerFile
FILE_VERSIONS: dict[str, int] = {
    "methode": SCHEMA_VERSION,
    "sjabloon": SCHEMA_VERSION,
    "scenario": SCHEMA_VERSION,
    "referentie": REFERENCE_SCHEMA_VERSION,
}
"""The schema_version each kind of file must carry."""

FILE_MODELS: dict[str, type[Strict]] = {
    "methode": MethodFile,
    "sjabloon": TemplateFile,
    "scenario": ScenarioFile,
    "referentie": AnswerFile,
}
