"""The facilitator's app under the Hub: the same app, every store call through the service's checks."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pandas as pd
import pytest

from kit.content.library import Library
from kit.errors import KitError
from kit.remote.client import ServiceClient, ServiceError, ServiceGrader, ServiceStore
from kit.remote.facilitator_client import FacilitatorServiceStore
from kit.remote.facilitator_ops import STORE_CALLS
from kit.remote.operations import FACILITATOR_OPERATIONS, Backend
from kit.remote.texts import REMOTE
from kit.reports import export_frames
from kit.store import Store
from kit.ui.facilitator import FacilitatorApp
from kit.ui.facilitator_actions import AfterSessionPanel, RevealPanel

FACILITATORS = {"fien", "frank"}


@pytest.fixture
def backend(tmp_path: Path, references: Library) -> Iterator[Backend]:
    """The service's backend as under the Hub, where fien and frank are in the facilitators group."""
    made = Backend(
        store=Store(f"sqlite:///{tmp_path / 'store.sqlite'}"),
        library=references,
        is_facilitator=FACILITATORS.__contains__,
    )
    yield made
    made.store.close()


Clients = Callable[[str], ServiceClient]
"""`client_for(user)` (conftest): the service's operations called in-process as that Hub account."""


def remote(client_for: Clients, user: str) -> FacilitatorServiceStore:
    return FacilitatorServiceStore(client_for(user))


def created(
    backend: Backend, client_for: Clients, library: Library, user: str = "fien"
) -> tuple[FacilitatorApp, str, str]:
    """A workshop made in the facilitator's app under the Hub: (app, code, key)."""
    app = FacilitatorApp(library, cast(Store, remote(client_for, user)))
    app.title.value = "Hub-dag"
    app.exercises.value = ("casus-1",)
    app.organiser.value = backend.store.reset_organiser_key()
    made = app.create()
    assert made is not None and made.key, app.message.value
    return app, made.code, made.key


def play(client_for: Clients, library: Library, code: str, users: list[str]) -> None:
    """Participants sign in and hand in through their own service calls, as their kernels do."""
    exercise = library.exercise("casus-1")
    for user in users:
        client = client_for(user)
        pid = ServiceStore(client).join(f"Deelnemer {user}", code).id
        option = exercise.options[("stap-1", "signalen")][0].id
        ServiceStore(client).save_answer(pid, exercise.id, "stap-1", {"signalen": [option]})
        ServiceGrader(client).submit(pid, exercise, {"stap-1": {"signalen": [option]}})


def test_the_facilitator_leads_the_day_through_the_service(
    backend: Backend, client_for: Clients, references: Library
) -> None:
    app, code, key = created(backend, client_for, references)
    assert key in app.message.value
    play(client_for, references, code, ["p1", "p2", "p3", "p4"])
    view = app.open()
    assert view is not None, app.message.value
    view.ticker.stop()
    assert all(f"Deelnemer p{i}" in view.progress.value for i in range(1, 5))
    reveal = next(c for c in app.widget.children if getattr(c, "children", None) and c is not view.widget)
    assert reveal is not None
    RevealPanel(cast(Store, app.store), view).reveal("*")
    assert backend.store.revealed(code, "casus-1") == {"*"}
    after = AfterSessionPanel(cast(Store, app.store), view, lambda message: None)
    after.export(csv=True)
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", after.output.value)
    assert payload and base64.b64decode(payload.group(1))[:2] == b"PK" and f"oefenkit-{code}" in after.output.value
    after.export(csv=False)
    assert ".xlsx" in after.output.value
    after.person.value = after.person.options[0][1]
    after.personal_report()
    assert "verslag-Deelnemer p1.html" in after.output.value
    after.plan.row_widgets[0]["actie"].value = "Oefenen"
    assert backend.store.workshop(code).settings["verbeterplan"][0]["actie"] == "Oefenen"  # type: ignore[union-attr]
    after.after_action()
    assert "evaluatierapport.html" in after.output.value
    # the frames the exports are made of are the store's own, value for value and type for type
    local, served = export_frames(backend.store, code), export_frames(cast(Store, app.store), code)
    assert local.keys() == served.keys()
    for sheet in local:
        pd.testing.assert_frame_equal(local[sheet], served[sheet], check_dtype=True)
    after.confirm.value = code
    after.delete()
    assert backend.store.workshop(code) is None


