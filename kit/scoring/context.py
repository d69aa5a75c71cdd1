"""What a scorer gets: the question, its options, the reference block and the participant's answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kit.content.models import Question, StancePattern
from kit.content.options import Option
from kit.scoring.copied import Shingles


@dataclass(frozen=True)
class ScoreContext:
    question: Question
    options: dict[str, Option]
    categories: dict[str, Option]
    reference: Any  # the reference model matching the kind (see kit.kinds)
    answer: Any  # already checked against the kind's answer shape
    open_texts: dict[str, str] = field(default_factory=dict)  # 'anders, namelijk ...' texts by option id
    field_options: dict[str, dict[str, Option]] = field(default_factory=dict)  # records: dropdown columns
    material: Shingles = frozenset()  # runs of words the participant can read on the screen (kit.scoring.copied)
    shown_moments: frozenset[tuple[str, str]] = frozenset()  # times of the injects (kit.scoring.forms.moments)
    stance: tuple[StancePattern, ...] = ()  # the method's advised-against patterns for this step (kit.scoring.stance)
    word_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the words those patterns expand
    situatie: str = "deze casus"  # how feedback names the situation: the template's `situatie` ('dit scenario')

    def label(self, option_id: str) -> str:
        """The option's label without a closing full stop: feedback sentences add their own."""
        option = self.options.get(option_id) or self.categories.get(option_id)
        label = option.label if option else option_id
        return label[:-1] if label.endswith(".") and not label.endswith("..") else label
