"""A SAMOS tabletop day at tables in a real browser, once on SQLite and once on PostgreSQL.

Group workshop for steekpartij/oefenvorm-2: two tables of three and an observer. The draaiboek is written
with `python -m kit draaiboek`, edited with openpyxl and loaded through the upload; the clock starts; a
timed and a conditional inject reach exactly their roles; two members edit the same question and a third
another one at once; the tables hand in steps and submit; the observer fills the form and members the
lessons learned. Then the exports, every member's personal report, the dashboard and the after-action
report hold the tables' work, and the delete clears it.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from journey_facilitator import create_workshop, csv_frames, download, excel_frames, open_dashboard, pdf_pages
from journey_server import ROOT, TIMEOUT_MS, KitServer
from journey_soft import Demands
from journey_steps import answer_step, expect_step, next_step, notebook_of, previous_step, question_box, shot
from journey_store import workshop_rows_left
from playwright.sync_api import Browser, BrowserContext, Page, expect

from kit.content.exercise import Exercise
from kit.content.library import load_library
from kit.content.models import Question, Step
from kit.facilitation.evaluation_guide import LESSONS
from kit.store import Store

pytestmark = [pytest.mark.journey, pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(2400)]
EXERCISE = "steekpartij/oefenvorm-2"
MEMBERS = ("Sanne", "Karim", "Els", "Joost", "Fatima", "Pieter")
OBSERVER = "Wim Waarnemer"
OBSERVER_ROLE = "Waarnemer (observeert een tafel)"
SOON = 30_000  # for a demand checked without stopping: long enough on 2 cores, short enough to go on
TIMED, CONDITIONAL = "r1-scooters", "r1-getuigen"


def new_page(browser: Browser) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return context, page


def text_of(who: str, step: Step, question: Question) -> str:
    return f"{who} bij {step.id}/{question.id}: wraakgeruchten en scooters bij de Rivierenflats"


def table_text(table: list[str], step: Step, question: Question) -> str:
    return text_of(f"De tafel van {table[0]}", step, question)


def sign_in_at_tables(
    pages: dict[str, Page], server: KitServer, exercise: Exercise, code: str, demands: Demands
) -> None:
    """Name and workshop code decide scenario and seat (issue 17); an observer chooses that role.

    All pages open at once (as in a room), so their kernels start side by side.
    """
    for page in pages.values():
        page.goto(f"{server.url}/voila/render/{notebook_of(exercise)}", wait_until="commit")
    for name, page in pages.items():
        expect(page.get_by_role("button", name="Beginnen")).to_be_visible()
        page.get_by_placeholder("bijv. Sanne de Vries").fill(name)
        page.get_by_placeholder("leeg bij zelfstudie").fill(code)
        if name == OBSERVER:
            page.get_by_label("Jouw rol").select_option(label=OBSERVER_ROLE)
        page.get_by_role("button", name="Beginnen").click()
        refused = page.locator(".ok-error")
        expect(page.locator(".ok-team").or_(refused).first).to_be_visible()
        signed = demands.check(
            refused.count() == 0,
            f"{name} signs in with name and workshop code only (the code decides the scenario); "
            f"refused: {refused.first.inner_text() if refused.count() else ''}",
        )
        if not signed:  # go on as a user would after the refusal: choose the workshop's scenario
            page.get_by_label("Scenario").select_option(label=exercise.scenario.titel)
            if name == OBSERVER:
                page.get_by_label("Jouw rol").select_option(label=OBSERVER_ROLE)
            page.get_by_role("button", name="Beginnen").click()
            expect(page.locator(".ok-team")).to_be_visible()


def write_draaiboek(folder: Path, timed_role: str, conditional_role: str) -> Path:
    """The script as a facilitator makes it: written by the kit, edited in a spreadsheet (openpyxl here)."""
    path = folder / "draaiboek.xlsx"
    subprocess.run(
        [sys.executable, "-m", "kit", "draaiboek", EXERCISE, str(path)], cwd=ROOT, check=True, capture_output=True
    )
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    head = [str(c.value) for c in sheet[1]]
    assert {"nr", "tijd", "inject", "ontvangers", "voorwaarde", "stap"} <= set(head), head
    sheet.delete_rows(2, sheet.max_row)
    rows = [
        {"nr": 1, "tijd": "T+0:00", "inject": TIMED, "ontvangers": timed_role},
        {
            "nr": 2,
            "tijd": "T+0:00",
            "inject": CONDITIONAL,
            "ontvangers": conditional_role,
            "voorwaarde": "stap-ingeleverd",
            "stap": "vooraf",
        },
    ]
    for row in rows:
        sheet.append([row.get(column, "") for column in head])
    book.save(path)
    check = subprocess.run(
        [sys.executable, "-m", "kit", "draaiboek", EXERCISE, str(path), "--controleer"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    return path


def injects_shown(page: Page, exercise: Exercise, inject_id: str) -> bool:
    """Whether the inject stands among the page's messages (a statement to classify may quote the same words)."""
    text = next(i.tekst for i in exercise.injects if i.id == inject_id)
    return page.locator(".ok-inject").filter(has_text=text[:50]).count() > 0