def test_participants_reach_none_of_the_facilitator_calls(
    backend: Backend, client_for: Clients, references: Library
) -> None:
    _, code, key = created(backend, client_for, references)
    organiser = backend.store.reset_organiser_key()
    play(client_for, references, code, ["p1"])
    bodies = {
        "facilitator_check": {},
        "facilitator_organiser": {"key": organiser},
        "facilitator_create": {"organiser_key": organiser, "title": "x", "exercise_ids": ["casus-1"]},
        "facilitator_open": {"code": code, "key": key},
        "facilitator_references": {"workshop_code": code},
        "facilitator_store": {"method": "results_frame", "workshop_code": code, "args": [code]},
    }
    assert set(bodies) == FACILITATOR_OPERATIONS
    participant = client_for("p1")
    assert participant.call("facilitator_check", **bodies["facilitator_check"]) is False
    for name, body in bodies.items():
        if name == "facilitator_check":
            continue
        with pytest.raises(ServiceError, match="alleen een facilitator"):
            participant.call(name, **body)
    assert not [grant for grant in backend.facilitation._grants if grant[0] == "p1"]
    assert backend.store.check_organiser_key(organiser)  # the try to create did not get that far


def test_a_facilitator_reaches_only_the_workshop_whose_key_they_typed(
    backend: Backend, client_for: Clients, references: Library
) -> None:
    _, code, key = created(backend, client_for, references, "fien")
    _, other_code, other_key = created(backend, client_for, references, "fien")
    play(client_for, references, code, ["p1"])
    stranger = backend.store.participants(code)[0].id
    frank = remote(client_for, "frank")
    with pytest.raises(ServiceError, match=REMOTE["facilitator_key"]):
        frank.results_frame(code)  # a facilitator, but without the key
    assert frank.check_key(code, other_key) is False
    assert frank.check_key(other_code, other_key) is True
    for call in (
        lambda: frank.results_frame(code),
        lambda: frank.load_answers(stranger, "casus-1"),  # another workshop's participant, named by id
        lambda: frank.set_role(stranger, "x"),
    ):
        with pytest.raises(ServiceError):
            call()
    assert frank.participants(other_code) == []
    with pytest.raises(AttributeError):
        frank.check_hub_owner  # noqa: B018  # not a facilitator call: never sent
    assert frank.check_key(code, key) is True
    assert [p.name for p in frank.participants(code)] == ["Deelnemer p1"]


def test_creating_needs_the_organiser_key_in_the_service(
    backend: Backend, client_for: Clients, references: Library
) -> None:
    fien = client_for("fien")
    backend.store.reset_organiser_key()
    with pytest.raises(ServiceError, match="organisatorsleutel klopt niet"):
        fien.call("facilitator_create", organiser_key="geraden", title="x", exercise_ids=["casus-1"], mode="groep")
    app = FacilitatorApp(references, cast(Store, remote(client_for, "fien")))
    app.title.value, app.exercises.value, app.organiser.value = "x", ("casus-1",), "geraden"
    assert app.create() is None and "organisatorsleutel klopt niet" in app.message.value


def test_after_a_service_restart_the_page_opens_its_workshop_again(
    backend: Backend, client_for: Clients, references: Library
) -> None:
    _, code, key = created(backend, client_for, references)
    page = remote(client_for, "frank")
    assert page.check_key(code, key)
    backend.facilitation._grants.clear()  # what a restart or another replica knows of this page
    assert page.participants(code) == []


def test_every_store_call_the_app_makes_is_a_store_method() -> None:
    missing = [name for name in STORE_CALLS if not callable(getattr(Store, name, None))]
    assert missing == []


def test_under_the_hub_the_app_opens_for_facilitators_only(
    backend: Backend, client_for: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kit.remote.client
    from kit.ui.facilitator import facilitator_store

    monkeypatch.setenv("KIT_SERVICE_URL", "http://hub:10101/services/oefenkit/")
    for user, allowed in (("fien", True), ("p1", False)):
        monkeypatch.setattr(kit.remote.client, "ServiceClient", lambda url, user=user: client_for(user))
        if allowed:
            assert isinstance(facilitator_store(), FacilitatorServiceStore)
        else:
            with pytest.raises(KitError, match="alleen een facilitator"):
                facilitator_store()


def test_the_dashboard_compares_choices_with_the_reference_the_service_holds(
    backend: Backend, client_for: Clients, references: Library, participant_library: Library
) -> None:
    """The facilitator's kernel loads no answers/; the opened workshop's references come from the service."""
    _, code, key = created(backend, client_for, references)
    app = FacilitatorApp(participant_library, cast(Store, remote(client_for, "frank")))
    app.code.value, app.key.value = code, key
    view = app.open()
    assert view is not None
    view.ticker.stop()
    assert participant_library.exercise("casus-1").reference is None
    assert view.exercise.reference == references.exercise("casus-1").reference
    with pytest.raises(ServiceError, match=REMOTE["facilitator_key"]):
        client_for("fien").call("facilitator_references", workshop_code="ABCDEF")  # not a workshop she opened
