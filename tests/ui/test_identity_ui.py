"""Issue 11.2 in the app: a taken name is refused without the resume code; the owner's reload resumes."""

from __future__ import annotations

import json
import re

import pytest

from kit.content.library import Library
from kit.store import Store
from kit.ui.app import SignIn
from kit.ui.key_budget import KeyBudget


def signed_in(library: Library, store: Store, name: str, code: str = "", memory: str = "") -> SignIn:
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.name.value = name
    sign_in.code.value = code
    if memory:
        sign_in.memory.value = memory  # what this browser's localStorage reports when the page loads
    return sign_in


def test_the_takeover_fails_and_the_owners_reload_resumes(library: Library, store: Store) -> None:
    code = store.create_workshop("W", ["casus-1"]).code
    owner = signed_in(library, store, "Sanne", code)
    run = owner.start()
    assert run is not None
    welcome = owner.widget.children[1].value
    resume = re.search(r"herstelcode is (?:<code[^>]*>)?([A-Z2-9]{4}(?:-[A-Z2-9]{4}){2})", welcome)
    assert resume, welcome
    assert resume.group(1) in owner.memory.value  # kept in the browser
    run.renderers["stap-1"]["toelichting"].set("van Sanne")
    run._changed("stap-1")
    run.save_now()

    thief = signed_in(library, store, " sanne ", code.lower())
    assert thief.start() is None
    assert "herstelcode" in thief.message.value and thief.runner is None
    assert store.load_answers(run.participant_id, "casus-1")["stap-1"]["toelichting"] == "van Sanne"

    reload = SignIn([library.exercise("casus-1")], store)
    reload.memory.value = owner.memory.value  # a reload: nothing typed, the browser remembers
    assert reload.runner is not None and reload.runner.participant_id == run.participant_id
    assert "Welkom terug" in reload.widget.children[1].value
    assert "herstelcode is" not in reload.widget.children[1].value  # shown once only
    assert reload.runner.answers["stap-1"]["toelichting"] == "van Sanne"

    other_device = signed_in(library, store, "Sanne", code)
    other_device.resume_code.value = resume.group(1).lower()
    assert other_device.start() is not None


def test_the_facilitator_approves_a_sign_in_from_another_browser(library: Library, store: Store) -> None:
    from kit.ui.facilitator import FacilitatorApp
    from kit.ui.facilitator_actions import RejoinPanel

    made = store.create_workshop("W", ["casus-1"])
    assert signed_in(library, store, "Sanne", made.code).start() is not None
    lost = signed_in(library, store, "Sanne", made.code)
    assert lost.start() is None
    app = FacilitatorApp(library, store)
    app.code.value, app.key.value = made.code, made.key or ""
    view = app.open()
    assert view is not None
    view.ticker.stop()
    panel = RejoinPanel(store, view)
    assert [label for label, _ in panel.requests.options] == ["Sanne"]
    panel.approve()
    assert panel.requests.options == ()
    assert lost.start() is not None
    assert "herstelcode is" in lost.widget.children[1].value  # a fresh code for the new browser


def test_a_forgotten_or_foreign_browser_code_is_ignored(library: Library, store: Store) -> None:
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.memory.value = '{"code": "ZZZZ-ZZZZ"}'
    assert sign_in.runner is None
    sign_in.memory.value = "geen json"
    assert sign_in.runner is None and "onverwacht" not in sign_in.message.value


def test_self_study_in_the_same_browser_keeps_the_workshop_code(library: Library, store: Store) -> None:
    """The browser keeps a code per workshop (and one for self-study): one never overwrites the other."""
    import json

    def without_autoresume(memory: str) -> str:
        return json.dumps({**json.loads(memory), "last": "ELDERS"})

    code = store.create_workshop("W", ["casus-1"]).code
    in_workshop = signed_in(library, store, "Sanne", code)
    first = in_workshop.start()
    assert first is not None
    solo = signed_in(library, store, "Sanne", "", memory=without_autoresume(in_workshop.memory.value))
    assert solo.runner is None and solo.start() is not None  # self-study under the same name, same browser
    assert set(json.loads(solo.memory.value)["codes"]) == {code, ""}
    back = signed_in(library, store, "Sanne", code, memory=without_autoresume(solo.memory.value))
    again = back.start()
    assert again is not None and again.participant_id == first.participant_id


def test_a_page_sending_guessed_resume_codes_is_made_to_wait(
    library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18.8: the browser's remembered code and the typed one are what a crafted page controls."""
    code = store.create_workshop("W", ["casus-1"]).code
    assert signed_in(library, store, "Sanne", code).start() is not None
    looked_up: list[str] = []
    real_resume = store.resume
    monkeypatch.setattr(store, "resume", lambda c: looked_up.append(c) or real_resume(c))
    page = signed_in(library, store, "Sanne", code)
    page.resume_budget = KeyBudget(clock=lambda: 0.0)  # time stands still: a wait never passes
    for n in range(10):
        page.memory.value = json.dumps({"codes": {code: f"GUES-SED{n}-AAAA"}, "last": code})
        assert page.resume_from_browser() is None
    assert len(looked_up) == 4  # three free misses, then the page waits before it may look up again
    typed = signed_in(library, store, "Sanne", code)
    typed.resume_budget = KeyBudget(clock=lambda: 0.0)
    refusals = []
    for n in range(6):
        typed.resume_code.value = f"GUES-SED{n}-BBBB"
        assert typed.start() is None
        refusals.append("te vaak een verkeerde herstelcode" in typed.message.value)
    assert refusals == [False] * 4 + [True] * 2


def test_the_form_says_it_is_busy_while_signing_in_and_gives_the_button_back_when_refused(
    library: Library, store: Store
) -> None:
    """A click gets an answer at once (the button off, a status line), also when the sign-in then fails."""
    from kit.ui.texts import UI

    def watched(form: SignIn) -> list[tuple[bool, str]]:
        seen: list[tuple[bool, str]] = []
        form.message.observe(lambda change: seen.append((form.begin.disabled, change["new"])), "value")
        return seen

    first = SignIn([library.exercise("casus-1")], store)
    first.name.value = "Sanne"
    seen = watched(first)
    assert first.start() is not None
    assert seen and seen[0] == (True, f'<div class="ok-hint" role="status">{UI["signing_in"]}</div>')
    assert first.form not in first.widget.children  # the exercise replaced the form

    taken = SignIn([library.exercise("casus-1")], store)
    taken.name.value = "Sanne"  # taken, and no resume code: refused
    seen = watched(taken)
    assert taken.start() is None
    assert seen[0][0] is True and UI["signing_in"] in seen[0][1]
    assert "ok-error" in taken.message.value and not taken.begin.disabled
