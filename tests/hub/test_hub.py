"""JupyterHub for real: three participants get the Voila app only, no secrets, and one shared store.

What runs is what deploy/ documents: `kit.hub.config.configure` with the Voila-only single-user
servers, each participant as their own system account, and the scoring-and-store service holding
the references and the PostgreSQL URL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import psutil
import pytest
from browser_helpers import sign_in, wait_saved
from hub_browser import log_in_at_hub
from hub_setup import ACCOUNT_PREFIX, USERS, RunningHub
from kernel_exec import run_in_kernel
from playwright.sync_api import Browser
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from kit.content.library import load_library
from kit.facilitation.dashboard import build_dashboard
from kit.store import Store
from kit.store.schema import HubOwner

EXERCISE = "casus-1"
TIMEOUT_MS = 120_000
REFUSED = {
    "lab": 404,
    "lab/tree/casus-1.ipynb": 404,
    "tree": 404,
    "terminals/1": 404,
    "api/terminals": 404,
    "api/contents": 403,
    "api/contents/casus-1.ipynb": 403,
    "files/casus-1.ipynb": 403,
    "api/sessions": 403,
    "api/kernelspecs": 403,
    "api/nbconvert": 403,
    "api/config/notebook": 403,
}


@pytest.fixture(scope="module")
def workshop(database_url: str) -> Iterator[str]:
    """The facilitator's workshop, made in the shared store as the facilitator's app makes it."""
    with Store(database_url) as store:
        yield store.create_workshop("Hub-test", [EXERCISE]).code


@pytest.fixture(scope="module")
def signed_in(hub: RunningHub, browser: Browser, workshop: str) -> dict[str, str]:
    """Each participant logs in at the Hub's form, lands on the Voila start page, opens casus 1 and answers.

    Returns hub user -> the name they signed in with.
    """
    exercise = load_library().exercise(EXERCISE)
    signal = exercise.options[("stap-1", "signalen")][0].label
    names = {}
    for user in USERS:
        context, page = log_in_at_hub(browser, hub.url, user, 1600)  # lands on the default URL
        page.wait_for_selector(".ok-app")
        assert page.locator("html").get_attribute("lang") == "nl"  # the oefenkit template, as `kit serve` has it
        page.goto(f"{hub.url}/user/{user}/voila/render/{EXERCISE}.ipynb")
        page.wait_for_selector(".ok-app")
        names[user] = f"Deelnemer {user.capitalize()}"
        sign_in(page, names[user], workshop)
        page.get_by_label(signal, exact=True).check()
        wait_saved(page)
        assert page.get_by_text("Traceback").count() == 0
        context.close()
    return names


def test_every_answer_lands_in_the_one_store_and_the_dashboard(
    signed_in: dict[str, str], workshop: str, database_url: str
) -> None:
    exercise = load_library().exercise(EXERCISE)
    signal_id = exercise.options[("stap-1", "signalen")][0].id
    with Store(database_url) as store:
        people = {p.name: p for p in store.participants(workshop)}
        assert set(people) == set(signed_in.values())
        answers = store.answers_frame(workshop)
        assert set(answers[answers["step_id"] == "stap-1"]["participant"]) == set(signed_in.values())
        for person in people.values():
            saved = store.load_answers(person.id, EXERCISE)
            assert signal_id in json.dumps(saved["stap-1"]), saved
        dashboard = build_dashboard(exercise, store.workshop_state(workshop, EXERCISE))
        assert sorted(row.name for row in dashboard.participants) == sorted(signed_in.values())
        assert all(row.answered >= 1 for row in dashboard.participants)
        bars = {bar.option_id: bar.count for bar in dashboard.choices[("stap-1", "signalen")]}
        assert bars[signal_id] == len(USERS)
    # The service bound each participant to the Hub account that signed in as them.
    engine = create_engine(database_url)
    with engine.connect() as conn:
        owners = dict(conn.execute(select(HubOwner.participant_id, HubOwner.hub_user)).all())
    engine.dispose()
    assert {owners[people[name].id] for name in signed_in.values()} == set(USERS)


@pytest.mark.parametrize("user", USERS)
def test_only_the_voila_app_is_served(hub: RunningHub, signed_in: dict[str, str], user: str) -> None:
    session = hub.login(user)
    base = f"{hub.url}/user/{user}"
    landing = session.get(f"{base}/", timeout=60)
    assert landing.status_code == 200 and landing.url.endswith("/voila/render/start.ipynb"), landing.url
    refused = {path: session.get(f"{base}/{path}", timeout=60, allow_redirects=False).status_code for path in REFUSED}
    assert refused == REFUSED
    xsrf = {"X-XSRFToken": session.cookies.get("_xsrf", path=f"/user/{user}/") or ""}
    assert session.post(f"{base}/api/kernels", json={"name": "python3"}, headers=xsrf, timeout=60).status_code == 403
    assert (
        session.put(f"{base}/api/contents/x.ipynb", json={"type": "notebook"}, headers=xsrf, timeout=60).status_code
        == 403
    )
    other = next(u for u in USERS if u != user)
    assert session.get(f"{hub.url}/user/{other}/voila/render/start.ipynb", timeout=60).status_code in (403, 404)


SNOOP = """
import json, os, pathlib
found = {{}}
for label, path in {paths!r}.items():
    try:
        pathlib.Path(path).read_bytes()
        found[label] = "read"
    except PermissionError:
        found[label] = "denied"
    except FileNotFoundError:
        found[label] = "missing"
