"""40 simulated participants whose answers give exact dashboard numbers."""

from __future__ import annotations

from kit.content.library import Library
from kit.facilitation.dashboard import build_dashboard
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.store import Store

PHASES = ["rust", "ongemak", "onderhuidse-spanningen", "incidenten", "escalatie"]


def simulate(library: Library, store: Store, people: int = 40) -> str:
    exercise = library.exercise("casus-1")
    code = store.create_workshop("Training Oost", ["casus-1"], "individueel").code
    model = model_answers(exercise)
    for i in range(people):
        pid = store.join(f"Deelnemer {i:02d}", code).id
        phase = f"stappenplan.fasen.{PHASES[i % 5]}"
        text = f"<script>alert({i})</script> vermijding" if i < 3 else ""
        store.save_answer(pid, "casus-1", "stap-2-2", {"fase": phase, "toelichting": text})
        causes = ["stappenplan.oorzaken.a", "stappenplan.oorzaken.b"] if i % 2 == 0 else ["stappenplan.oorzaken.b"]
        store.save_answer(pid, "casus-1", "stap-2-5", {"oorzaken": causes})
        store.set_position(pid, "casus-1", "stap-2-2" if i < 25 else "stap-2-5")
        if i < 10:
            result = score_exercise(exercise, model).to_dict()
            store.submit(pid, "casus-1", model, result, result["total"])
    return code


def test_forty_participants_give_exact_numbers(library: Library, store: Store) -> None:
    code = simulate(library, store)
    exercise = library.exercise("casus-1")
    dash = build_dashboard(exercise, store.workshop_state(code, "casus-1"))
    assert len(dash.participants) == 40
    assert dash.submitted == 10 and dash.mean_total == 1.0
    assert dash.at_step == {"stap-2-2": 25, "stap-2-5": 15}
    phases = {bar.option_id.rsplit(".", 1)[1]: bar.count for bar in dash.choices[("stap-2-2", "fase")]}
    assert phases == dict.fromkeys(PHASES, 8)
    causes = {bar.option_id: bar.count for bar in dash.choices[("stap-2-5", "oorzaken")]}
    assert causes["stappenplan.oorzaken.a"] == 20 and causes["stappenplan.oorzaken.b"] == 40
    assert sum(causes.values()) == 60
    statuses = {bar.option_id: bar.status for bar in dash.choices[("stap-2-5", "oorzaken")]}
    reference = exercise.step_reference("stap-2-5")
    assert reference is not None
    for verdict in reference.vragen["oorzaken"].opties:  # type: ignore[union-attr]
        assert statuses[verdict.id] == verdict.status.value
    assert len(dash.texts[("stap-2-2", "toelichting")]) == 3
    answered = {p.name: p.answered for p in dash.participants}
    # Issue 17: the count describes the work the score describes. Deelnemer 00 submitted the model answers
    # (100%) after saving three questions: 24/24 next to 100%, not '3/24' next to 100% as in the README.
    assert answered["Deelnemer 00"] == len(exercise.questions())
    assert answered["Deelnemer 39"] == 2  # nothing submitted: the answers saved so far
    assert dash.participants[0].questions == len(exercise.questions())
    assert {p.step_title for p in dash.participants} == {
        exercise.step("stap-2-2").titel,
        exercise.step("stap-2-5").titel,
    }


def test_participants_of_other_workshops_do_not_count(library: Library, store: Store) -> None:
    code = simulate(library, store, people=5)
    other = store.create_workshop("Andere groep", ["casus-1"], "individueel").code
    store.save_answer(store.join("Buitenstaander", other).id, "casus-1", "stap-2-5", {"oorzaken": []})
    dash = build_dashboard(library.exercise("casus-1"), store.workshop_state(code, "casus-1"))
    assert len(dash.participants) == 5


def test_participants_are_listed_in_natural_order(library: Library, store: Store) -> None:
    code = simulate(library, store, people=12)
    store.join("deelnemer 2b", code)
    dash = build_dashboard(library.exercise("casus-1"), store.workshop_state(code, "casus-1"))
    names = [p.name for p in dash.participants]
    assert names.index("Deelnemer 02") < names.index("deelnemer 2b") < names.index("Deelnemer 10")
