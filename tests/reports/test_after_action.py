"""The after-action report: exact figures for a small simulated group, and the five parts on the page."""

from __future__ import annotations

import copy
import html
import statistics

import pandas as pd
import pytest
from reports_support import Answers, assert_self_contained, play

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.content.models import ChoiceReference
from kit.reports import after_action_html, after_action_numbers
from kit.scoring.model_answers import model_answers
from kit.store import Store

CAUSE = "stappenplan.oorzaken."
PARTS = ("1. Doelstellingen", "2. Deelname", "3. Sterke punten", "4. Verbeterpunten", "5. Verbeterplan")


def variant(full: Answers, causes: str | None = None, explanation: str | None = None, phase: bool = True) -> Answers:
    """The model answers with stap-2-5's causes and stap-2-2's explanation (or the whole step) replaced."""
    answers = copy.deepcopy(full)
    if causes is not None:
        answers["stap-2-5"]["oorzaken"] = [CAUSE + letter for letter in causes]
    if explanation is not None:
        answers["stap-2-2"]["toelichting"] = explanation
    if not phase:
        answers["stap-2-2"] = {}
    return answers


@pytest.fixture
def casus(library: Library) -> Exercise:
    return library.exercise("casus-1")


@pytest.fixture
def group(store: Store, casus: Exercise) -> str:
    """Five participants on casus-1; per step (2.2 scores: phase weight 1, explanation weight 0.5):

    Anna   everything as the reference                      2.2: 1       2.5: 1
    Bram   causes A+B only (after an empty first attempt)    2.2: 1       2.5: 2/4
    Cem    causes A+B, no explanation                       2.2: 1/1.5   2.5: 2/4
    Dewi   causes A+B, step 2.2 left empty                  2.2: 0       2.5: 2/4
    Eva    cause A only, explanation names 2 of 5 concepts  2.2: 1.2/1.5 2.5: 1/4
    """
    code = store.create_workshop("Groep <Noord>", [casus.id], "individueel").code
    full = model_answers(casus)
    play(store, code, "Bram", casus, {})
    play(store, code, "Anna", casus, full)
    play(store, code, "Bram", casus, variant(full, causes="ab"))
    play(store, code, "Cem", casus, variant(full, causes="ab", explanation=""))
    play(store, code, "Dewi", casus, variant(full, causes="ab", phase=False))
    play(store, code, "Eva", casus, variant(full, causes="a", explanation="Er is veel irritatie en angst."))
    return code


def test_the_figures_of_the_group_are_exact(store: Store, casus: Exercise, group: str) -> None:
    numbers = after_action_numbers([casus], store.results_frame(group, latest_only=True))
    assert (numbers.submitted, numbers.results) == (5, 5)
    step_22 = {"Anna": 1.0, "Bram": 1.0, "Cem": 0.6667, "Dewi": 0.0, "Eva": 0.8}
    step_25 = {"Anna": 1.0, "Bram": 0.5, "Cem": 0.5, "Dewi": 0.5, "Eva": 0.25}
    title = {s.id: s.titel for s in casus.steps}
    assert numbers.step_means[title["stap-2-2"]] == pytest.approx(sum(step_22.values()) / 5)  # 0.6933
    assert numbers.step_means[title["stap-2-5"]] == pytest.approx(0.55)
    others = [s.titel for s in casus.steps if s.id not in ("stap-2-2", "stap-2-5")]
    assert all(numbers.step_means[t] == 1.0 for t in others)
    assert list(numbers.step_means) == [s.titel for s in casus.steps]
    totals = [(10 + step_22[name] + step_25[name]) / 12 for name in step_22]
    assert numbers.mean_total == pytest.approx(statistics.fmean(totals), abs=1e-4)
    assert numbers.stdev_total == pytest.approx(statistics.pstdev(totals), abs=1e-4)
    assert numbers.lowest_total == pytest.approx(10.5 / 12, abs=1e-4)
    assert numbers.highest_total == 1.0
    assert numbers.strengths == ((title["stap-1"], 1.0), (title["stap-2-1"], 1.0), (title["stap-2-3"], 1.0))
    assert numbers.improvements == (
        (title["stap-2-5"], pytest.approx(0.55)),
        (title["stap-2-2"], pytest.approx(0.69333, abs=1e-4)),
    )  # no third: every other step scored 100%


def test_the_most_missed_core_items_are_counted_once_per_participant(store: Store, casus: Exercise, group: str) -> None:
    numbers = after_action_numbers([casus], store.results_frame(group, latest_only=True))
    reference = casus.step_reference("stap-2-5")
    assert reference is not None and isinstance(reference.vragen["oorzaken"], ChoiceReference)
    verdicts = {v.id: v for v in reference.vragen["oorzaken"].opties}
    causes = {o.id: o.label for o in casus.options[("stap-2-5", "oorzaken")]}
    assert [(m.text, m.count) for m in numbers.most_missed] == [
        (f"Gemist: {causes[CAUSE + 'c']}.", 4),  # Bram, Cem, Dewi, Eva
        (f"Gemist: {causes[CAUSE + 'd']}.", 4),
        ("Niet genoemd: vermijdingsgedrag.", 3),  # Cem, Dewi, Eva
        ("Niet genoemd: spanning tussen culturen / wij-zij.", 3),
        ("Niet genoemd: nog geen confrontaties tussen groepen.", 3),
    ]
    assert [m.reason for m in numbers.most_missed[:2]] == [
        verdicts[CAUSE + "c"].toelichting,
        verdicts[CAUSE + "d"].toelichting,
    ]
    assert all(m.reason and m.out_of == 5 for m in numbers.most_missed)
    assert numbers.most_missed[0].step == casus.step("stap-2-5").titel
    assert numbers.most_missed[0].source and "Oorzaak C" in numbers.most_missed[0].source
    assert "Je hebt hier nog geen tekst geschreven." not in {m.text for m in numbers.most_missed}


