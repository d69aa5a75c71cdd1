"""Take the README's screenshots at 1280x900 with Debian's chromium against a throw-away Voila server.

Run from the repository root: `.venv/bin/python tools/screenshots.py [OUT_DIR]` (default docs/img).
It writes feedback.png (a learner's feedback after submitting casus 1) and dashboard.png (the
facilitator's dashboard of a workshop with a few participants).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from voila_server import CHROMIUM, CHROMIUM_ARGS, running_voila  # noqa: E402

from kit.content.library import load_library  # noqa: E402
from kit.scoring.engine import score_exercise  # noqa: E402
from kit.scoring.model_answers import model_answers  # noqa: E402
from kit.store import Store  # noqa: E402

SIZE = {"width": 1280, "height": 900}


def scroll_to(page: Page, selector: str) -> None:
    page.locator(selector).first.scroll_into_view_if_needed()
    page.evaluate("(sel) => document.querySelector(sel).scrollIntoView({block: 'start'})", selector)
    page.wait_for_timeout(400)


def learner_feedback(page: Page, url: str, out: Path) -> None:
    exercise = load_library().exercise("casus-1")
    page.goto(f"{url}/voila/render/casus-1.ipynb")
    page.wait_for_selector(".ok-app")
    page.get_by_placeholder("bijv. Sanne de Vries").fill("Sanne de Vries")
    page.get_by_role("button", name="Beginnen").click()
    page.wait_for_selector(".ok-welcome")
    for label in [o.label for o in exercise.options[("stap-1", "signalen")][:4]]:
        page.get_by_label(label, exact=True).check()
    page.locator("textarea").first.fill("Met de wijkagent en het jongerenwerk: zij zien de jongeren dagelijks.")
    page.get_by_role("combobox", name="Ga naar").select_option(label=exercise.steps[2].titel)
    phase = next(o.label for o in exercise.options[("stap-2-2", "fase")] if o.id.endswith("onderhuidse-spanningen"))
    page.get_by_label(phase, exact=True).check()
    page.locator("textarea").first.fill("Bewoners vermijden elkaar; er is irritatie over vuil in de portieken.")
    page.wait_for_selector(".ok-status:has-text('Opgeslagen')")
    submit = page.get_by_role("button", name="Inleveren en feedback bekijken")
    submit.click()
    submit.click()
    page.wait_for_selector(".ok-summary")
    page.locator(".ok-step-feedback > summary").nth(2).click()
    scroll_to(page, ".ok-missed")
    page.screenshot(path=str(out / "feedback.png"))


def facilitator_dashboard(page: Page, url: str, store_url: str, out: Path) -> None:
    library = load_library()
    exercise = library.exercise("casus-1")
    with Store(store_url) as store:
        workshop = store.create_workshop("Training wijkteams Oost", ["casus-1"], "individueel")
        model = model_answers(exercise)
        phases = ["onderhuidse-spanningen", "ongemak", "onderhuidse-spanningen", "polarisatie"]
        for number, name in enumerate(["Anouk", "Bram", "Chantal", "Daan", "Esra", "Finn"]):
            pid = store.join(name, workshop.code).id
            phase = phases[number % len(phases)]
            text = ["Vermijding en irritatie tussen buren", "Wij-zij-denken in de portieken", ""][number % 3]
            store.save_answer(pid, "casus-1", "stap-2-2", {"fase": f"stappenplan.fasen.{phase}", "toelichting": text})
            store.set_position(pid, "casus-1", "stap-2-2" if number < 4 else "stap-2-5")
            if number < 3:
                answers = {**model, "stap-2-2": {"fase": f"stappenplan.fasen.{phase}", "toelichting": text}}
                result = score_exercise(exercise, answers).to_dict()
                store.submit(pid, "casus-1", answers, result, result["total"])
        code, key = workshop.code, workshop.key or ""
    page.goto(f"{url}/voila/render/facilitator.ipynb")
    page.wait_for_selector(".ok-app")
    page.get_by_label("Workshopcode").fill(code)
    page.get_by_label("Sleutel").fill(key)
    page.get_by_role("button", name="Openen").click()
    page.wait_for_selector("text=Wie is waar?")
    page.get_by_role("combobox", name="Stap").select_option(label=exercise.steps[2].titel)
    page.wait_for_timeout(1500)
    scroll_to(page, ".ok-app h1")
    page.screenshot(path=str(out / "dashboard.png"))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as workdir,
        running_voila(Path(workdir), preheat=False) as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=SIZE)
        page.set_default_timeout(90_000)
        learner_feedback(page, server.url, out)
        facilitator_dashboard(page, server.url, server.store_url, out)
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
