"""The individual workshop day under the real Hub: the facilitator leads it from her own server.

Fenna (in the Hub's facilitators group) opens facilitator.ipynb in her own Voila-only server, creates the
workshop with the organiser key, and watches four participants (their own Hub accounts, each in their own
Chromium context) answer casus 1; she reveals, exports CSV and Excel, downloads the personal and the
after-action reports, and deletes the workshop. Every facilitator call goes through the service; the
participants' tokens are refused by those calls. The test also measures what a participant costs (their
server and kernel at sign-in) and the service's latency for save and score under 40 concurrent callers,
and prints both (deploy/README.md, 'Capaciteit onder de Hub'); timings are printed, never asserted.
"""

from __future__ import annotations

import html
import json
import re
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from hub_browser import log_in_at_hub
from hub_setup import ACCOUNT_PREFIX, DAY_PARTICIPANTS, FACILITATOR, RunningHub
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journeys"))
from journey_facilitator import create_workshop, csv_frames, download, excel_frames, open_dashboard
from journey_steps import answer_step, expect_step, next_step, open_exercise, sign_in
from journey_store import participant_ids

from kit.content.exercise import Exercise
from kit.content.library import load_library
from kit.content.models import Kind, Question, Step
from kit.remote.client import ServiceClient, ServiceError
from kit.store import Store

pytestmark = pytest.mark.timeout(1800)
EXERCISE = "casus-1"
TIMEOUT_MS = 120_000
NAMES = {user: f"{user.capitalize()} van der Hub" for user in DAY_PARTICIPANTS}
CALLERS = 40
expect.set_options(timeout=TIMEOUT_MS)  # first pages of a fresh server take a while on 2 busy cores


def text_of(name: str, step: Step, question: Question) -> str:
    return f"{name} bij {step.id}/{question.id}: vermijding en irritatie in de portieken"


def hub_page(browser: Browser, hub: RunningHub, user: str) -> tuple[BrowserContext, Page]:
    """A Chromium context logged in at the Hub's form as `user` (their server starts on the way)."""
    return log_in_at_hub(browser, hub.url, user, 1000, accept_downloads=True)


def account_cost(user: str) -> tuple[float, float]:
    """RSS (MB) and CPU seconds so far of every process of the user's account: their server and kernels."""
    rss = cpu = 0.0
    for process in psutil.process_iter(["username"]):
        if process.info["username"] == ACCOUNT_PREFIX + user:
            try:
                rss += process.memory_info().rss / 2**20
                times = process.cpu_times()
                cpu += times.user + times.system
            except psutil.NoSuchProcess:
                continue
    return rss, cpu


@pytest.fixture(scope="module")
def contexts(browser: Browser) -> Iterator[list[BrowserContext]]:
    made: list[BrowserContext] = []
    yield made
    for context in made:
        context.close()


