"""Issue 11.7: the facilitator key is stored with a salted slow hash and guessed only slowly; files are private."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kit.store import Store, keys
from kit.store.engine import default_database_url
from kit.store.schema import Workshop


def test_the_key_is_stored_with_salted_scrypt_and_its_parameters(store: Store) -> None:
    one = store.create_workshop("A", [])
    two = store.create_workshop("B", [])
    with store._read() as session:
        rows = {r.code: r for r in session.scalars(select(Workshop))}
    for made in (one, two):
        row = rows[made.code]
        assert made.key is not None
        assert row.key_hash != hashlib.sha256(made.key.encode()).hexdigest()
        assert row.key_params is not None and row.key_params.startswith("scrypt")
        params = dict(part.split("=") for part in row.key_params.split()[1:])
        expected = hashlib.scrypt(
            made.key.encode(),
            salt=bytes.fromhex(row.key_salt or ""),
            n=int(params["n"]),
            r=int(params["r"]),
            p=int(params["p"]),
            dklen=32,
        )
        assert row.key_hash == expected.hex()
        assert int(params["n"]) >= 2**14
    assert rows[one.code].key_salt != rows[two.code].key_salt


def test_a_legacy_sha256_key_still_opens_and_is_upgraded(store: Store) -> None:
    made = store.create_workshop("Oud", [])
    with store._write() as session:
        session.execute(
            update(Workshop).values(
                key_hash=hashlib.sha256(b"oude-sleutel").hexdigest(), key_salt=None, key_params=None
            )
        )
    assert not store.check_key(made.code, "fout")
    assert store.check_key(made.code, "oude-sleutel")
    with store._read() as session:
        row = session.scalars(select(Workshop)).one()
    assert row.key_params is not None and row.key_params.startswith("scrypt")
    assert store.check_key(made.code, "oude-sleutel")


def test_wrong_keys_are_rate_limited_per_workshop(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "LOCKED_DELAY", 0.01)
    made = store.create_workshop("Raden", [])
    other = store.create_workshop("Ander", [])
    assert made.key is not None and other.key is not None
    for _ in range(3):  # a few typos cost nothing
        assert not store.check_key(made.code, "fout")
        assert store.key_retry_after(made.code) == 0
    waits = []
    for _ in range(4):
        with store._write() as session:  # let any lock-out pass, then guess again
            session.execute(update(Workshop).where(Workshop.code == made.code).values(key_locked_until=None))
        assert not store.check_key(made.code, "fout")
        waits.append(store.key_retry_after(made.code))
    assert waits == sorted(waits) and waits[0] > 0 and waits[-1] > waits[0]
    assert store.check_key(other.code, other.key), "another workshop is not affected"
    assert store.check_key(made.code, made.key), "the right key still opens a slowed workshop (issue 18.7)"
    assert store.key_retry_after(made.code) == 0
    assert not store.check_key(made.code, "fout")  # the count starts again after a success
    assert store.key_retry_after(made.code) == 0


def test_the_lock_ends_by_itself(store: Store) -> None:
    made = store.create_workshop("Wacht", [])
    assert made.key is not None
    for _ in range(4):
        store.check_key(made.code, "fout")
    assert store.key_retry_after(made.code) > 0
    with store._read() as session:
        until = session.scalars(select(Workshop.key_locked_until)).one()
    assert until is not None
    with store._write() as session:
        session.execute(update(Workshop).values(key_locked_until=until - timedelta(hours=1)))
    assert store.check_key(made.code, made.key)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_sqlite_file_and_its_folder_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIT_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old = os.umask(0o022)
    try:
        url = default_database_url()
        with Store(url) as store:
            store.create_workshop("W", [])
    finally:
        os.umask(old)
    database = Path(url.removeprefix("sqlite:///"))
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
    for path in database.parent.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_sqlite_file_at_a_chosen_url_is_private_too(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with Store(f"sqlite:///{tmp_path / 'eigen.sqlite'}") as store:
            store.create_workshop("W", [])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "eigen.sqlite").stat().st_mode) == 0o600


def test_guessing_slows_every_check_but_never_locks_out_the_right_key(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18.7: a participant who knows the code guessed the facilitator out for 300 s per wrong key."""
    monkeypatch.setattr(keys, "LOCKED_DELAY", 0.3)
    made = store.create_workshop("Wapen", [])
    assert made.key is not None
    for _ in range(10):
        assert not store.check_key(made.code, "fout")
    assert store.key_retry_after(made.code) > 60  # the workshop is slowed for minutes ...
    start = time.monotonic()
    assert not store.check_key(made.code, "nog-fout")
    assert time.monotonic() - start >= 0.3  # ... so every guess waits
    start = time.monotonic()
    assert store.check_key(made.code, made.key)  # ... and the right key opens it after that short wait
    assert time.monotonic() - start >= 0.3
    assert store.key_retry_after(made.code) == 0
