"""The real Voila server: only notebooks are reachable, no tracebacks, and idle kernels are culled."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from kernel_client import visit
from voila_server import VoilaServer, running_voila

pytestmark = pytest.mark.slow

PRIVATE_PATHS = [
    "/voila/files/../answers/casus-1.yaml",
    "/voila/files/..%2fanswers%2fcasus-1.yaml",
    "/voila/files/%2e%2e/answers/casus-1.yaml",
    "/voila/files/..%2fscenarios%2fcasus-1.yaml",
    "/voila/files/..%2fkit%2fcli.py",
    "/voila/files/casus-1.ipynb",
    "/voila/render/..%2fkit%2f__init__.py",
    "/voila/render/..%2fanswers%2fcasus-1.yaml",
    "/voila/static/../../answers/casus-1.yaml",
    "/files/answers/casus-1.yaml",
    "/answers/casus-1.yaml",
    "/scenarios/casus-1.yaml",
    "/kit/content/models.py",
    "/api/contents/answers",
    "/voila/api/contents",
]
SECRETS = [b"soort: referentie", b"soort: scenario", b"class Strict", b'"cells"', b"import "]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with running_voila(tmp_path_factory.mktemp("voila")) as running:
        yield running


@pytest.mark.parametrize("path", PRIVATE_PATHS)
def test_content_outside_notebooks_is_not_served(server, path: str) -> None:
    status, body = server.get(path)
    assert status != 200 or not any(secret in body for secret in SECRETS), f"{path} leaked content"
    assert not any(secret in body for secret in SECRETS)


def test_start_page_renders(server) -> None:
    status, body = server.get("/voila/render/start.ipynb")
    assert status == 200
    assert b"Traceback" not in body
    assert b"application/vnd.jupyter.widget-view+json" in body


def test_broken_notebook_shows_no_traceback(tmp_path: Path) -> None:
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / "kapot.ipynb").write_text(
        '{"cells": [{"cell_type": "code", "execution_count": null, "id": "x", "metadata": {}, "outputs": [],'
        ' "source": ["raise RuntimeError(\\"geheim-detail\\")"]}], "metadata": {"kernelspec": {"name": "python3",'
        ' "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}',
        encoding="utf-8",
    )
    with running_voila(tmp_path, notebooks=notebooks) as running:
        _, body = running.get("/voila/render/kapot.ipynb")
    assert b"geheim-detail" not in body
    assert b"Traceback" not in body


def test_idle_kernels_are_culled(tmp_path: Path) -> None:
    """Voila 0.5 leaves a kernel per page visit (voila#1458); culling must take them away again. These pages
    are fetched without a browser, so they never connect: they go after the connect grace."""
    with running_voila(tmp_path, cull_idle=6, cull_interval=1, connect_grace=6) as running:
        with ThreadPoolExecutor(3) as pool:  # at once: on a busy machine one page can take longer than the cull
            statuses = [status for status, _ in pool.map(running.get, ["/voila/render/start.ipynb"] * 3)]
        assert statuses == [200, 200, 200]
        assert running.log.read_text().count("Kernel started") >= 3
        deadline = time.monotonic() + 90
        while running.kernels() and time.monotonic() < deadline:
            time.sleep(1)
        assert running.kernels() == []


def test_culling_spares_the_preheated_pool(tmp_path: Path) -> None:
    """With `make run`'s pre-heating, culling removes used kernels but the app stays instant to open."""
    with running_voila(tmp_path, preheat=True, cull_idle=4, cull_interval=1, connect_grace=4) as running:
        deadline = time.monotonic() + 240  # one kernel for each of the 13 notebooks, on a possibly busy machine
        while "Kernel pool of casus-1.ipynb is filled" not in running.log.read_text() and time.monotonic() < deadline:
            time.sleep(0.5)
        status, body = running.get("/voila/render/casus-1.ipynb")
        assert status == 200 and b"Traceback" not in body
        deadline = time.monotonic() + 90
        while "Culling 'idle' kernel" not in running.log.read_text() and time.monotonic() < deadline:
            time.sleep(1)
        assert "Culling 'idle' kernel" in running.log.read_text()
        status, _ = running.get("/voila/render/casus-1.ipynb")
        assert status == 200


def _wait_for(condition, timeout: float, step: float = 0.5) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def test_pool_is_per_notebook_and_reported(tmp_path: Path) -> None:
    """`--deelnemers 3 --oefening casus-1`: three kernels for casus-1 only, and the status says so."""
    from kit.serving.status import status_line

    with running_voila(tmp_path, pools={"casus-1.ipynb": 3}) as running:
        assert _wait_for(lambda: running.pool("casus-1.ipynb")["ready"] == 3, 240)
        assert status_line(running.status()) == "Server klaar voor 3 deelnemers (casus-1)."
        assert len(running.kernels()) == 3  # no kernels for the other twelve notebooks
        page = asyncio.run(visit(running.url, "casus-1.ipynb"))
        assert page.ok, page.error
        assert f"Using pre-heated kernel: {page.kernel_id} for casus-1.ipynb" in running.log.read_text()
        assert _wait_for(lambda: running.pool("casus-1.ipynb")["in_use"] == 1, 10)


def test_closed_pages_free_their_kernels_and_open_ones_keep_them(tmp_path: Path) -> None:
    """A page still open keeps its kernel however idle; a closed page's kernel goes after the cull time."""

    async def scenario(running: VoilaServer) -> None:
        kept = await visit(running.url, "casus-1.ipynb", keep_open=True)
        closed = await visit(running.url, "casus-1.ipynb")
        assert kept.ok and closed.ok, (kept.error, closed.error)
        assert await _async_wait(lambda: running.kernel_for(closed.kernel_id) is None, 90)
        await asyncio.sleep(8)  # longer than the cull time: the open page is idle but connected
        assert running.kernel_for(kept.kernel_id) is not None
        assert kept.socket is not None
        kept.socket.close()
        assert await _async_wait(lambda: running.kernel_for(kept.kernel_id) is None, 90)

    # The closed page's websocket may live shorter than one look at the connections: with a short grace its
    # kernel still goes, as one whose page never connected does (tested above).
    with running_voila(
        tmp_path, pools={"casus-1.ipynb": 2}, cull_idle=5, cull_interval=1, connect_grace=5
    ) as running:
        assert _wait_for(lambda: running.pool("casus-1.ipynb")["ready"] == 2, 240)
        asyncio.run(scenario(running))
        log = running.log.read_text()
    assert "last_activity" not in log  # the culler ran while refills were starting (jupyter/notebook#5345)
    assert "Traceback" not in log


async def _async_wait(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.5)
    return bool(condition())


def test_more_participants_than_the_pool_all_get_a_working_page(tmp_path: Path) -> None:
    """Pages beyond the pool take entries still starting; those start at once instead of queueing as refills."""

    async def join(running: VoilaServer) -> list[str]:
        pages = [await asyncio.wait_for(visit(running.url, "casus-1.ipynb", keep_open=True), 240) for _ in range(4)]
        for page in pages:
            if page.socket is not None:
                page.socket.close()
        return [page.error for page in pages if not page.ok]

    with running_voila(tmp_path, pools={"casus-1.ipynb": 2}) as running:
        assert _wait_for(lambda: running.pool("casus-1.ipynb")["ready"] == 2, 240)
        assert asyncio.run(join(running)) == []


ERROR_PAGES = [
    ("/voila/render/casus-1", 403),  # no .ipynb: Voila hands it to its file handler, which refuses it
    ("/voila/files/..%2fkit%2fcli.py", 403),
    ("/voila/static/bestaat-niet.js", 403),
    ("/voila/files/bestaat-niet.png", 404),
    ("/voila/render/bestaat-niet.ipynb", 404),
    ("/bestaat-niet", 404),
]


@pytest.mark.parametrize(("path", "status"), ERROR_PAGES)
def test_error_pages_are_dutch_and_lead_to_the_start_page(server, path: str, status: int) -> None:
    got, body = server.get(path)
    page = body.decode("utf-8")
    assert got == status
    assert f"Er ging iets mis ({status})" in page
    assert 'href="/voila/render/start.ipynb"' in page and "Naar de startpagina van Oefenkit" in page
    assert "Forbidden" not in page and "Not Found" not in page


def test_an_unreadable_notebook_gives_a_dutch_page_that_leads_to_the_start_page(tmp_path: Path) -> None:
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / "kapot.ipynb").write_text("dit is geen notebook", encoding="utf-8")
    with running_voila(tmp_path, notebooks=notebooks) as running:
        status, body = running.get("/voila/render/kapot.ipynb")
    page = body.decode("utf-8")
    assert status == 400  # Voila's own handler: its errors were Dutch already, and stay so
    assert "Er ging iets mis (400)" in page and 'href="/voila/render/start.ipynb"' in page
