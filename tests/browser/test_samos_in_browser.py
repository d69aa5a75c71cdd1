"""A SAMOS oefening in a real browser: sign in with a role, classify statements, advance, get feedback."""

from __future__ import annotations

import re

import pytest
from browser_helpers import open_app, sign_in
from playwright.sync_api import Page, expect
from voila_server import VoilaServer

from kit.content.library import load_library
from kit.content.models import ClassifyReference

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_samos_oefenvorm_2_to_feedback(page: Page, server: VoilaServer) -> None:
    library = load_library()
    exercise = library.exercise("azc/oefenvorm-2")
    role = exercise.roles[1]
    reference = exercise.step_reference("vooraf")
    assert reference is not None
    classify = reference.vragen["waarneming-oordeel"]
    assert isinstance(classify, ClassifyReference)

    open_app(page, server, "samos-oefenvorm-2.ipynb")
    page.get_by_label("Scenario").select_option(label=exercise.scenario.titel)
    page.locator("select").nth(1).select_option(label=f"{role.naam} ({role.organisatie})")
    sign_in(page, "SAMOS Deelnemer")
    expect(page.get_by_role("heading", name="Vooraf · Jouw eigen beeld")).to_be_visible()
    own = [i for i in exercise.injects if i.ronde == 1 and role.id in i.ontvangers]
    expect(page.get_by_text(own[0].tekst[:30], exact=False).first).to_be_visible()

    statements = [s.id for s in exercise.scenario.uitspraken]
    categories = {"waarneming": "Waarneming", "oordeel": "Oordeel"}
    for verdict in classify.indeling:
        row = statements.index(verdict.item)
        label = categories[verdict.categorie]  # a toggle is named by its category and its statement (WCAG 1.3.1)
        page.get_by_role("button", name=re.compile(f"^{label}\\b")).nth(row).click()
    page.locator("textarea").first.fill("Ik zag zelf de eieren tegen het gemeentehuis; wie erachter zit weet ik niet.")

    page.get_by_role("button", name="Feedback op deze stap").click()
    expect(page.get_by_text("Juist ingedeeld").first).to_be_visible()

    page.get_by_role("button", name="Volgende stap ▶").click()
    others = [i for i in exercise.injects if i.ronde == 1 and role.id not in i.ontvangers]
    expect(page.get_by_text(others[0].tekst[:30], exact=False).first).to_be_visible()

    submit = page.get_by_role("button", name="Inleveren en feedback bekijken")
    submit.click()
    submit.click()
    expect(page.get_by_text("Totaal:")).to_be_visible()
    expect(page.locator(".ok-step-scores")).to_contain_text("Vooraf · Jouw eigen beeld")
