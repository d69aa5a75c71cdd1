"""The tabletop day under the real JupyterHub: a facilitator, four participants at two tables and an observer,
in Chromium, every call through the service (issue 23, items 2 and 3).

The facilitator leads it from her own server (facilitator.ipynb, Hub group `facilitators`): she creates the
group workshop with the organiser key, makes two tables, loads a draaiboek written with `kit draaiboek` and
edited in a spreadsheet, starts the clock, reveals, exports and deletes. The members' and the observer's
kernels have no store of their own: seats, the shared record on every screen, an inject for one role
only, the observer's form, the hand-in, the table's one submission without scores before the reveal,
lessons learned. The store is only read here, to check what the screens did.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hub_browser import log_in_at_hub
from hub_setup import FACILITATOR, TABLE_USERS, USERS, RunningHub
from playwright.sync_api import Browser, BrowserContext, Page, expect

from kit.content.library import load_library
from kit.facilitation.evaluation_guide import LESSONS
from kit.remote.client import ServiceClient, ServiceError
from kit.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journeys"))
from journey_facilitator import create_workshop, csv_frames, download, open_dashboard
from journey_store import rows_per_table

pytestmark = pytest.mark.timeout(1800)
EXERCISE = "steekpartij/oefenvorm-2"
NOTEBOOK = "samos-oefenvorm-2.ipynb"
TIMEOUT_MS = 120_000
SOON = 60_000
expect.set_options(timeout=TIMEOUT_MS)  # a sign-in under the Hub waits for the kernel and the service
PLAYERS = (*USERS, TABLE_USERS[0])  # four at tables
WATCHER = TABLE_USERS[1]  # the observer
OBSERVER_ROLE = "Waarnemer (observeert een tafel)"
TIMED = "r1-scooters"


def name_of(user: str) -> str:
    return f"Speler {user.capitalize()}"


def wait_for(probe: Callable[[], Any], what: str, seconds: float = 60) -> Any:
    """Poll the store until `probe` gives something truthy (the screens save debounced, in their own kernels)."""
    deadline = time.monotonic() + seconds
    while True:
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds} s: {what}")
        time.sleep(0.5)


def open_at_hub(browser: Browser, hub: RunningHub, user: str) -> tuple[BrowserContext, Page]:
    context, page = log_in_at_hub(browser, hub.url, user, 1200)
    page.goto(f"{hub.url}/user/{user}/voila/render/{NOTEBOOK}", wait_until="commit")
    return context, page


def write_draaiboek(folder: Path, role: str) -> Path:
    """One line, for one role: written by the kit, edited in a spreadsheet (openpyxl here), checked by the kit."""
    path = folder / "draaiboek.xlsx"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-m", "kit", "draaiboek", EXERCISE, str(path)], cwd=root, check=True)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    head = [str(c.value) for c in sheet[1]]
    sheet.delete_rows(2, sheet.max_row)
    line = {"nr": 1, "tijd": "T+0:00", "inject": TIMED, "ontvangers": role}
    sheet.append([line.get(column, "") for column in head])
    book.save(path)
    return path


def sign_in_at_table(page: Page, name: str, code: str, observer: bool = False) -> None:
    expect(page.get_by_role("button", name="Beginnen")).to_be_visible()
    page.get_by_placeholder("bijv. Sanne de Vries").fill(name)
    page.get_by_placeholder("leeg bij zelfstudie").fill(code)
    if observer:
        page.get_by_label("Jouw rol").select_option(label=OBSERVER_ROLE)
    page.get_by_role("button", name="Beginnen").click()
    expect(page.locator(".ok-team").or_(page.locator(".ok-error")).first).to_be_visible()
    assert page.locator(".ok-error").count() == 0, page.locator(".ok-error").first.inner_text()


def box(page: Page, step_id: str, question_id: str) -> Any:
    return page.locator(f'[class~="ok-name-ok-q-{step_id}-{question_id}"]')


def next_step(page: Page, title: str) -> None:
    page.get_by_role("button", name="Volgende stap ▶").click()
    expect(page.locator("h2.ok-step-title")).to_have_text(title)


def test_a_tabletop_day_under_the_hub(hub: RunningHub, browser: Browser, database_url: str, tmp_path: Path) -> None:
    exercise = load_library().exercise(EXERCISE)
    personal = next(s for s in exercise.steps if not s.gedeeld)
    shared = next(s for s in exercise.steps if s.gedeeld and any(q.soort.value == "free_text" for q in s.vragen))
    question = next(q for q in shared.vragen if q.soort.value == "free_text")
    with Store(database_url) as store:
        organiser_key = store.reset_organiser_key()  # the operator's `python -m kit organisatorsleutel`
    before = rows_per_table(database_url)  # the Hub's earlier tests share the database
    contexts: list[BrowserContext] = []
    try:
        context, facilitator = log_in_at_hub(browser, hub.url, FACILITATOR, 1000, accept_downloads=True)
        contexts.append(context)
        base = f"{hub.url}/user/{FACILITATOR}"
        code, _key = create_workshop(facilitator, base, organiser_key, "Hub-tafeldag", [exercise], group=True)
        open_dashboard(facilitator, code)
        facilitator.get_by_label("Aantal tafels").fill("2")
        facilitator.get_by_label("Aantal tafels").press("Enter")
        facilitator.get_by_role("button", name="Tafels maken en vullen").click()
        expect(facilitator.get_by_text("2 tafels", exact=False).first).to_be_visible()

        pages: dict[str, Page] = {}
        for user in (*PLAYERS, WATCHER):  # all open at once, as in a room: the servers and kernels start side by side
            context, pages[user] = open_at_hub(browser, hub, user)
            contexts.append(context)
        for user in PLAYERS:
            sign_in_at_table(pages[user], name_of(user), code)
        sign_in_at_table(pages[WATCHER], name_of(WATCHER), code, observer=True)

        # Seats: two tables of two, each with two roles; the observer at the first; each bound to their account.
        with Store(database_url) as store:
            seats = {m.name: m for m in store.team_members(code)}
            tables = {t.name: t.id for t in store.teams(code)}
            owners = {name: store.hub_owner(m.participant_id) for name, m in seats.items()}
        assert owners == {name_of(u): u for u in (*PLAYERS, WATCHER)}
        by_table: dict[int, list[str]] = {}
        for user in PLAYERS:
            by_table.setdefault(seats[name_of(user)].team_id or 0, []).append(user)
        assert sorted(len(v) for v in by_table.values()) == [2, 2], by_table
        first, second = by_table[tables["Tafel 1"]], by_table[tables["Tafel 2"]]
        assert seats[name_of(WATCHER)].team_id == tables["Tafel 1"] and seats[name_of(WATCHER)].role == "waarnemer"
        roles = {r.id: r.naam for r in exercise.roles}
        for user in PLAYERS:
            role = roles[seats[name_of(user)].role or ""]
            expect(pages[user].locator(".ok-team")).to_contain_text(f"jouw rol: {role}")
        expect(pages[WATCHER].locator(".ok-team")).to_contain_text("waarnemer")

        # The draaiboek: one line for the first member's role only, loaded by the facilitator; the clocks run.
        timed_role = seats[name_of(first[0])].role or ""
        with facilitator.expect_file_chooser() as chooser:
            facilitator.get_by_role("button", name=re.compile("Draaiboek laden")).click()
        chooser.value.set_files(str(write_draaiboek(tmp_path, timed_role)))
        expect(facilitator.get_by_text("Draaiboek 'draaiboek.xlsx' geladen", exact=False)).to_be_visible()
        facilitator.get_by_role("button", name="Start / hervat klok").click()
        inject = next(i.tekst for i in exercise.injects if i.id == TIMED)[:50]
        expect(pages[first[0]].locator(".ok-inject").filter(has_text=inject)).to_have_count(1, timeout=SOON)
        expect(pages[WATCHER].locator(".ok-inject").filter(has_text=inject)).to_have_count(1, timeout=SOON)
        # the clock is shown; that it runs, the T+0:00 inject released above shows
        expect(pages[first[0]].get_by_text(re.compile(r"Klok: T\+\d+:\d\d"))).to_be_visible(timeout=SOON)
        time.sleep(3)  # the others refresh every second: a wrong release would show by now
        for user in PLAYERS:
            if seats[name_of(user)].role == timed_role:  # the same role at the other table gets it too
                expect(pages[user].locator(".ok-inject").filter(has_text=inject)).to_have_count(1, timeout=SOON)
            else:
                assert pages[user].locator(".ok-inject").filter(has_text=inject).count() == 0, user

        # The personal step stays each member's own; then the table's shared step on every screen.
        own = next(q for q in personal.vragen if q.soort.value == "free_text")
        box(pages[first[0]], personal.id, own.id).locator("textarea").fill("Alleen mijn eigen beeld")
        for user in (*first, WATCHER):
            for step in exercise.steps[1 : exercise.steps.index(shared) + 1]:
                next_step(pages[user], step.titel)
        text = "De tafel ziet wraakgeruchten en scooters bij de Rivierenflats"
        box(pages[first[0]], shared.id, question.id).locator("textarea").fill(text)
        expect(box(pages[first[1]], shared.id, question.id).locator("textarea")).to_have_value(text, timeout=SOON)
        watched = box(pages[WATCHER], shared.id, question.id).locator("textarea")
        expect(watched).to_have_value(text, timeout=SOON)
        expect(watched).to_be_disabled()
        with Store(database_url) as store:
            record = wait_for(
                lambda: store.team_answers(tables["Tafel 1"], EXERCISE).values.get(shared.id), "the table's record"
            )
            assert record[question.id] == text
            assert store.team_answers(tables["Tafel 2"], EXERCISE).values == {}
            mine = wait_for(lambda: store.load_answers(seats[name_of(first[0])].participant_id, EXERCISE), "own step")
            assert mine[personal.id][own.id] == "Alleen mijn eigen beeld"

        # The observer rates the step; members have no such form.
        pages[WATCHER].locator(".ok-observer-form").get_by_label("Oordeel", exact=True).first.select_option(index=1)
        expect(pages[WATCHER].get_by_text("✓ Waarneming bewaard").first).to_be_visible(timeout=SOON)
        assert pages[first[0]].get_by_text("Waarnemingsformulier", exact=False).count() == 0
        with Store(database_url) as store:
            seen = wait_for(lambda: store.observations(code, EXERCISE), "the observation")
        assert seen[0]["observer"] == name_of(WATCHER) and seen[0]["team_id"] == tables["Tafel 1"]

        # Hand in, then the table's one submission: scored by the service, shown without scores before the reveal.
        pages[first[1]].get_by_role("button", name=re.compile("Stap klaar melden")).click()
        expect(pages[first[1]].get_by_text("Deze stap is klaar gemeld", exact=False)).to_be_visible()
        pages[first[0]].get_by_role("button", name=re.compile("Analyse inleveren voor de hele tafel")).click()
        pages[first[0]].get_by_role("button", name="Ja, inleveren voor de hele tafel").click()
        done = re.compile("heeft de analyse van de tafel ingeleverd")
        for user in (*first, WATCHER):
            expect(pages[user].get_by_text(done).first).to_be_visible(timeout=SOON)
        with Store(database_url) as store:
            assert store.handed_in_steps(tables["Tafel 1"], EXERCISE) == {shared.id}
            kept = store.team_result(tables["Tafel 1"], EXERCISE)
        assert kept is not None and kept["submitted_by"] == name_of(first[0])
        references = [s["modelantwoord"] for s in kept["result"]["steps"] if s.get("modelantwoord")]
        assert references
        for user in (*first, WATCHER):
            shown = pages[user].locator(".ok-app").inner_text()
            assert not any(json.dumps(r)[1:40] in shown for r in references if isinstance(r, str)), user
            assert "Totaal" not in shown, user

        # Lessons learned, each their own.
        field = pages[first[1]].get_by_placeholder(LESSONS["anders"])
        field.fill("Eerder samen duiden")
        expect(pages[first[1]].get_by_text("✓ Terugblik bewaard")).to_be_visible(timeout=SOON)
        with Store(database_url) as store:
            wait_for(lambda: store.workshop_lessons(code), "the lessons")

        refused_with_real_tokens(hub, seats, first, second)

        # The facilitator reveals: the table's screens show the score, through the service.
        facilitator.get_by_role("button", name="Alle referenties tonen").click()
        expect(pages[first[0]].get_by_text("Totaal", exact=False).first).to_be_visible(timeout=SOON)
        for page in (*pages.values(), facilitator):
            assert page.get_by_text("Traceback").count() == 0

        # The export holds the tables' work; then the delete, which leaves no workshop.
        facilitator.get_by_role("button", name="Exporteer CSV (zip)").click()
        _, data = download(facilitator, re.compile(r"oefenkit-.*\.zip"))
        frames = csv_frames(data)
        answers = frames["tafelantwoorden"]
        assert text in set(answers[answers["Tafel"] == "Tafel 1"]["Antwoord"]), answers
        assert sorted(frames["tafelresultaten"]["Tafel"]) == ["Tafel 1"]
        assert name_of(WATCHER) in " ".join(map(str, frames["waarnemingen"].to_numpy().ravel()))
        assert any("Eerder samen duiden" in str(v) for v in frames["lessen"]["Antwoord"])
        facilitator.get_by_label("Typ de workshopcode om het verwijderen te bevestigen").fill(code)
        facilitator.get_by_role("button", name="Persoonsgegevens van deze workshop verwijderen").click()
        expect(facilitator.get_by_text(f"Workshop {code} en alle antwoorden zijn verwijderd.")).to_be_visible()
    finally:
        for context in contexts:
            context.close()
    left = {t: n - before.get(t, 0) for t, n in rows_per_table(database_url).items() if n != before.get(t, 0)}
    assert not left, f"the delete leaves rows of the day: {left}"


def refused_with_real_tokens(hub: RunningHub, seats: dict[str, Any], first: list[str], second: list[str]) -> None:
    """What a crafted kernel could send with its own Hub token: another's participant, an observer's write."""
    shared = {"exercise_id": EXERCISE, "step_id": "beeldvorming", "question_id": "motivering", "base_version": 0}

    def client(user: str) -> ServiceClient:
        """The user's own API token; their session may hold an _xsrf cookie per path, so each is tried."""
        session = hub.login(user)
        for xsrf in [c.value for c in session.cookies if c.name == "_xsrf"]:
            made = session.post(
                f"{hub.url}/hub/api/users/{user}/tokens", json={}, headers={"X-XSRFToken": xsrf or ""}, timeout=30
            )
            if made.ok:
                return ServiceClient(hub.service_url, token=str(made.json()["token"]))
        raise AssertionError(f"no API token for {user}")

    other = seats[name_of(first[0])].participant_id
    with pytest.raises(ServiceError, match="hoort niet bij jouw account"):
        client(second[0]).call("table_save", participant_id=other, value="overschreven", **shared)
    watcher = seats[name_of(WATCHER)].participant_id
    with pytest.raises(ServiceError, match="waarnemer"):
        client(WATCHER).call("table_save", participant_id=watcher, value="overschreven", **shared)
    with pytest.raises(ServiceError, match="waarnemer"):
        client(WATCHER).call("table_submit", participant_id=watcher, exercise_id=EXERCISE)
