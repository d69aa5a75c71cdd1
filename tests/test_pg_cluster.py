"""tools/pg_cluster.py: a real throw-away PostgreSQL cluster starts, serves its URL, and goes away on stop."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from pg_support import fresh_postgres_database, load_pg_cluster
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

pg_cluster = load_pg_cluster()
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not pg_cluster.available(), reason="no PostgreSQL binaries (apt-get install postgresql)"),
]


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_start_gives_a_working_url_and_stop_removes_everything(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = pg_cluster.start(tmp_path)
    try:
        parsed = make_url(url)
        assert (parsed.drivername, parsed.host, parsed.database) == ("postgresql+psycopg", "127.0.0.1", "oefenkit")
        assert parsed.port is not None and port_open(parsed.port)
        assert pg_cluster.url_of(tmp_path) == url
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database(), current_user")).one() == ("oefenkit", "kit")
        engine.dispose()
        with pytest.raises(pg_cluster.ClusterError, match="started there already"):
            pg_cluster.start(tmp_path)
        home = Path(json.loads((tmp_path / "cluster.json").read_text())["home"])
        assert (home / "data" / "postmaster.pid").exists()
    finally:
        pg_cluster.stop(tmp_path)
    assert not port_open(parsed.port)
    assert not home.exists() and not (tmp_path / "cluster.json").exists()
    assert pg_cluster.url_of(tmp_path) is None
    pg_cluster.stop(tmp_path)  # stopping twice is harmless


def test_cli_prints_the_url_and_refuses_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pg_cluster.main(["start", str(tmp_path)]) == 0
    try:
        printed = capsys.readouterr().out.strip()
        assert printed.startswith("postgresql+psycopg://kit:") and printed == pg_cluster.url_of(tmp_path)
        assert pg_cluster.main(["url", str(tmp_path)]) == 0
        assert capsys.readouterr().out.strip() == printed
    finally:
        assert pg_cluster.main(["stop", str(tmp_path)]) == 0
    assert pg_cluster.main(["url", str(tmp_path)]) == 1
    assert pg_cluster.main(["begin", str(tmp_path)]) == 2


def test_the_shared_server_hands_out_fresh_databases(postgres_url: str) -> None:
    url, drop = fresh_postgres_database(postgres_url)
    engine = create_engine(url)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
        conn.execute(text("CREATE TABLE t (x int)"))
    engine.dispose()
    drop()
    admin = create_engine(postgres_url)
    with admin.connect() as conn:
        names = conn.execute(text("SELECT datname FROM pg_database")).scalars().all()
    admin.dispose()
    assert make_url(url).database not in names