def test_other_exercises_are_counted_apart_and_left_out_when_not_asked(
    library: Library, store: Store, casus: Exercise, group: str
) -> None:
    samos = library.exercise("steekpartij/oefenvorm-2")
    full = model_answers(samos)
    play(store, group, "Anna", samos, full)
    play(store, group, "Fenna", samos, {**full, "oordeel": {}})
    frame = store.results_frame(group, latest_only=True)
    both = after_action_numbers([casus, samos], frame)
    assert (both.submitted, both.results) == (6, 7)
    assert [(x.exercise_id, x.submitted) for x in both.per_exercise] == [(casus.id, 5), (samos.id, 2)]
    assert both.per_exercise[1].mean_total == pytest.approx((1.0 + 0.8) / 2)
    assert both.step_means[samos.step("oordeel").titel] == pytest.approx(0.5)
    only_samos = after_action_numbers([samos], frame)
    assert (only_samos.submitted, only_samos.results) == (2, 2)
    assert casus.step("stap-2-2").titel not in only_samos.step_means
    assert after_action_numbers([casus], frame) == after_action_numbers(
        [casus], frame[frame["exercise_id"] == casus.id]
    )


def test_nothing_submitted_gives_empty_figures_and_a_report_that_says_so(store: Store, casus: Exercise) -> None:
    code = store.create_workshop("Leeg", [casus.id]).code
    frame = store.results_frame(code, latest_only=True)
    numbers = after_action_numbers([casus], frame)
    assert (numbers.submitted, numbers.results, numbers.mean_total, numbers.most_missed) == (0, 0, None, ())
    page = after_action_html("Leeg", [casus], frame, [])
    assert "Er is nog niets ingeleverd" in page and "Vaakst gemiste kernpunten" not in page
    assert all(part in page for part in PARTS)
    assert_self_contained(page)


def test_the_report_has_the_five_parts_with_the_figures_notes_and_plan(
    store: Store, casus: Exercise, group: str
) -> None:
    plan = [
        {"actie": "Signaleringsoverleg <maandelijks> & evalueren", "eigenaar": "Wijkregisseur", "datum": "15-01-2027"},
        {"actie": " ", "eigenaar": "", "datum": ""},
    ]
    page = after_action_html(
        "Groep <Noord>",
        [casus],
        store.results_frame(group, latest_only=True),
        plan,
        strengths_note="Goede <samenwerking>\ntussen domeinen",
        improvements_note="Fase onderbouwen",
    )
    positions = [page.index(part) for part in PARTS]
    assert positions == sorted(positions)
    assert "Groep &lt;Noord&gt;" in page
    assert html.escape(casus.variant.uitleg) in page and html.escape(casus.template.uitleg) in page
    assert all(html.escape(s.titel) in page for s in casus.steps)
    assert "5 deelnemers leverden in. Gemiddelde totaalscore 94%" in page
    assert f"{html.escape(casus.step('stap-2-5').titel)}: gemiddeld 55%" in page
    assert f"{html.escape(casus.step('stap-2-2').titel)}: gemiddeld 69%" in page
    assert "Goede &lt;samenwerking&gt;\ntussen domeinen" in page and "Fase onderbouwen" in page
    assert "4 van 5 keer gemist" in page and "3 van 5 keer gemist" in page
    assert html.escape("Gemist: D. Armoede en 'achter de voordeur'-problematiek.") in page
    assert "<td>Signaleringsoverleg &lt;maandelijks&gt; &amp; evalueren</td><td>Wijkregisseur</td>" in page
    assert page.count("<tr>") == 2 and "Nog geen acties" not in page
    assert_self_contained(page)


def test_an_empty_plan_prints_blank_rows_and_a_hint(casus: Exercise) -> None:
    empty = pd.DataFrame(columns=["participant", "exercise_id", "total", "submitted_at", "result"])
    for plan in ([], [{"actie": "", "eigenaar": " ", "datum": ""}]):
        page = after_action_html("W", [casus], empty, plan)
        table = page[page.index("<table>") : page.index("</table>")]
        assert table.count("<th>") == 3 and "<th>Actie</th><th>Eigenaar</th><th>Datum</th>" in table
        assert table.count('<td class="blank"></td>') == 9
        assert "Nog geen acties vastgelegd" in page


def test_the_report_lists_the_debrief_questions_of_every_step_before_the_plan(casus: Exercise) -> None:
    empty = pd.DataFrame(columns=["participant", "exercise_id", "total", "submitted_at", "result"])
    page = after_action_html("W", [casus], empty, [])
    plan = page.index("5. Verbeterplan")
    questions = [q for step in casus.steps for q in step.nabespreking]
    assert len(questions) >= 2 * len(casus.steps)
    for question in questions:
        assert plan < page.index(html.escape(question)) < page.index("<table>", plan)