def test_a_tabletop_day_at_tables(browser: Browser, day_server: KitServer, screens: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    engine = day_server.engine
    exercise = load_library().exercise(EXERCISE)
    steps = exercise.steps
    shared = [s for s in steps if s.gedeeld]
    personal = [s for s in steps if not s.gedeeld]
    roles = {r.id: r.naam for r in exercise.roles}
    analysis_step = next(s for s in shared if any(q.soort.value == "free_text" for q in s.vragen))
    analysis = next(q for q in analysis_step.vragen if q.soort.value == "free_text")
    demands = Demands()
    contexts: list[BrowserContext] = []
    try:
        demands.at("create")
        context, facilitator = new_page(browser)
        contexts.append(context)
        code, _key = create_workshop(
            facilitator, day_server.url, day_server.organiser_key(), "Tafeldag Oosterpolder", [exercise], group=True
        )
        open_dashboard(facilitator, code)
        facilitator.get_by_label("Aantal tafels").fill("2")
        facilitator.get_by_label("Aantal tafels").press("Enter")
        facilitator.get_by_role("button", name="Tafels maken en vullen").click()
        expect(facilitator.get_by_text("2 tafels", exact=False).first).to_be_visible()

        demands.at("sign in")
        pages: dict[str, Page] = {}
        for name in (*MEMBERS, OBSERVER):
            context, page = new_page(browser)
            contexts.append(context)
            pages[name] = page
        sign_in_at_tables(pages, day_server, exercise, code, demands)
        with Store(day_server.database_url) as store:
            seats = {m.name: m for m in store.team_members(code)}
            teams = {t.id: t.name for t in store.teams(code)}
        tables: dict[int, list[str]] = {}
        for name in MEMBERS:
            tables.setdefault(seats[name].team_id or 0, []).append(name)
        assert sorted(len(v) for v in tables.values()) == [3, 3], tables
        for name in MEMBERS:  # the welcome, the banner: the role the table assigned
            role = roles[seats[name].role or ""]
            demands.holds(
                lambda p=pages[name], r=role: expect(p.locator(".ok-team")).to_contain_text(f"jouw rol: {r}"),
                f"{name}'s banner names the assigned role {role}",
            )
            demands.holds(
                lambda p=pages[name], r=role: expect(p.locator(".ok-welcome")).to_contain_text(r, timeout=SOON),
                f"{name}'s welcome names the assigned role {role}",
            )
        table_ids = sorted(tables)
        first, second = tables[table_ids[0]], tables[table_ids[1]]
        observed = seats[OBSERVER].team_id
        shot(pages[first[0]], screens, f"tabletop-{engine}-01-seated")

        demands.at("draaiboek")
        timed_role, conditional_role = seats[first[0]].role or "", seats[first[1]].role or ""
        sheet = write_draaiboek(tmp_path, timed_role, conditional_role)
        with facilitator.expect_file_chooser() as chooser:
            facilitator.get_by_role("button", name=re.compile("Draaiboek laden")).click()
        chooser.value.set_files(str(sheet))
        expect(facilitator.get_by_text("Draaiboek 'draaiboek.xlsx' geladen: 2 regels", exact=False)).to_be_visible()
        facilitator.get_by_role("button", name="Start / hervat klok").click()
        shot(
            facilitator, screens, f"tabletop-{engine}-02-clock-started", facilitator.get_by_text("Tafels en draaiboek")
        )

        demands.at("timed inject")
        for name in MEMBERS:  # everyone is on the personal step: only the own role's injects show there
            expect_step(pages[name], personal[0])
            expect(pages[name].get_by_text(re.compile(r"Klok: T\+"))).to_be_visible()
        for name in MEMBERS:
            gets = seats[name].role == timed_role
            if gets:
                demands.holds(
                    lambda p=pages[name]: expect(
                        p.get_by_text(next(i.tekst for i in exercise.injects if i.id == TIMED)[:50])
                    ).to_be_visible(timeout=SOON),
                    f"the timed inject reaches {name} ({timed_role})",
                )
        for name in MEMBERS:
            if seats[name].role != timed_role:
                demands.check(not injects_shown(pages[name], exercise, TIMED), f"the timed inject reached {name}")
            for inject in exercise.injects:  # the loaded draaiboek is the whole script: nothing else arrives
                if inject.id not in (TIMED, CONDITIONAL):
                    demands.check(
                        not injects_shown(pages[name], exercise, inject.id),
                        f"{name} ({seats[name].role}) got '{inject.id}', which the loaded draaiboek does not hold",
                    )
        shot(
            pages[first[0]],
            screens,
            f"tabletop-{engine}-03-timed-inject",
            pages[first[0]].get_by_text("Binnengekomen berichten"),
        )

        demands.at("personal step")
        for name in MEMBERS:
            answer_step(pages[name], personal[0], lambda q, n=name: text_of(n, personal[0], q))
        for name in MEMBERS:  # personal steps stay personal: each sees their own text
            question = next(q for q in personal[0].vragen if q.soort.value == "free_text")
            box = question_box(pages[name], personal[0], question).locator("textarea")
            demands.holds(
                lambda b=box, n=name, q=question: expect(b).to_have_value(text_of(n, personal[0], q), timeout=SOON),
                f"{name}'s own 'Vooraf' answer stays theirs",
            )

        demands.at("conditional inject")
        hand_in_step(pages[first[2]])
        conditional_text = next(i.tekst for i in exercise.injects if i.id == CONDITIONAL)[:50]
        demands.holds(
            lambda: expect(pages[first[1]].get_by_text(conditional_text)).to_be_visible(timeout=SOON),
            f"the conditional inject reaches {first[1]} ({conditional_role}) once the table handed in",
        )
        time.sleep(3)  # the other table's screens refresh every second: give a wrong release time to show
        for name in MEMBERS:
            if name != first[1]:
                demands.check(
                    not injects_shown(pages[name], exercise, CONDITIONAL), f"the conditional inject reached {name}"
                )
        hand_in_step(pages[second[0]])

        demands.at("editing at once")
        for name in MEMBERS:
            next_step(pages[name], shared[0])
        # the first shared step with a free text and a single choice (the questions may move between steps)
        step = next(s for s in shared if "free_text" in kinds(s) and kinds(s) & {"choose_one", "ordinal"})
        for later in shared[1 : shared.index(step) + 1]:
            for name in first:
                next_step(pages[name], later)
        same = next(q for q in step.vragen if q.soort.value == "free_text")
        other = next(q for q in step.vragen if q.soort.value in ("choose_one", "ordinal"))
        texts = {name: text_of(name, step, same) for name in first[:2]}
        question_box(pages[first[0]], step, same).locator("textarea").fill(texts[first[0]])
        question_box(pages[first[1]], step, same).locator("textarea").fill(texts[first[1]])
        picked = question_box(pages[first[2]], step, other).locator("input[type=radio]").first
        picked_value = picked.get_attribute("data-value")  # each member sees the options in an order of their own
        picked.check()
        with Store(day_server.database_url) as store:
            deadline = time.monotonic() + 60
            record = store.team_answers(table_ids[0], exercise.id)
            while (
                record.versions.get((step.id, same.id), 0) < 2 or (step.id, other.id) not in record.versions
            ) and time.monotonic() < deadline:
                time.sleep(0.5)
                record = store.team_answers(table_ids[0], exercise.id)
        final = record.values.get(step.id, {}).get(same.id)
        assert final in texts.values(), f"after two edits at once the store holds {final!r}"
        assert other.id in record.values.get(step.id, {}), "the edit of another question at the same time was lost"
        for name in first:  # the last write counts, on every screen
            expect(question_box(pages[name], step, same).locator("textarea")).to_have_value(final)
            chosen = question_box(pages[name], step, other).locator(f'input[type=radio][data-value="{picked_value}"]')
            expect(chosen).to_be_checked()
        loser, winner = (first[0], first[1]) if final == texts[first[1]] else (first[1], first[0])
        demands.holds(
            lambda: expect(pages[loser].get_by_text(f"{winner} heeft jouw antwoord", exact=False).first).to_be_visible(
                timeout=SOON
            ),
            f"{loser} is told that {winner} replaced the answer",
        )
        shot(
            pages[first[0]], screens, f"tabletop-{engine}-04-editing-at-once", question_box(pages[first[0]], step, same)
        )
        for earlier in reversed(shared[: shared.index(step)]):  # back to where the table's steps begin
            for name in first:
                previous_step(pages[name], earlier)

        demands.at("shared steps")
        for table in (first, second):
            for index, step in enumerate(shared):
                writer = pages[table[index % 3]]
                expect_step(writer, step)
                answer_step(writer, step, lambda q, s=step, t=table: table_text(t, s, q))
                hand_in_step(writer)
                if index + 1 < len(shared):
                    for name in table:
                        next_step(pages[name], shared[index + 1])
            for name in table[1:]:
                expect_step(pages[name], shared[-1])
        with Store(day_server.database_url) as store:
            for table_id, table in ((table_ids[0], first), (table_ids[1], second)):
                record = store.team_answers(table_id, exercise.id)
                for step in shared:
                    for question in step.vragen:
                        demands.check(
                            question.id in record.values.get(step.id, {}),
                            f"{teams[table_id]}: {step.titel} / {question.vraag} is saved for the table",
                        )
                given = record.values.get(analysis_step.id, {}).get(analysis.id)
                demands.check(
                    given == table_text(table, analysis_step, analysis),
                    f"{teams[table_id]}: the last edit of '{analysis.vraag}' is what the store holds ({given!r})",
                )

        demands.at("observer")
        observer = pages[OBSERVER]
        expect(observer.locator(".ok-team")).to_contain_text("waarnemer")
        note = "De tafel scheidde feiten en meningen goed."
        observer.get_by_text("Waarnemingsformulier", exact=False).first.scroll_into_view_if_needed()
        form = observer.locator(".ok-observer-form")  # its lists are named "Oordeel <criterion>"
        form.get_by_role("combobox", name="Oordeel").first.select_option(index=1)
        observer.get_by_placeholder("Wat zag je?").first.fill(note)
        expect(observer.get_by_text("✓ Waarneming bewaard").first).to_be_visible()
        shot(observer, screens, f"tabletop-{engine}-05-observer", observer.get_by_placeholder("Wat zag je?"))

        demands.at("submit")
        for table in (first, second):
            submit_table(pages[table[0]], demands)
            for name in table:
                expect(pages[name].get_by_text("ingeleverd", exact=False).first).to_be_visible()
        shot(pages[first[0]], screens, f"tabletop-{engine}-06-submitted", pages[first[0]].locator(".ok-welcome").last)

        demands.at("lessons learned")
        lesson = "Eerder de wijkagent en de jongerenwerker samen laten duiden."
        for number, name in enumerate((first[0], second[0]), start=1):
            field = pages[name].get_by_placeholder(LESSONS["anders"])
            field.fill(f"{lesson} (punt {number})")
            expect(pages[name].get_by_text("✓ Terugblik bewaard")).to_be_visible()

        demands.at("reveal")
        facilitator.get_by_role("button", name="Alle referenties tonen").click()
        for name in MEMBERS:
            demands.holds(
                lambda p=pages[name]: expect(p.get_by_text("Totaal", exact=False).first).to_be_visible(timeout=SOON),
                f"{name} sees the table's score once revealed",
            )
        shot(
            pages[first[0]],
            screens,
            f"tabletop-{engine}-07-feedback",
            pages[first[0]].get_by_text("Totaal", exact=False),
        )

        demands.at("dashboard")
        dashboard = facilitator.locator(".ok-app")
        for table_id in table_ids:
            demands.holds(
                lambda t=teams[table_id]: expect(dashboard).to_contain_text(t), f"the dashboard shows {teams[table_id]}"
            )
        demands.holds(
            lambda: expect(facilitator.get_by_text("Nog niemand heeft ingeleverd")).to_have_count(0, timeout=SOON),
            "the dashboard knows the tables handed in",
        )
        shot(facilitator, screens, f"tabletop-{engine}-08-dashboard", facilitator.get_by_text("Tafels naast elkaar"))

        demands.at("exports")
        facilitator.get_by_role("button", name="Exporteer CSV (zip)").click()
        _, data = download(facilitator, re.compile(r"oefenkit-.*\.zip"))
        check_group_export(csv_frames(data), "CSV", exercise, teams, first, second, note, lesson, demands)
        facilitator.get_by_role("button", name="Exporteer Excel").click()
        _, data = download(facilitator, re.compile(r"oefenkit-.*\.xlsx"))
        check_group_export(excel_frames(data), "Excel", exercise, teams, first, second, note, lesson, demands)

        demands.at("personal reports")
        for table_id, table in ((table_ids[0], first), (table_ids[1], second)):
            for name in table:
                report = personal_report(facilitator, name, demands)
                if report is None:
                    continue
                demands.check("Nog niet ingeleverd" not in report, f"{name}'s report says 'Nog niet ingeleverd'")
                demands.check(html.escape(teams[table_id]) in report, f"{name}'s report names the table")
                demands.check(html.escape(roles[seats[name].role or ""]) in report, f"{name}'s report names the role")

                demands.check(
                    html.escape(table_text(table, analysis_step, analysis)) in report or "als-dan" in shared[-1].id,
                    f"{name}'s report holds the table's analysis",
                )
                own = next(q for q in personal[0].vragen if q.soort.value == "free_text")
                demands.check(
                    html.escape(text_of(name, personal[0], own)) in report, f"{name}'s report holds their own 'Vooraf'"
                )
                if name == first[0]:
                    pages_printed = pdf_pages(browser, report, screens, f"tabletop-{engine}-report-{name}")
                    demands.check(1 <= pages_printed <= 30, f"{name}'s report prints on {pages_printed} pages")

        demands.at("after-action report")
        facilitator.get_by_role("button", name="Evaluatierapport maken").click()
        _, data = download(facilitator, "evaluatierapport")
        report = data.decode("utf-8")
        demands.check("Er is nog niets ingeleverd" not in report, "the after-action report says nothing was handed in")
        for table_id in table_ids:
            demands.check(html.escape(teams[table_id]) in report, f"the after-action report names {teams[table_id]}")
        demands.check(html.escape(note) in report, "the after-action report holds the observer's note")
        demands.check(html.escape(lesson) in report, "the after-action report holds the lessons learned")
        named = [name for name in (OBSERVER, *MEMBERS) if name in report]
        demands.check(not named, f"lessons and notes come without names (named: {named})")
        aar_pages = pdf_pages(browser, report, screens, f"tabletop-{engine}-after-action")
        demands.check(1 <= aar_pages <= 12, f"the after-action report prints on {aar_pages} pages")
        shot(facilitator, screens, f"tabletop-{engine}-09-after-session")

        demands.at("delete")
        facilitator.get_by_label("Typ de workshopcode om het verwijderen te bevestigen").fill(code)
        facilitator.get_by_role("button", name="Persoonsgegevens van deze workshop verwijderen").click()
        expect(facilitator.get_by_text(f"Workshop {code} en alle antwoorden zijn verwijderd.")).to_be_visible()
        left = workshop_rows_left(day_server.database_url)
        demands.check(not left, f"rows left after the delete: {left}")
        del observed
    finally:
        for context in contexts:
            context.close()
    print(f"\ntabletop day on {engine}: {time.monotonic() - started:.0f} s")
    demands.assert_all()


def hand_in_step(page: Page) -> None:
    page.get_by_role("button", name=re.compile(r"Stap klaar melden")).click()
    expect(page.get_by_text("Deze stap is klaar gemeld voor de tafel", exact=False)).to_be_visible()


def submit_table(page: Page, demands: Demands) -> None:
    """A table-wide submit asks first (issue 17); confirmed, the whole table has handed in."""
    done = page.get_by_text(re.compile(r"(heeft de analyse van de tafel ingeleverd|had al ingeleverd)"))
    question = page.locator(".ok-warning, [role=alertdialog], [role=dialog]").filter(has_text=re.compile("tafel"))
    button = page.get_by_role("button", name=re.compile(r"hele tafel", re.IGNORECASE)).filter(
        has_not_text=re.compile(r"^Stap")
    )
    button.first.click()
    expect(done.or_(question).first).to_be_visible()
    if demands.check(done.count() == 0, "a table-wide submit asks before it submits"):
        page.get_by_role("button", name=re.compile(r"Ja, inleveren voor de hele tafel")).click()
    expect(done.first).to_be_visible()


def personal_report(page: Page, name: str, demands: Demands) -> str | None:
    chooser = page.locator(".widget-dropdown:visible").filter(has=page.get_by_text("Deelnemer", exact=True)).last
    if not demands.holds(
        lambda: expect(chooser.locator("option", has_text=name)).to_have_count(1, timeout=SOON),
        f"{name} is in the facilitator's list for personal reports",
    ):
        return None
    chooser.locator("select").select_option(label=name)
    page.get_by_role("button", name="Persoonlijk verslag").click()
    _, data = download(page, re.compile(f"verslag-{re.escape(name)}"))
    return data.decode("utf-8")


def check_group_export(
    frames: dict[str, object],
    kind: str,
    exercise: Exercise,
    teams: dict[int, str],
    first: list[str],
    second: list[str],
    note: str,
    lesson: str,
    demands: Demands,
) -> None:
    """A sheet per kind with Dutch headers: seats, the tables' answers and results, observations, lessons."""
    import pandas as pd

    for sheet in ("tafels", "tafelantwoorden", "tafelresultaten", "waarnemingen", "lessen"):
        if not demands.check(sheet in frames, f"{kind}: no sheet '{sheet}' (sheets: {sorted(frames)})"):
            return
    seats = frames["tafels"]
    answers = frames["tafelantwoorden"]
    results = frames["tafelresultaten"]
    observations = frames["waarnemingen"]
    lessons = frames["lessen"]
    assert isinstance(seats, pd.DataFrame) and isinstance(answers, pd.DataFrame)
    assert isinstance(results, pd.DataFrame) and isinstance(observations, pd.DataFrame)
    assert isinstance(lessons, pd.DataFrame)
    demands.check(
        set(first + second) <= set(seats["Naam"]), f"{kind}: every member has a seat row ({list(seats['Naam'])})"
    )
    for table_name in teams.values():
        mine = answers[answers["Tafel"] == table_name]
        for step in (s for s in exercise.steps if s.gedeeld):
            for question in step.vragen:
                rows = mine[(mine["Stap"] == step.titel) & (mine["Vraag"] == question.vraag)]
                demands.check(
                    len(rows) == 1 and bool(str(rows.iloc[0]["Antwoord"]).strip()),
                    f"{kind}: {table_name} / {step.titel} / {question.vraag}: {len(rows)} rows",
                )
    demands.check(sorted(results["Tafel"]) == sorted(teams.values()), f"{kind}: results of {list(results['Tafel'])}")
    demands.check(note in set(observations["Waarneming"]), f"{kind}: the observer's note is in 'waarnemingen'")
    demands.check(any(lesson in str(v) for v in lessons["Antwoord"]), f"{kind}: the lessons learned are in 'lessen'")


def kinds(step: Step) -> set[str]:
    """The answer kinds a step asks."""
    return {q.soort.value for q in step.vragen}