found["env"] = sorted(k for k in os.environ if k.startswith(("KIT_", "PG", "DATABASE")))
found["secret_in_env"] = {secret!r} in json.dumps(dict(os.environ))
import kit
found["answers_dir"] = (pathlib.Path(kit.__file__).resolve().parent.parent / "answers").exists()
from kit.content.library import cached_library
found["references"] = sum(e.reference is not None for e in cached_library().exercises.values())
from kit.remote.client import ServiceClient
from kit.remote import service_url
try:
    ServiceClient(service_url()).call("load_answers", participant_id={other_id}, exercise_id="casus-1")
    found["other"] = "read"
except Exception as exc:
    found["other"] = str(exc)
try:
    ServiceClient(service_url(), token="not-a-token").call("workshop", code="X")
    found["bad_token"] = "accepted"
except Exception as exc:
    found["bad_token"] = str(exc)
print(json.dumps(found))
"""


def test_a_participants_kernel_reaches_no_secret(
    hub: RunningHub, signed_in: dict[str, str], workshop: str, database_url: str
) -> None:
    """Even code run in a participant's own kernel finds no reference, no database URL and no one else's answers."""
    secret = make_url(database_url).password or make_url(database_url).render_as_string(hide_password=False)
    layout = hub.layout
    paths = {
        "reference": str(next((layout.service / "answers").glob("*.yaml"))),
        "hub_config": str(layout.hub / "jupyterhub_config.py"),
        "service_environ": f"/proc/{_service_pid()}/environ",
    }
    with Store(database_url) as store:
        people = {p.name: p.id for p in store.participants(workshop)}
    user, other = USERS[0], USERS[1]
    session = hub.login(user)
    base = f"{hub.url}/user/{user}"
    assert session.get(f"{base}/voila/render/{EXERCISE}.ipynb", timeout=60).status_code == 200
    kernels = session.get(f"{base}/api/kernels", timeout=60).json()
    assert kernels, "the Voila page started no kernel"
    code = SNOOP.format(paths=paths, secret=secret, other_id=people[signed_in[other]])
    found = json.loads(run_in_kernel(session, base, kernels[-1]["id"], code).strip().splitlines()[-1])
    assert found["reference"] == "denied"
    assert found["hub_config"] == "denied"
    assert found["service_environ"] == "denied"
    assert found["env"] == ["KIT_CONTENT_ROOT", "KIT_SERVICE_URL"]
    assert found["secret_in_env"] is False
    assert found["answers_dir"] is False
    assert found["references"] == 0
    assert "hoort niet bij jouw account" in found["other"]
    assert "niet (meer) aangemeld" in found["bad_token"]
    # And no process of any participant account has the database password in its environment.
    for process in psutil.process_iter(["username", "environ"]):
        if (process.info["username"] or "").startswith(ACCOUNT_PREFIX):
            assert secret not in json.dumps(process.info["environ"] or {}), process


def _service_pid() -> int:
    for process in psutil.process_iter(["cmdline"]):
        if process.info["cmdline"] and process.info["cmdline"][-2:] == ["-m", "kit.remote.service"]:
            return int(process.pid)
    raise AssertionError("the oefenkit service is not running")


def test_the_layout_keeps_answers_out_of_the_participants_copy(hub: RunningHub) -> None:
    """The folders as deploy/README.md prescribes them: references and Hub config root-only."""
    assert not (hub.layout.participant / "answers").exists()
    assert hub.layout.service.stat().st_mode & 0o077 == 0
    assert hub.layout.hub.stat().st_mode & 0o077 == 0


def test_participants_homes_are_private(hub: RunningHub, signed_in: dict[str, str]) -> None:
    """Issue 18.13: homes were 0755, so one participant's kernel could list another's home and read its dotfiles."""
    for user in USERS:
        home = hub.layout.homes / f"{ACCOUNT_PREFIX}{user}"
        assert home.stat().st_mode & 0o077 == 0, (user, oct(home.stat().st_mode))
    user, other = USERS[0], USERS[1]
    session = hub.login(user)
    base = f"{hub.url}/user/{user}"
    assert session.get(f"{base}/voila/render/{EXERCISE}.ipynb", timeout=60).status_code == 200
    kernels = session.get(f"{base}/api/kernels", timeout=60).json()
    other_home = hub.layout.homes / f"{ACCOUNT_PREFIX}{other}"
    code = (
        "import json, os\n"
        "try:\n"
        f"    found = os.listdir({str(other_home)!r})\n"
        "except PermissionError:\n"
        "    found = 'denied'\n"
        "print(json.dumps(found))\n"
    )
    assert json.loads(run_in_kernel(session, base, kernels[-1]["id"], code).strip().splitlines()[-1]) == "denied"
