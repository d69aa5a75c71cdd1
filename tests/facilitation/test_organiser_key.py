"""Issue 18 item 1: only the holder of the organiser key creates a workshop (and with it, reveals).

A participant could open facilitator.ipynb, make a workshop of their own, reveal everything and read the
references, and the default "close self-study" box closed those exercises for the whole server.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kit.cli import main
from kit.content.library import Library
from kit.serve import announce_organiser_key
from kit.store import Store
from kit.ui.facilitator import FacilitatorApp


def filled(library: Library, store: Store) -> FacilitatorApp:
    app = FacilitatorApp(library, store)
    app.title.value = "Eigen workshop"
    app.exercises.value = ("casus-1",)
    assert app.close_self_study.value is True  # the default that closed self-study for everyone
    return app


def test_without_the_organiser_key_no_workshop_is_made(library: Library, store: Store) -> None:
    store.ensure_organiser_key()
    for typed in ("", "AAAA-BBBB-CCCC-DDDD", "'; DROP TABLE workshops; --"):
        app = filled(library, store)
        app.organiser.value = typed
        assert app.create() is None
        assert "organisatorsleutel klopt niet" in app.message.value
        assert app.code.value == "" and app.key.value == ""
    assert store.self_study_closed() == set()  # no participant-made workshop closes self-study for the server
    assert store.held_secrets() == []


def test_a_store_without_an_organiser_key_lets_nobody_create(library: Library, store: Store) -> None:
    app = filled(library, store)
    app.organiser.value = ""
    assert app.create() is None and store.self_study_closed() == set()


def test_the_organiser_creates_with_the_key_typed_loosely(library: Library, store: Store) -> None:
    key = store.ensure_organiser_key()
    assert key is not None and store.ensure_organiser_key() is None  # made once, shown once
    app = filled(library, store)
    app.organiser.value = key.lower().replace("-", " ")
    created = app.create()
    assert created is not None and store.self_study_closed() == {"casus-1"}


def test_a_new_organiser_key_retires_the_old_one(store: Store) -> None:
    old = store.reset_organiser_key()
    new = store.reset_organiser_key()
    assert not store.check_organiser_key(old) and store.check_organiser_key(new)


def test_the_organiser_key_is_stored_only_as_a_salted_hash(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store(f"sqlite:///{path}") as store:
        key = store.reset_organiser_key()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT key_hash, key_salt, key_params FROM organiser_key").fetchall()
    assert len(rows) == 1 and rows[0][2].startswith("scrypt") and len(rows[0][1]) == 32
    assert key.encode() not in path.read_bytes() and key not in str(rows)


def test_kit_serve_prints_the_key_on_its_first_run_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    announce_organiser_key(url)
    first = capsys.readouterr().out
    key = first.split(": ", 1)[1].split()[0]
    with Store(url) as store:
        assert store.check_organiser_key(key)
    announce_organiser_key(url)
    assert key not in capsys.readouterr().out


def test_the_cli_makes_a_new_organiser_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    monkeypatch.setenv("KIT_DATABASE_URL", url)
    assert main(["organisatorsleutel"]) == 0
    key = capsys.readouterr().out.split(": ", 1)[1].split()[0]
    with Store(url) as store:
        assert store.check_organiser_key(key)
