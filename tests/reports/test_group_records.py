"""Issue 17, blocker 2: a group workshop played at two tables leaves its work in every record.

The workshop is played through the store API (tests/group_play.py), on SQLite and on PostgreSQL; then
the exports (read back with pandas and openpyxl), every member's personal report, the dashboard and the
after-action report must all hold the tables' work.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from group_play import EXERCISE, LESSON, NOTE, OBSERVERS, OWN_VOORAF, TABLES, GroupDay, play_group_day
from openpyxl import load_workbook
from pg_support import fresh_postgres_database

from kit.content.library import Library
from kit.facilitation.dashboard import build_dashboard
from kit.reports import after_action_html, export_frames, read_csv_bytes, read_excel_bytes, to_csv_bytes, to_excel_bytes
from kit.reports.export import GROUP_SHEETS, SHEETS
from kit.reports.export_view import readable_frames
from kit.reports.team_report import team_evaluation
from kit.store import Store
from kit.ui.dashboard_view import DashboardView
from kit.ui.facilitator_actions import AfterSessionPanel

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def group_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        with Store(f"sqlite:///{tmp_path / 'store.sqlite'}") as opened:
            yield opened
        return
    url, drop = fresh_postgres_database(request.getfixturevalue("postgres_url"))
    try:
        with Store(url) as opened:
            yield opened
    finally:
        drop()


@pytest.fixture
def day(library: Library, group_store: Store) -> GroupDay:
    return play_group_day(group_store, library.exercise(EXERCISE))


def text_of(page: str) -> str:
    body = page[page.find("<body") :]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_exports_hold_every_table_seat_answer_result_observation_and_lesson(
    library: Library, group_store: Store, day: GroupDay
) -> None:
    frames = readable_frames(export_frames(group_store, day.code), library)
    assert list(frames) == [*SHEETS, *GROUP_SHEETS]
    for back in (read_excel_bytes(to_excel_bytes(frames)), read_csv_bytes(to_csv_bytes(frames))):
        assert list(back) == list(frames)
        seats = back["tafels"]
        assert list(seats.columns) == ["Tafel", "Naam", "Rol"]
        assert len(seats) == 8 and set(seats["Tafel"]) == set(TABLES)
        assert set(seats.loc[seats["Naam"].isin(OBSERVERS.values()), "Rol"]) == {"Waarnemer"}
        results = back["tafelresultaten"].set_index("Tafel")
        assert list(results.columns) == ["Oefening", "Totaalscore (%)", "Ingeleverd door", "Ingeleverd"]
        assert {t: int(results.loc[t, "Totaalscore (%)"]) for t in TABLES} == {
            t: round(total * 100) for t, total in day.totals.items()
        }
        assert results.loc["Tafel 1", "Ingeleverd door"] == TABLES["Tafel 1"][0]
        answers = back["tafelantwoorden"]
        assert set(answers["Tafel"]) == set(TABLES)
        assert (answers["Tafel"] == "Tafel 1").sum() > (answers["Tafel"] == "Tafel 2").sum() > 0
        assert not answers["Antwoord"].astype(str).str.startswith("{").any()  # words, not JSON
        assert len(back["tafelstappen"]) == 2 * len(library.exercise(EXERCISE).steps)
        observations = back["waarnemingen"]
        assert sorted(observations["Waarneming"]) == sorted(f"{NOTE} ({t})" for t in TABLES)
        assert set(observations["Oordeel"]) == {"P · Goed uitgevoerd"}
        lessons = back["lessen"]
        assert f"{LESSON} (Tafel 1)" in set(lessons["Antwoord"])
        assert "Naam" not in lessons.columns  # lessons stay without names, as in the after-action report
        own = back["antwoorden"]  # the personal 'Vooraf' answers are in the participants' sheet
        assert any(OWN_VOORAF in str(v) for v in own["Antwoord"])


def test_an_individual_workshop_keeps_its_three_sheets(library: Library, group_store: Store) -> None:
    code = group_store.create_workshop("Alleen", ["casus-1"]).code
    assert list(export_frames(group_store, code)) == list(SHEETS)


def test_group_sheets_neutralise_formulas_in_csv_and_excel(library: Library, group_store: Store) -> None:
    exercise = library.exercise(EXERCISE)
    code = group_store.create_workshop("Formules", [exercise.id], mode="groep").code
    team = group_store.create_team(code, "=HYPERLINK(1)")
    person = group_store.join("@SOM(1;2)", code, role=exercise.roles[0].id)
    group_store.set_team(person.id, team.id)
    step = exercise.steps[0]
    free = next(q for q in step.vragen if q.soort.value == "free_text")
    group_store.save_team_answer(team.id, exercise.id, step.id, free.id, "=1+1", person.id)
    group_store.save_observation(person.id, team.id, exercise.id, step.id, "bob", "S", "-2+3")
    group_store.save_lessons(person.id, exercise.id, {"goed": "+31 6 1234"})
    frames = readable_frames(export_frames(group_store, code), library)
    with zipfile.ZipFile(io.BytesIO(to_csv_bytes(frames))) as archive:
        for name in GROUP_SHEETS:
            rows = list(csv.reader(io.StringIO(archive.read(f"{name}.csv").decode("utf-8-sig")), delimiter=";"))
            cells = [cell for row in rows[1:] for cell in row]
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), name
    workbook = load_workbook(io.BytesIO(to_excel_bytes(frames)))
    for name in GROUP_SHEETS:
        assert all(cell.data_type != "f" for row in workbook[name].iter_rows() for cell in row), name
    assert "=HYPERLINK(1)" in [c.value for row in workbook["tafels"].iter_rows() for c in row]


def test_every_member_report_holds_the_tables_analysis_role_and_own_answers(
    library: Library, group_store: Store, day: GroupDay
) -> None:
    exercise = library.exercise(EXERCISE)
    workshop = group_store.workshop(day.code)
    assert workshop is not None
    panel = AfterSessionPanel(group_store, DashboardView(library, group_store, workshop), lambda _: None)
    roles = {r.id: r.naam for r in exercise.roles}
    for table, names in TABLES.items():
        for name in [*names, OBSERVERS[table]]:
            panel.person.value = day.members[name]
            panel.personal_report()
            page = text_of(_download(panel.output.value))
            assert "Nog niet ingeleverd" not in page
            assert f"Tafel: {table}" in page
            assert f"Rol: {roles.get(day.roles[name], 'Waarnemer')}" in page
            assert "De analyse van de tafel" in page and "Antwoord van de tafel" in page
            assert (f"{OWN_VOORAF} ({table})" in page) is (name == names[0])  # own answers, no one else's
            assert "nog niet vrijgegeven" in page  # nothing revealed yet: no score, no feedback
            assert "Totaalscore van de tafel" not in page
    group_store.reveal(day.code, exercise.id, "*")
    panel.person.value = day.members[TABLES["Tafel 2"][1]]
    panel.personal_report()
    page = text_of(_download(panel.output.value))
    assert f"Totaalscore van de tafel: {round(day.totals['Tafel 2'] * 100)}%" in page
    assert "nog niet vrijgegeven" not in page


def test_dashboard_shows_progress_and_score_per_table(library: Library, group_store: Store, day: GroupDay) -> None:
    exercise = library.exercise(EXERCISE)
    dash = build_dashboard(
        exercise, group_store.workshop_state(day.code, exercise.id), group_store.tables_state(day.code, exercise.id)
    )
    rows = {t.name: t for t in dash.tables}
    assert list(rows) == list(TABLES)
    assert rows["Tafel 1"].steps_done == rows["Tafel 1"].steps == len(exercise.steps)
    assert rows["Tafel 2"].steps_done == 2
    assert rows["Tafel 1"].answered == rows["Tafel 1"].questions  # the work the score describes
    assert 0 < rows["Tafel 2"].answered < rows["Tafel 2"].questions
    assert {n: t.total for n, t in rows.items()} == pytest.approx(day.totals)
    workshop = group_store.workshop(day.code)
    assert workshop is not None
    view = DashboardView(library, group_store, workshop)
    view.refresh()
    shown = text_of("<body>" + view.progress.value + view.scores.value)
    assert "Nog niemand heeft ingeleverd" not in shown
    assert "2 tafels, waarvan 2 hebben ingeleverd." in shown
    assert "Tafel 1" in shown and f"{rows['Tafel 2'].answered}/{rows['Tafel 2'].questions}" in shown
    assert "Gemiddelde score 70% over 2 tafels." in shown
    charted = sum(bar.count for bars in dash.choices.values() for bar in bars)
    assert charted > 0  # the per-step charts count the tables' choices


def test_after_action_report_counts_the_tables_where_it_shows_their_scores(
    library: Library, group_store: Store, day: GroupDay
) -> None:
    exercise = library.exercise(EXERCISE)
    page = text_of(
        after_action_html(
            "Oefenavond",
            [exercise],
            group_store.results_frame(day.code, latest_only=True),
            [],
            teams=team_evaluation(group_store, day.code, [exercise]),
        )
    )
    assert "Er is nog niets ingeleverd" not in page
    participation = page.split("2. Deelname")[1].split("3. Sterke punten")[0]
    assert "Ingeleverd door 2 tafels: gemiddelde totaalscore 70% (laagste 40%, hoogste 100%)" in participation
    assert "Scores per tafel" in participation
    strengths = page.split("3. Sterke punten")[1].split("4. Verbeterpunten")[0]
    assert "gemiddeld 100%" in strengths  # the tables' step scores make the strengths
    improvements = page.split("4. Verbeterpunten")[1].split("5. Verbeterplan")[0]
    assert "Vaakst gemiste kernpunten" in improvements


def test_an_individual_participant_row_counts_the_answers_its_score_describes(
    library: Library, group_store: Store
) -> None:
    """The README screenshot showed '2/24' next to 95%: the score came from a submission whose answers were
    never saved step by step. Counted over the submitted answers, the two agree."""
    from kit.scoring.engine import score_exercise
    from kit.scoring.model_answers import model_answers

    exercise = library.exercise("casus-1")
    code = group_store.create_workshop("Alleen", [exercise.id]).code
    person = group_store.join("Sanne", code)
    answers = model_answers(exercise)
    first = next(iter(answers))
    group_store.save_answer(person.id, exercise.id, first, answers[first])  # only one step saved live
    result = score_exercise(exercise, answers).to_dict()
    group_store.submit(person.id, exercise.id, answers, result, result["total"])
    row = build_dashboard(exercise, group_store.workshop_state(code, exercise.id)).participants[0]
    assert row.total == pytest.approx(result["total"])
    assert row.answered == row.questions


def _download(value: str) -> str:
    import base64

    found = re.search(r"base64,([A-Za-z0-9+/=]+)", value)
    assert found, value
    return base64.b64decode(found.group(1)).decode("utf-8")


def test_frames_read_back_have_no_missing_team_names(group_store: Store, day: GroupDay) -> None:
    frames = export_frames(group_store, day.code)
    for name in GROUP_SHEETS:
        frame = frames[name]
        assert isinstance(frame, pd.DataFrame)
        if "team" in frame:
            assert frame["team"].notna().all() and len(frame) > 0, name


def test_delete_after_the_group_day_leaves_no_row_in_any_table(
    library: Library, group_store: Store, day: GroupDay
) -> None:
    """Exported first (the tables' work is in the file), then 'Persoonsgegevens verwijderen': every table empty."""
    from sqlalchemy import func, select

    from kit.store.schema import Base

    workshop = group_store.workshop(day.code)
    assert workshop is not None
    view = DashboardView(library, group_store, workshop)
    panel = AfterSessionPanel(group_store, view, lambda _: None)
    group_store.start_clock(day.team_ids["Tafel 1"], EXERCISE)
    frames = export_frames(group_store, day.code)
    assert len(frames["tafelantwoorden"]) and len(frames["waarnemingen"]) and len(frames["lessen"])
    panel.confirm.value = day.code
    panel.delete()
    with group_store._read() as session:
        left = {
            table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
    assert left == dict.fromkeys(left, 0)
