"""fit_reference: a scenario-wide reference fitted to the options one exercise offers, kind by kind."""

from __future__ import annotations

from kit.content.models import (
    ChoiceReference,
    ClassifyReference,
    ClassVerdict,
    Concept,
    OptionVerdict,
    RangeReference,
    RankingReference,
    Status,
    TextReference,
)
from kit.scoring.fit import fit_reference
from kit.scoring.freetext import own_phrases
from kit.scoring.stems import content_stems, is_participle

CHOICE = ChoiceReference(
    soort="keuze",
    opties=[OptionVerdict(id=i, status=Status.kern, toelichting="t") for i in ("a", "b", "c")],
    modelantwoord="m",
)
RANGE = RangeReference(soort="bereik", accepteer=["s1", "s2", "s3"], beste="s2", toelichting="t", modelantwoord="m")
RANKING = RankingReference(soort="volgorde", volgorde=["a", "b", "c"], toelichting="t", modelantwoord="m")
CLASSIFY = ClassifyReference(
    soort="indeling",
    indeling=[ClassVerdict(item=i, categorie="x", toelichting="t") for i in ("a", "b")],
    modelantwoord="m",
)


def test_choices_keep_only_the_offered_options_or_all_when_none_is_offered() -> None:
    assert [v.id for v in fit_reference(CHOICE, {"a", "c", "z"}).opties] == ["a", "c"]
    assert fit_reference(CHOICE, {"z"}).opties == CHOICE.opties
    assert fit_reference(CHOICE, set()) is CHOICE


def test_a_range_keeps_the_offered_points_and_moves_the_best_into_them() -> None:
    fitted = fit_reference(RANGE, {"s2", "s3"})
    assert (fitted.accepteer, fitted.beste) == (["s2", "s3"], "s2")
    moved = fit_reference(RANGE, {"s3", "s1"})
    assert (moved.accepteer, moved.beste) == (["s1", "s3"], "s1")
    kept = fit_reference(RANGE, {"s1", "s2"})  # the best point stays best, even when it is not first
    assert (kept.accepteer, kept.beste) == (["s1", "s2"], "s2")
    assert fit_reference(RANGE, {"s9"}) is RANGE


def test_a_ranking_keeps_the_offered_order_when_two_or_more_remain() -> None:
    assert fit_reference(RANKING, {"c", "a"}).volgorde == ["a", "c"]
    assert fit_reference(RANKING, {"b"}) is RANKING
    assert fit_reference(RANKING, {"a", "b", "c"}).volgorde == ["a", "b", "c"]


def test_classify_keeps_the_offered_items_or_all() -> None:
    assert [v.item for v in fit_reference(CLASSIFY, {"b"}).indeling] == ["b"]
    assert fit_reference(CLASSIFY, {"z"}).indeling == CLASSIFY.indeling


def test_text_references_are_never_fitted() -> None:
    text = TextReference(
        soort="begrippen", begrippen=[Concept(id="a", label="a", synoniemen=["a"], toelichting="t")], modelantwoord="m"
    )
    assert fit_reference(text, {"x"}) is text


def concept(concept_id: str, *roles: str) -> Concept:
    return Concept(id=concept_id, label=concept_id, synoniemen=[concept_id], toelichting="t", alleen_met=list(roles))


def test_a_concept_tied_to_roles_is_asked_only_where_one_of_them_plays() -> None:
    text = TextReference(
        soort="begrippen",
        begrippen=[concept("a"), concept("b", "gemeente"), concept("c", "corporatie", "school")],
        modelantwoord="m",
    )

    def asked(*roles: str) -> list[str]:
        return [c.id for c in fit_reference(text, set(), set(roles)).begrippen]

    assert asked("school") == ["a", "c"]  # one of c's roles is enough
    assert asked("gemeente", "corporatie") == ["a", "b", "c"]
    assert asked("politie") == ["a"]  # a concept without roles is always asked
    assert asked() == ["a"]
    only_tied = TextReference(soort="begrippen", begrippen=[concept("b", "gemeente")], modelantwoord="m")
    assert [c.id for c in fit_reference(only_tied, set(), {"politie"}).begrippen] == ["b"]  # never nothing asked
    assert fit_reference(text, {"x"}, None) is text  # no roles known: the reference as written


def test_content_stems_leave_out_the_small_words() -> None:
    assert content_stems("de jongeren bij het plein") == frozenset({"jonger", "plein"})
    assert content_stems("van de en het") == frozenset()


def test_a_synonym_made_only_of_words_other_concepts_share_is_generic() -> None:
    phrases = own_phrases(
        (
            ("skatebaan", ("jongeren bij de skatebaan", "skatebaan", "jongeren")),
            ("overlast", ("overlastgevende jongeren", "jongeren", "overlast")),
            ("rest", ("jongeren", "de jongeren")),  # only generic: the concept keeps its phrases
        )
    )
    assert phrases[0] == ("jongeren bij de skatebaan", "skatebaan")
    assert phrases[1] == ("overlastgevende jongeren", "overlast")
    assert phrases[2] == ("jongeren", "de jongeren")


def test_participles_are_told_apart_from_other_verb_forms() -> None:
    assert is_participle("gehoord") and is_participle("gesloten")
    assert not is_participle("horen") and not is_participle("hoort") and not is_participle("gevel")
    assert not is_participle("geven")  # an infinitive that starts with ge
    # a verb that itself starts with ge: 'gebeurt', 'gelooft' are present tense, not participles
    assert not is_participle("gebeurt") and not is_participle("gelooft") and not is_participle("geniet")


def test_the_engine_asks_a_concept_tied_to_roles_only_in_an_exercise_where_one_of_them_plays() -> None:
    """Internationaal conflict: the kerkbestuur and the moderator play in oefenvorm 5, not in 4. The question
    to the external parties is the same; in 4 feedback never misses an agreement with a party not at the table."""
    from kit.content.library import cached_library
    from kit.scoring.engine import score_step

    library = cached_library()
    school = "De school voert klassengesprekken met leerlingen en ouders; docenten en mentoren helpen."
    missed, scores = {}, {}
    for variant in ("oefenvorm-4", "oefenvorm-5"):
        exercise = library.exercise(f"internationaal-conflict/{variant}")
        answer = {"betrekken": ["school"], "vraag-aan-extern": school}
        result = next(q for q in score_step(exercise, "extern", answer).questions if q.question == "vraag-aan-extern")
        missed[variant] = " ".join(f.tekst for f in result.feedback).lower()
        scores[variant] = result.score
    assert "moderator" not in missed["oefenvorm-4"] and "kerkbestuur" not in missed["oefenvorm-4"]
    assert "met de moderator" in missed["oefenvorm-5"] and "met het kerkbestuur" in missed["oefenvorm-5"]
    assert scores["oefenvorm-4"] > scores["oefenvorm-5"] > 0  # one concept of fewer asked counts for more
