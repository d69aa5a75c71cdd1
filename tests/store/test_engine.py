"""The database itself: SQLite settings, the default location, and reopening a file."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import inspect, text

from kit.store import Store, StoreError, default_database_url
from kit.store.migrations import TEAM_TABLES


def pragma(store: Store, name: str) -> object:
    with store._engine.connect() as conn:
        return conn.execute(text(f"PRAGMA {name}")).scalar()


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_busy_timeout(store: Store) -> None:
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "busy_timeout") == 5000


def test_every_table_is_created(store: Store) -> None:
    with store._engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert names == {
        "schema_migrations",
        "workshops",
        "participants",
        "answers",
        "answer_history",
        "positions",
        "submissions",
        "released_injects",
        "reveals",
        *TEAM_TABLES,
        "self_study_off",
        "hub_owner",
        "organiser_key",
    }


def test_reopening_an_existing_file_keeps_its_data(db_url: str) -> None:
    with Store(db_url) as first:
        code = first.create_workshop("Buurt", ["casus-1"], "groep").code
    with Store(db_url) as second:
        assert second.create_workshop("Nog een", [], "individueel").code != code
        found = second.workshop(code)
    assert found is not None and found.title == "Buurt"


def test_in_memory_database_is_shared_between_threads() -> None:
    import threading

    with Store("sqlite://") as store:
        me = store.join("Ans")
        thread = threading.Thread(target=store.save_answer, args=(me.id, "ex", "s1", {"q": 1}))
        thread.start()
        thread.join()
        assert store.load_answers(me.id, "ex") == {"s1": {"q": 1}}


def test_default_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIT_DATABASE_URL", "postgresql://kit@db/oefenkit")
    assert default_database_url() == "postgresql://kit@db/oefenkit"


def test_default_url_is_a_sqlite_file_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "oefenkit"
    monkeypatch.delenv("KIT_DATABASE_URL", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(folder))
    assert default_database_url() == f"sqlite:///{folder / 'oefenkit.sqlite'}"
    assert folder.is_dir()


def test_store_without_url_uses_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIT_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    with Store() as store:
        store.join("Ans")
    assert (tmp_path / "env.sqlite").exists()


def test_a_missing_postgresql_driver_is_named_in_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # `import psycopg` now fails as if not installed
    with pytest.raises(StoreError, match=r"databasekoppeling voor postgresql ontbreekt.*\.\[postgres\]") as caught:
        Store("postgresql+psycopg://kit@127.0.0.1:1/oefenkit")
    assert caught.value.key == "driver_missing"
