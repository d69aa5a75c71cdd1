"""Oefenvorm 2 of steekpartij for three tables end to end, from a spreadsheet script, with observers,
to the after-action report that combines scores, observations and lessons learned."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from team_support import FakeClock

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.facilitation.msel import to_excel
from kit.reports import after_action_html
from kit.reports.team_report import team_evaluation
from kit.scoring.model_answers import model_answers
from kit.store import Store
from kit.store.team_records import OBSERVER
from kit.ui.app import SignIn
from kit.ui.dashboard_view import DashboardView
from kit.ui.team_panel import TeamPanel
from kit.ui.team_runner import TeamRunner

NAMES = [f"Deelnemer {n:02d}" for n in range(1, 16)]
OBSERVERS = ["Waarnemer Els", "Waarnemer Joost", "Waarnemer Fatma"]


def sign_in(store: Store, exercise: Exercise, code: str, name: str, role: str, clock: FakeClock) -> TeamRunner:
    form = SignIn([exercise], store)
    form.name.value, form.code.value, form.role.value = name, code, role
    runner = form.start()
    assert isinstance(runner, TeamRunner), form.message.value
    if runner._live is not None:  # the test drives refreshes itself, with the fake clock
        runner._live.stop()
    runner.engine.now = clock
    runner.debouncer._delay = 0.01
    return runner


def test_three_tables_play_oefenvorm_2_from_a_sheet_with_observers(
    library: Library, store: Store, exercise: Exercise, workshop_code: str, clock: FakeClock
) -> None:
    workshop = store.workshop(workshop_code)
    assert workshop is not None
    view = DashboardView(library, store, workshop)
    panel = TeamPanel(store, view, now=clock)
    panel.table_count.value = 3
    panel.fill_tables()  # the tables exist before anyone arrives; people are seated as they sign in
    data = to_excel(exercise.script)
    item = {
        "name": "draaiboek.xlsx",
        "type": "",
        "size": len(data),
        "content": memoryview(data),
        "last_modified": datetime.now(UTC),
    }
    panel.upload.value = (item,)
    assert "12 regels" in panel.message.value

    roles = [r.id for r in exercise.roles]
    members = [sign_in(store, exercise, workshop_code, name, roles[i % 5], clock) for i, name in enumerate(NAMES)]
    observers = [sign_in(store, exercise, workshop_code, name, OBSERVER, clock) for name in OBSERVERS]
    tables = {t.id: t.name for t in store.teams(workshop_code)}
    by_table = {tid: [m for m in members if m.team.id == tid] for tid in tables}
    assert [len(v) for v in by_table.values()] == [5, 5, 5]
    for runs in by_table.values():
        assert sorted(str(r.role_id) for r in runs) == sorted(roles)
    assert sorted(o.team.id for o in observers) == sorted(tables)

    panel.target.value = panel.target.options[0][1]  # all tables
    panel.engine().start()
    panel.refresh()
    clock.advance(minutes=12)
    panel.refresh()  # every T+0:00 ... T+0:12 line reached every table
    first, second, third = (by_table[tid] for tid in tables)
    model = model_answers(exercise)
    # Table 1 works from the model analysis (naming the wijkagent), table 2 half of it, table 3 little.
    for runs, steps in ((first, list(model)), (second, ["inschatting", "scenarios"]), (third, ["inschatting"])):
        for index, step_id in enumerate(steps):
            run = runs[index % len(runs)]
            run.show_step([s.id for s in exercise.steps].index(step_id))
            for question_id, value in model[step_id].items():
                run.renderers[step_id][question_id].apply(value)
            run.flush()
            run.check_current_step()  # hand the step in
    clock.advance(minutes=30)
    panel.refresh()
    outcomes = {tid: {e.nr: e.status for e in store.script_events(tid, exercise.id)} for tid in tables}
    t1, t2, t3 = tables
    assert outcomes[t1][10] == "vervallen"  # table 1 named the police: no escalation track
    assert outcomes[t2][10] == outcomes[t3][10] == "uitgebracht"
    assert outcomes[t1][12] == "uitgebracht" and 12 not in outcomes[t2]  # only table 1 handed in 'oordeel'
    vooraf = exercise.step("vooraf")  # a step before the team pools: only the role's own injects
    for runs, expected in ((first, False), (second, True)):
        agent = next(r for r in runs if r.role_id == "wijkagent")
        agent.refresh_live()
        assert agent.link is not None
        seen = {i.id for i in agent.link.visible_injects(exercise, vooraf, agent.role_id) or ()}
        assert ("r2-nepbericht" in seen) is expected
        assert "r1-steekincident" in seen

    for runs in (first, second, third):
        runs[0].submit()
        runs[0].submit()
        for run in runs:
            run.refresh_live()
            assert run.last_result is not None
    totals = [store.team_result(tid, exercise.id)["total"] for tid in tables]  # type: ignore[index]
    assert totals[0] > totals[1] > totals[2]

    notes = {
        t1: ("P", "Voorzitter hield strak beeld, oordeel en besluit uit elkaar."),
        t2: ("M", "De tafel sprong na vijf minuten naar maatregelen zonder beeld."),
        t3: ("U", "Geen rol bracht haar eigen berichten in."),
    }
    for observer in observers:
        form = observer.observer_forms["vooraf"]
        rating, note = notes[observer.team.id]
        form.ratings["bob"].value = rating
        form.notes["bob"].value = note
        form.debouncer.flush()
    lessons = ["Alle signalen eerst op tafel leggen werkte.", "We moeten de politie eerder vragen.", ""]
    for index, run in enumerate(members[:3]):
        assert run.lessons is not None
        run.lessons.fields["goed" if index == 0 else "beter"].value = lessons[index] or "Meer tijd voor het oordeel."
        run.lessons.fields["anders"].value = f"Volgende keer starten we met een rondje informatie ({index})."
        run.lessons.debouncer.flush()

    columns = panel.refresh()
    assert [round(c.total or 0, 3) for c in columns] == [round(t, 3) for t in totals]
    page = after_action_html(
        workshop.title,
        [exercise],
        store.results_frame(workshop_code, latest_only=True),
        [],
        teams=team_evaluation(store, workshop_code, [exercise]),
    )
    text = html.unescape(page)
    for name in tables.values():
        assert name in text
    assert "Scores per tafel" in text
    assert notes[t1][1] in text.split("4. Verbeterpunten")[0]  # a P observation is a strength
    assert notes[t2][1] in text.split("4. Verbeterpunten")[1] and notes[t3][1] in text  # M/U are improvements
    assert "Alle signalen eerst op tafel leggen werkte." in text.split("4. Verbeterpunten")[0]
    assert "We moeten de politie eerder vragen." in text.split("4. Verbeterpunten")[1].split("5. Verbeterplan")[0]
    assert "Volgende keer starten we met een rondje informatie (2)." in text.split("5. Verbeterplan")[1]
    assert "Bijlage: waarnemingen per tafel" in text
    for name in NAMES + OBSERVERS:  # lessons and observations are reported without names
        assert name not in text
