"""The pool status the facilitator sees: read from the server's status file, said in one Dutch sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.serving.status import ENV_VAR, read_status, status_line
from kit.ui.server_status import ServerStatus


def status(ready: int, in_use: int = 0, target: int = 40) -> dict[str, object]:
    return {
        "notebooks": {
            "casus-1.ipynb": {"target": target, "ready": ready, "in_use": in_use},
            "facilitator.ipynb": {"target": 1, "ready": 1, "in_use": 0},
        },
        "kernels": ready + in_use + 1,
        "connected": in_use,
    }


def test_status_sentences() -> None:
    assert status_line(status(40)) == "Server klaar voor 40 deelnemers (casus-1)."
    assert status_line(status(12)) == "Server warmt op: 12 van 40 plaatsen klaar (casus-1). Even geduld."
    assert status_line(status(2, in_use=38)) == "Server: 2 kernels klaar voor nieuwe deelnemers, 38 in gebruik."
    assert status_line(None) is None
    assert status_line({"notebooks": {"facilitator.ipynb": {"target": 1, "ready": 1, "in_use": 0}}}) is None


def test_missing_or_broken_status_file_reads_as_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert read_status() is None
    assert read_status(tmp_path / "nothing.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{half", encoding="utf-8")
    assert read_status(broken) is None


def test_facilitator_line_follows_the_status_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "pool-status.json"
    path.write_text(json.dumps(status(12)), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(path))
    line = ServerStatus(start=False)
    assert "warmt op: 12 van 40" in line.widget.value
    path.write_text(json.dumps(status(40)), encoding="utf-8")
    line.refresh()
    assert "klaar voor 40 deelnemers" in line.widget.value


def test_facilitator_app_shows_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store) -> None:
    from kit.content.library import cached_library
    from kit.ui.facilitator import FacilitatorApp

    path = tmp_path / "pool-status.json"
    path.write_text(json.dumps(status(40)), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(path))
    app = FacilitatorApp(cached_library(), store)
    try:
        assert "klaar voor 40 deelnemers" in app.server_status.widget.value
        assert app.server_status.widget in app.access.children
    finally:
        app.server_status.stop()


def test_without_a_served_pool_the_line_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert ServerStatus(start=False).widget.value == ""