def test_the_individual_day_under_the_hub(
    hub: RunningHub, browser: Browser, contexts: list[BrowserContext], database_url: str
) -> None:
    started = time.monotonic()
    exercise = load_library().exercise(EXERCISE)
    steps = exercise.steps
    with Store(database_url) as store:
        organiser_key = store.reset_organiser_key()  # the operator's `python -m kit organisatorsleutel`

    context, facilitator = hub_page(browser, hub, FACILITATOR)
    contexts.append(context)
    base = f"{hub.url}/user/{FACILITATOR}"
    code, key = create_workshop(facilitator, base, organiser_key, "Hubdag Oost", [exercise], group=False)
    open_dashboard(facilitator, code)

    pages: dict[str, Page] = {}
    costs: dict[str, tuple[float, float]] = {}
    for user in DAY_PARTICIPANTS:
        context, page = hub_page(browser, hub, user)
        contexts.append(context)
        open_exercise(page, f"{hub.url}/user/{user}", exercise)
        sign_in(page, NAMES[user], code)
        costs[user] = account_cost(user)
        pages[user] = page
    progress = facilitator.locator(".ok-table").first
    for name in NAMES.values():
        expect(progress).to_contain_text(name)

    for user, page in pages.items():
        for index, step in enumerate(steps):
            expect_step(page, step)
            answer_step(page, step, lambda q, s=step, n=NAMES[user]: text_of(n, s, q))
            if index + 1 < len(steps):
                next_step(page, steps[index + 1])
        page.get_by_role("button", name="Inleveren en feedback bekijken").click()
        expect(page.get_by_text("Je antwoorden zijn ingeleverd")).to_be_visible()
    people = len(DAY_PARTICIPANTS)
    expect(
        facilitator.get_by_text(re.compile(rf"{people} deelnemers, van wie {people} hebben ingeleverd"))
    ).to_be_visible()

    facilitator.get_by_role("button", name="Alle referenties tonen").click()
    for page in pages.values():
        expect(page.get_by_text("Totaal:")).to_be_visible()

    facilitator.get_by_role("button", name="Exporteer CSV (zip)").click()
    name, data = download(facilitator, re.compile(r"\.zip$"))
    assert name.startswith(f"oefenkit-{code}")
    check_export(csv_frames(data), exercise)
    facilitator.get_by_role("button", name="Exporteer Excel").click()
    _, data = download(facilitator, re.compile(r"\.xlsx$"))
    check_export(excel_frames(data), exercise)

    person = NAMES[DAY_PARTICIPANTS[0]]
    chooser = facilitator.locator(".widget-dropdown:visible").filter(
        has=facilitator.get_by_text("Deelnemer", exact=True)
    )
    chooser.last.locator("select").select_option(label=person)
    facilitator.get_by_role("button", name="Persoonlijk verslag").click()
    _, data = download(facilitator, f"verslag-{person}")
    report = data.decode("utf-8")
    first_text = next(q for s in steps for q in s.vragen if q.soort is Kind.free_text)
    first_step = next(s for s in steps if first_text in s.vragen)
    assert html.escape(person) in report and html.escape(text_of(person, first_step, first_text)) in report
    facilitator.get_by_label("Je notitie bij de sterke punten").fill("Signalen werden snel gedeeld.")
    facilitator.get_by_role("button", name="Evaluatierapport maken").click()
    _, data = download(facilitator, "evaluatierapport")
    assert "Signalen werden snel gedeeld." in data.decode("utf-8")

    refused_to_participants(hub, code, key, organiser_key)

    facilitator.get_by_label("Typ de workshopcode om het verwijderen te bevestigen").fill(code)
    facilitator.get_by_role("button", name="Persoonsgegevens van deze workshop verwijderen").click()
    expect(facilitator.get_by_text(f"Workshop {code} en alle antwoorden zijn verwijderd.")).to_be_visible()
    with Store(database_url) as store:
        assert store.workshop(code) is None
    assert {name: participant_ids(database_url, name) for name in NAMES.values()} == {n: [] for n in NAMES.values()}

    no_secret_in_the_facilitators_processes(database_url)
    rss = [cost[0] for cost in costs.values()]
    cpu = [cost[1] for cost in costs.values()]
    print(
        f"\nper participant at sign-in (server + kernel, {len(costs)} accounts): "
        f"RSS mean {statistics.mean(rss):.0f} MB (max {max(rss):.0f}), CPU mean {statistics.mean(cpu):.1f} s "
        f"(max {max(cpu):.1f}); facilitator's account {account_cost(FACILITATOR)[0]:.0f} MB\n"
        "  per account (those of the lock-down test still hold its kernels until they are culled): "
        + ", ".join(f"{user} {r:.0f} MB / {c:.1f} s" for user, (r, c) in sorted(costs.items()))
    )
    print(f"individual day under the Hub: {time.monotonic() - started:.0f} s")


def check_export(frames: dict[str, Any], exercise: Exercise) -> None:
    """Every question of every participant has its answer; free texts word for word."""
    answers = frames["antwoorden"]
    for name in NAMES.values():
        mine = answers[answers["Naam"] == name]
        for step in exercise.steps:
            for question in step.vragen:
                rows = mine[(mine["Stap"] == step.titel) & (mine["Vraag"] == question.vraag)]
                assert len(rows) == 1, (name, step.titel, question.vraag, len(rows))
                if question.soort is Kind.free_text:
                    assert rows.iloc[0]["Antwoord"] == text_of(name, step, question)
    assert sorted(frames["resultaten"]["Naam"]) == sorted(NAMES.values())


