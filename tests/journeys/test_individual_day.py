"""An individual workshop day in a real browser, once on SQLite and once on PostgreSQL.

The facilitator creates the workshop in facilitator.ipynb; three participants, each in their own browser
context, answer every step of casus 1 (one reloads half-way, one joins late); the dashboard shows them
as they work; the facilitator reveals the reference step by step; the CSV and Excel exports, read back
with pandas, hold every answer; the personal reports and the after-action report render and print to
PDF; deleting the workshop's personal data leaves nothing of it in any table of the store.
"""

from __future__ import annotations

import html
import re
import time
from pathlib import Path

import pandas as pd
import pytest
from journey_facilitator import create_workshop, csv_frames, download, excel_frames, open_dashboard, pdf_pages
from journey_server import TIMEOUT_MS, KitServer
from journey_steps import answer_step, expect_step, next_step, open_exercise, shot, sign_in
from journey_store import workshop_rows_left
from playwright.sync_api import Browser, BrowserContext, Page, expect

from kit.content.exercise import Exercise
from kit.content.library import load_library
from kit.content.models import Kind, Question, Step

pytestmark = [pytest.mark.journey, pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(1800)]
EXERCISE = "casus-1"
PEOPLE = ("Sanne de Vries", "Karim Bouali", "Els Jansen")  # Els joins late
# Tables a workshop's delete may leave rows in: none holds anything of a participant or a workshop.
NOT_PERSONAL: set[str] = set()


def text_of(name: str, step: Step, question: Question) -> str:
    return f"{name} bij {step.id}/{question.id}: vermijding en irritatie in de portieken"


def new_page(browser: Browser) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return context, page


def answer_steps(page: Page, exercise: Exercise, name: str, steps: range) -> None:
    for index in steps:
        step = exercise.steps[index]
        expect_step(page, step)
        answer_step(page, step, lambda q, s=step: text_of(name, s, q))
        if index + 1 < len(exercise.steps):
            next_step(page, exercise.steps[index + 1])


def any_free_text(step: Step) -> bool:
    return any(q.soort is Kind.free_text for q in step.vragen)


def hand_in(page: Page) -> None:
    page.get_by_role("button", name="Inleveren en feedback bekijken").click()
    expect(page.get_by_text("Je antwoorden zijn ingeleverd")).to_be_visible()


