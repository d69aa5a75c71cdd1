"""Reports and exports: exact numbers for a small group, escaped names, and a lossless round trip."""

from __future__ import annotations

import copy

import pytest

from kit.content.library import Library
from kit.reports import (
    after_action_html,
    after_action_numbers,
    answer_text,
    export_frames,
    personal_report_html,
    read_csv_bytes,
    read_excel_bytes,
    to_csv_bytes,
    to_excel_bytes,
)
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.store import Store


def group(library: Library, store: Store) -> tuple[str, dict[str, float]]:
    """Five participants: two follow the reference, three leave step 2.2 (and 2.5) empty."""
    exercise = library.exercise("casus-1")
    code = store.create_workshop("Groep Noord", ["casus-1"], "individueel").code
    full = model_answers(exercise)
    totals = {}
    for i in range(5):
        answers = copy.deepcopy(full)
        if i >= 2:
            answers["stap-2-2"] = {}
        if i == 4:
            answers["stap-2-5"] = {}
        pid = store.join(f"Lid {i}", code).id
        for step_id, values in answers.items():
            store.save_answer(pid, "casus-1", step_id, values)
        result = score_exercise(exercise, answers).to_dict()
        store.submit(pid, "casus-1", answers, result, result["total"])
        totals[f"Lid {i}"] = result["total"]
    return code, totals


def test_after_action_numbers_are_exact(library: Library, store: Store) -> None:
    code, totals = group(library, store)
    exercise = library.exercise("casus-1")
    numbers = after_action_numbers([exercise], store.results_frame(code, latest_only=True))
    assert numbers.submitted == 5
    assert numbers.mean_total == pytest.approx(sum(totals.values()) / 5)
    assert numbers.highest_total == 1.0
    step_22 = exercise.step("stap-2-2").titel
    step_25 = exercise.step("stap-2-5").titel
    assert numbers.step_means[step_22] == pytest.approx(2 / 5)
    assert numbers.step_means[step_25] == pytest.approx(4 / 5)
    assert numbers.improvements[0] == (step_22, pytest.approx(0.4))
    assert all(score == 1.0 for _, score in numbers.strengths)
    top = numbers.most_missed[0]
    assert top.count == 3 and top.text.startswith("Gemist")


def test_after_action_report_has_the_five_parts_and_the_plan(library: Library, store: Store) -> None:
    code, _ = group(library, store)
    plan = [{"actie": "Signaleringsoverleg <maandelijks>", "eigenaar": "Wijkregisseur", "datum": "2027-01-15"}]
    page = after_action_html(
        "Groep Noord",
        [library.exercise("casus-1")],
        store.results_frame(code, latest_only=True),
        plan,
        "Goede samenwerking",
        "",
    )
    for part in ("1. Doelstellingen", "2. Deelname", "3. Sterke punten", "4. Verbeterpunten", "5. Verbeterplan"):
        assert part in page
    assert "Signaleringsoverleg &lt;maandelijks&gt;" in page and "2027-01-15" in page
    assert "http" not in page.replace('lang="nl"', "")


def test_personal_report_escapes_and_explains(library: Library, store: Store) -> None:
    exercise = library.exercise("casus-1")
    answers = model_answers(exercise)
    result = score_exercise(exercise, answers).to_dict()
    page = personal_report_html(exercise, "<script>x</script>", answers, result, "Groep Noord")
    assert "<script>x" not in page and "&lt;script&gt;x" in page
    for step in exercise.steps:
        assert step.titel.replace("·", "") in page.replace("·", "")
    assert "Totaalscore: 100%" in page
    assert "Bron:" in page
    unsubmitted = personal_report_html(exercise, "Iemand", {}, None)
    assert "Nog niet ingeleverd" in unsubmitted and "(niet beantwoord)" in unsubmitted


def test_answers_read_as_labels(library: Library) -> None:
    exercise = library.exercise("casus-1")
    assert answer_text(exercise, "stap-2-2", "fase", "stappenplan.fasen.ongemak") == "Ongemak"
    rows = [{"actor": "stappenplan.actoren.media", "invloed": "aanjagen", "waarom": "koppen"}]
    text = answer_text(exercise, "stap-2-3", "actoren", rows)
    assert "Actor: Media" in text and "Invloed: jaagt aan" in text
    assert answer_text(exercise, "stap-2-5", "oorzaken", []) == "(niet beantwoord)"


def test_export_round_trips_the_numbers(library: Library, store: Store) -> None:
    code, totals = group(library, store)
    frames = export_frames(store, code)
    assert set(frames) == {"antwoorden", "resultaten", "stappen"}
    for data, read in ((to_excel_bytes(frames), read_excel_bytes), (to_csv_bytes(frames), read_csv_bytes)):
        back = read(data)
        assert {name: len(frame) for name, frame in back.items()} == {n: len(f) for n, f in frames.items()}
        assert dict(zip(back["resultaten"]["participant"], back["resultaten"]["total"], strict=True)) == pytest.approx(
            totals
        )
        assert list(back["antwoorden"].columns) == list(frames["antwoorden"].columns)
        assert back["stappen"]["score"].sum() == pytest.approx(frames["stappen"]["score"].sum())