def refused_to_participants(hub: RunningHub, code: str, key: str, organiser_key: str) -> None:
    """A participant's own token, even with the workshop's code and key, reaches no facilitator call."""
    user = DAY_PARTICIPANTS[0]
    client = ServiceClient(hub.service_url, token=hub.token(hub.login(user), user))
    assert client.call("facilitator_check") is False
    for name, body in (
        ("facilitator_open", {"code": code, "key": key}),
        ("facilitator_organiser", {"key": organiser_key}),
        ("facilitator_create", {"organiser_key": organiser_key, "title": "x", "exercise_ids": [EXERCISE]}),
        ("facilitator_store", {"method": "results_frame", "workshop_code": code, "args": [code]}),
    ):
        with pytest.raises(ServiceError, match="alleen een facilitator"):
            client.call(name, **body)
    facilitator = ServiceClient(hub.service_url, token=hub.token(hub.login(FACILITATOR), FACILITATOR))
    assert facilitator.call("facilitator_check") is True


def no_secret_in_the_facilitators_processes(database_url: str) -> None:
    """The facilitator's server and kernels hold no database URL or password either."""
    secret = make_url(database_url).password or "no-password"
    found = 0
    for process in psutil.process_iter(["username", "environ"]):
        if process.info["username"] == ACCOUNT_PREFIX + FACILITATOR:
            found += 1
            environ = json.dumps(process.info["environ"] or {})
            assert secret not in environ and "KIT_DATABASE_URL" not in environ, process
    assert found >= 2  # her server and the facilitator app's kernel


def test_the_service_under_40_concurrent_callers(hub: RunningHub, database_url: str) -> None:
    """Save and score as 40 participants at once through the real service; latencies printed, not asserted."""
    exercise = load_library().exercise(EXERCISE)
    option = exercise.options[("stap-1", "signalen")][0].id
    with Store(database_url) as store:
        code = store.create_workshop("Belasting", [EXERCISE]).code
    tokens = {user: hub.token(hub.login(user), user) for user in DAY_PARTICIPANTS}
    callers = []
    for i in range(CALLERS):
        user = DAY_PARTICIPANTS[i % len(DAY_PARTICIPANTS)]
        client = ServiceClient(hub.service_url, token=tokens[user], timeout=120)
        pid = join_within_budget(client, f"Belaster {i:02d}", code)
        callers.append((client, int(pid)))
    timings: dict[str, list[float]] = {"save_answer": [], "submit": []}
    failures: list[str] = []
    barrier = threading.Barrier(CALLERS)
    lock = threading.Lock()

    def work(client: ServiceClient, pid: int) -> None:
        barrier.wait()
        for round_ in range(5):
            for operation, body in (
                ("save_answer", {"step_id": "stap-1", "value": {"signalen": [option], "ronde": round_}}),
                ("submit", {"answers": {"stap-1": {"signalen": [option]}}}),
            ):
                begin = time.perf_counter()
                try:
                    client.call(operation, participant_id=pid, exercise_id=EXERCISE, **body)
                except ServiceError as exc:
                    with lock:
                        failures.append(str(exc))
                    continue
                with lock:
                    timings[operation].append(time.perf_counter() - begin)

    cpu_before = service_cpu()
    wall = time.perf_counter()
    threads = [threading.Thread(target=work, args=caller) for caller in callers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - wall
    assert failures == []
    print(
        f"\nservice under {CALLERS} concurrent callers (5 saves + 5 scorings each, {wall:.1f} s wall, "
        f"service CPU {service_cpu() - cpu_before:.1f} s):"
    )
    for operation, values in timings.items():
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(
            f"  {operation}: n={len(values)} p50 {statistics.median(values) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {values[-1] * 1000:.0f} ms"
        )
    with Store(database_url) as store:
        assert len(store.results_frame(code)) == CALLERS * 5


def join_within_budget(client: ServiceClient, name: str, code: str) -> int:
    """Join as `name`; if the account used its code tries of this minute (the day's test before this one
    typed codes with the same accounts), wait as long as the service says and join again."""
    try:
        return int(client.call("join", name=name, workshop_code=code)["id"])
    except ServiceError as exc:
        wait = re.search(r"Wacht (\d+) seconde", str(exc))
        if wait is None:
            raise
    time.sleep(int(wait.group(1)) + 1)
    return int(client.call("join", name=name, workshop_code=code)["id"])


def service_cpu() -> float:
    for process in psutil.process_iter(["cmdline"]):
        if process.info["cmdline"] and process.info["cmdline"][-2:] == ["-m", "kit.remote.service"]:
            times = process.cpu_times()
            return float(times.user + times.system)
    raise AssertionError("the oefenkit service is not running")