def test_an_individual_workshop_day(browser: Browser, day_server: KitServer, screens: Path) -> None:
    started = time.monotonic()
    engine = day_server.engine
    exercise = load_library().exercise(EXERCISE)
    steps = exercise.steps
    contexts: list[BrowserContext] = []
    try:
        context, facilitator = new_page(browser)
        contexts.append(context)
        code, key = create_workshop(
            facilitator, day_server.url, day_server.organiser_key(), "Trainingsdag Oost", [exercise], group=False
        )
        assert re.fullmatch(r"[A-Z0-9-]{4,}", code), code
        assert key
        shot(facilitator, screens, f"individual-{engine}-01-created")
        open_dashboard(facilitator, code)

        pages: dict[str, Page] = {}
        for name in PEOPLE[:2]:
            context, page = new_page(browser)
            contexts.append(context)
            open_exercise(page, day_server.url, exercise)
            sign_in(page, name, code)
            pages[name] = page
        sanne, karim = pages[PEOPLE[0]], pages[PEOPLE[1]]

        # Sanne works half-way and reloads: her answers and her step come back.
        half = next(i for i in range(len(steps) // 2, len(steps)) if any_free_text(steps[i - 1]))
        answer_steps(sanne, exercise, PEOPLE[0], range(half))
        sanne.reload()
        expect(sanne.get_by_text("Welkom terug")).to_be_visible()
        expect_step(sanne, steps[half])
        sanne.get_by_role("button", name="◀ Vorige stap").click()
        expect_step(sanne, steps[half - 1])
        first_text = next(q for q in steps[half - 1].vragen if q.soort is Kind.free_text)
        expect(sanne.locator(f'[class~="ok-name-ok-q-{steps[half - 1].id}-{first_text.id}"] textarea')).to_have_value(
            text_of(PEOPLE[0], steps[half - 1], first_text)
        )
        next_step(sanne, steps[half])

        # The dashboard shows both while they work.
        progress = facilitator.locator(".ok-table").first
        for name in PEOPLE[:2]:
            expect(progress).to_contain_text(name)
        shot(facilitator, screens, f"individual-{engine}-02-dashboard-live", progress)

        answer_steps(karim, exercise, PEOPLE[1], range(len(steps)))
        answer_steps(sanne, exercise, PEOPLE[0], range(half, len(steps)))

        # Els joins late, while the others are handing in.
        context, els = new_page(browser)
        contexts.append(context)
        open_exercise(els, day_server.url, exercise)
        sign_in(els, PEOPLE[2], code)
        pages[PEOPLE[2]] = els
        hand_in(sanne)
        hand_in(karim)
        expect(progress).to_contain_text(PEOPLE[2])
        answer_steps(els, exercise, PEOPLE[2], range(len(steps)))
        hand_in(els)
        shot(sanne, screens, f"individual-{engine}-03-handed-in", sanne.get_by_text("Je antwoorden zijn ingeleverd"))
        expect(facilitator.get_by_text(re.compile(r"3 deelnemers, van wie 3 hebben ingeleverd"))).to_be_visible()
        shot(facilitator, screens, f"individual-{engine}-04-dashboard-all-in", progress)

        # The facilitator reveals step by step; each participant's feedback grows with it.
        for step in steps:
            facilitator.get_by_label("Stap", exact=True).select_option(label=step.titel)
            facilitator.get_by_role("button", name="Referentie van deze stap tonen").click()
            expect(sanne.locator(".ok-step-scores")).to_contain_text(step.titel)
        facilitator.get_by_role("button", name="Alle referenties tonen").click()  # and the total with it
        for page in pages.values():
            expect(page.get_by_text("Totaal:")).to_be_visible()
            expect(page.locator(".ok-step-scores")).to_contain_text(steps[-1].titel)
        shot(sanne, screens, f"individual-{engine}-05-feedback-revealed", sanne.locator(".ok-step-scores"))
        shot(facilitator, screens, f"individual-{engine}-06-dashboard-revealed", facilitator.get_by_text("Scores"))

        # Exports: every answer of every participant, in both formats.
        facilitator.get_by_role("button", name="Exporteer CSV (zip)").click()
        name, data = download(facilitator, re.compile(r"\.zip$"))
        assert name.startswith(f"oefenkit-{code}")
        check_export(csv_frames(data), exercise, "CSV")
        facilitator.get_by_role("button", name="Exporteer Excel").click()
        name, data = download(facilitator, re.compile(r"\.xlsx$"))
        check_export(excel_frames(data), exercise, "Excel")

        # Personal reports: each participant's own answers and score; printable.
        for person in PEOPLE:
            choose_person(facilitator, person)
            facilitator.get_by_role("button", name="Persoonlijk verslag").click()
            _, data = download(facilitator, f"verslag-{person}")
            report = data.decode("utf-8")
            assert html.escape(person) in report
            assert "Nog niet ingeleverd" not in report
            for step in steps:
                for question in step.vragen:
                    if question.soort is Kind.free_text:
                        assert html.escape(text_of(person, step, question)) in report, (person, question.vraag)
            pages_printed = pdf_pages(browser, report, screens, f"individual-{engine}-report-{person.split()[0]}")
            assert 2 <= pages_printed <= 30, pages_printed

        # The after-action report of the day: everyone's scores, printable.
        facilitator.get_by_label("Je notitie bij de sterke punten").fill("Signalen werden snel gedeeld.")
        facilitator.get_by_role("button", name="Evaluatierapport maken").click()
        _, data = download(facilitator, "evaluatierapport")
        report = data.decode("utf-8")
        assert "Signalen werden snel gedeeld." in report
        assert "Er is nog niets ingeleverd" not in report
        assert re.search(r"\b3\b", report)
        aar_pages = pdf_pages(browser, report, screens, f"individual-{engine}-after-action")
        assert 1 <= aar_pages <= 10, aar_pages
        shot(facilitator, screens, f"individual-{engine}-07-after-session", facilitator.locator("a.ok-download"))

        # Delete: nothing of the workshop is left in any table.
        facilitator.get_by_label("Typ de workshopcode om het verwijderen te bevestigen").fill(code)
        facilitator.get_by_role("button", name="Persoonsgegevens van deze workshop verwijderen").click()
        expect(facilitator.get_by_text(f"Workshop {code} en alle antwoorden zijn verwijderd.")).to_be_visible()
        left = workshop_rows_left(day_server.database_url)
        assert not {t: n for t, n in left.items() if t not in NOT_PERSONAL}, f"rows left after the delete: {left}"
    finally:
        for context in contexts:
            context.close()
    print(f"\nindividual day on {engine}: {time.monotonic() - started:.0f} s")


def choose_person(page: Page, person: str) -> None:
    """The participant chooser of the after-session panel (the one that is shown)."""
    chooser = page.locator(".widget-dropdown:visible").filter(has=page.get_by_text("Deelnemer", exact=True)).last
    chooser.locator("select").select_option(label=person)


def check_export(frames: dict[str, pd.DataFrame], exercise: Exercise, kind: str) -> None:
    """Every question of every participant has its row with an answer; free texts word for word."""
    answers = frames["antwoorden"]
    for person in PEOPLE:
        mine = answers[answers["Naam"] == person]
        for step in exercise.steps:
            for question in step.vragen:
                rows = mine[(mine["Stap"] == step.titel) & (mine["Vraag"] == question.vraag)]
                assert len(rows) == 1, f"{kind}: {person} {step.titel} / {question.vraag}: {len(rows)} rows"
                given = str(rows.iloc[0]["Antwoord"])
                assert given.strip(), f"{kind}: {person} {step.titel} / {question.vraag}: empty"
                if question.soort is Kind.free_text:
                    assert given == text_of(person, step, question), (kind, given)
    results = frames["resultaten"]
    assert sorted(results["Naam"]) == sorted(PEOPLE), f"{kind}: results of {list(results['Naam'])}"
    steps = frames["stappen"]
    assert len(steps) == len(PEOPLE) * len(exercise.steps), f"{kind}: {len(steps)} step rows"
