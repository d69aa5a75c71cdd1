"""Score results with their feedback: plain data that the CLI prints and the feedback view shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from kit.content.models import Source
from kit.scoring.texts import tidy


class Verdict(StrEnum):
    goed = "goed"  # chosen and right
    deels = "deels"  # partly right, or acceptable but not the core
    gemist = "gemist"  # a core item the participant did not give
    past_niet = "past-niet"  # chosen, but the facts of this case do not support it
    afgeraden = "afgeraden"  # chosen, but the guide advises against it
    info = "info"  # context without points


@dataclass(frozen=True)
class Feedback:
    verdict: Verdict
    tekst: str
    toelichting: str | None = None
    bron: str | None = None

    def __post_init__(self) -> None:
        # Sentences end in a label ("Gemist: {label}."); a label ending in '?' must not become '?.'.
        object.__setattr__(self, "tekst", tidy(self.tekst))


@dataclass(frozen=True)
class QuestionResult:
    question: str
    kind: str
    score: float
    weight: float
    feedback: tuple[Feedback, ...]
    modelantwoord: str | None = None
    modelantwoord_per_rol: dict[str, str] = field(default_factory=dict)  # a role question: per role id


def model_for_role(question: dict[str, Any], role: str | None) -> str | None:
    """The model answer a learner in `role` is shown: the role's own where the question has one per role."""
    own: dict[str, str] = question.get("modelantwoord_per_rol") or {}
    return own.get(role or "") or question.get("modelantwoord")


@dataclass(frozen=True)
class StepResult:
    step: str
    title: str
    score: float
    questions: tuple[QuestionResult, ...]
    modelantwoord: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; the verdict enums become their Dutch words."""
        data = asdict(self)
        for question in data["questions"]:
            for item in question["feedback"]:
                item["verdict"] = Verdict(item["verdict"]).value
        return data


@dataclass(frozen=True)
class Result:
    exercise: str
    total: float
    steps: tuple[StepResult, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as printed by `python -m kit score` and stored with a submission."""
        return {"exercise": self.exercise, "total": self.total, "steps": [s.to_dict() for s in self.steps]}


GUIDE_TITLES = {"polarisatie": "Handreiking polarisatie", "spanningen": "Handreiking maatschappelijke spanningen"}
GUIDE_BY_FILE = {"000": "polarisatie", "001": "spanningen"}


@lru_cache(maxsize=4096)
def cite(source: Source | None) -> str | None:
    """A citation a learner can look up, e.g. 'Handreiking polarisatie, Stap 2.5 Oorzaken'.

    The line ranges stay in the data for authors; a learner reads the guide by its sections.
    """
    if source is None:
        return None
    guide = source.gids.value if source.gids else GUIDE_BY_FILE.get((source.regels or "")[:3], "")
    name = GUIDE_TITLES.get(guide, "")
    return f"{name}, {source.sectie}" if name else source.sectie


def percent(score: float | None) -> str:
    """A score as people read it ('87%'); a dash where there is none yet."""
    return "—" if score is None else f"{round(score * 100)}%"


def clamp(value: float) -> float:
    return max(0.0, min(1.0, value))
