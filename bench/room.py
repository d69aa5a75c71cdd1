"""A room that starts together: N warm pages open, then everyone presses "Beginnen" at once (`python -m bench room`).

For N = 10 and 40 (`--room-sizes`), a pool warmed for N (as `kit serve --deelnemers N`) serves N pages over
websocket clients (tests/kernel_client.py); each page's widget states are fetched first, as the browser
does when the page opens. Then all N type a name and press "Beginnen" in the same moment, and the time
from the click until the kernel is idle again (every widget message of the first step has been sent) is
measured; then all press "Feedback op deze stap" at once ("first feedback"). The same run serves a
hello-world page (a name field, a button, a greeting) and presses its button the same way: the baseline
the ratios are against. CPU seconds are those of the server and all its kernels during the clicks, per
click. Team play: 8 tables of 5 join a group workshop with their code, all at once.

The machine may be shared: the 1-minute load average is printed with every figure; CPU seconds and the
ratios to hello-world are steadier than wall-clock times on a busy host.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from tornado.websocket import WebSocketClientConnection

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from kernel_client import Visit, press, visit, widget_states
from voila_server import VoilaServer, running_voila

from bench.voila import CASUS, cpu_seconds, notebooks, percentile
from kit.store import Store
from kit.ui.texts import UI

HELLO_CLICK = "hello-click.ipynb"
TEAM_NOTEBOOK, TEAM_EXERCISE = "samos-oefenvorm-2.ipynb", "steekpartij/oefenvorm-2"
ROOM_SIZES = (10, 40)
TABLES, SEATS = 8, 5
WARM_TIMEOUT = 1200.0
PREP_TIMEOUT = 600.0  # a click, or fetching the widget states before one: 40 kernels at once on a busy host


def hello_click(folder: Path) -> None:
    """The baseline page: the same gesture (type a name, press a button), and a greeting as the answer."""
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    source = (
        "import ipywidgets as w\n\n"
        f"name, button, out = w.Text(description={UI['name']!r}), w.Button(description={UI['begin']!r}), w.HTML()\n"
        'button.on_click(lambda _: setattr(out, "value", f"Hallo {name.value}"))\n'
        "w.VBox([name, button, out])"
    )
    book.cells = [nbformat.v4.new_code_cell(source)]
    book.cells[0].id = "hello-click"
    nbformat.write(book, folder / HELLO_CLICK)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} (1/5 min) on {os.cpu_count()} cores"


@dataclass
class Clicks:
    seconds: list[float]
    failures: list[str]
    cpu: float

    def line(self) -> str:
        s = sorted(self.seconds)
        per = self.cpu / max(1, len(s) + len(self.failures))
        return (
            f"{percentile(s, 0.5):.2f} / {percentile(s, 0.95):.2f} / {percentile(s, 1):.2f} | {per:.3f} "
            f"| {len(self.failures)}"
        )


async def all_at_once(
    server: VoilaServer, pages: list[Visit], action: Callable[[int, Visit], Awaitable[float]]
) -> Clicks:
    """Run `action` for every page in the same moment; CPU of the server and its kernels meanwhile."""
    before = cpu_seconds(server)
    done = await asyncio.gather(*(action(i, page) for i, page in enumerate(pages)), return_exceptions=True)
    after = cpu_seconds(server)
    cpu = sum(after[pid] - before.get(pid, 0.0) for pid in after)
    seconds = [d for d in done if isinstance(d, float)]
    failures = [f"{type(d).__name__}: {d}" for d in done if isinstance(d, BaseException)]
    return Clicks(seconds, failures, cpu)


def warm(server: VoilaServer, notebook: str, size: int) -> float:
    start = time.monotonic()
    while server.pool(notebook)["ready"] < size:
        if time.monotonic() - start > WARM_TIMEOUT:
            raise RuntimeError(f"pool for {notebook} not warm after {WARM_TIMEOUT:.0f} s")
        time.sleep(0.5)
    time.sleep(2)
    return time.monotonic() - start


async def open_pages(server: VoilaServer, notebook: str, size: int) -> list[Visit]:
    pages = list(await asyncio.gather(*(visit(server.url, notebook, keep_open=True, timeout=600) for _ in range(size))))
    broken = [p.error for p in pages if not p.ok]
    if broken:
        raise RuntimeError(f"{len(broken)} of {size} pages did not open: {broken[0]}")
    await asyncio.sleep(1)
    return pages


def labelled(model: str, description: str) -> Callable[[dict[str, Any]], bool]:
    return lambda state: state.get("_model_name") == model and state.get("description") == description


async def room(server: VoilaServer, notebook: str, size: int, feedback: bool, code: str = "") -> dict[str, Clicks]:
    """Open `size` pages, then all press Beginnen at once; then (casus) all ask for feedback at once."""
    pages = await open_pages(server, notebook, size)
    states = await asyncio.gather(*(widget_states(socket(page), PREP_TIMEOUT) for page in pages))
    typed = [{UI["name"]: f"Deelnemer {i + 1:02d}", **({UI["code"]: code} if code else {})} for i in range(size)]

    async def begin(i: int, page: Visit) -> float:
        return await press(socket(page), states[i], UI["begin"], typed[i], timeout=PREP_TIMEOUT)

    results = {"begin": await all_at_once(server, pages, begin)}
    if feedback:
        wanted = labelled("ButtonModel", UI["check_step"])
        shown = await asyncio.gather(
            *(widget_states(socket(page), PREP_TIMEOUT, until=wanted) for page in pages), return_exceptions=True
        )

        async def check(i: int, page: Visit) -> float:
            found = shown[i]
            if isinstance(found, BaseException):
                raise found
            return await press(socket(page), found, UI["check_step"], timeout=PREP_TIMEOUT)

        await asyncio.sleep(1)
        results["feedback"] = await all_at_once(server, pages, check)
    for page in pages:
        socket(page).close()
    return results


def socket(page: Visit) -> WebSocketClientConnection:
    assert page.socket is not None
    return page.socket


def measure(workdir: Path, notebook: str, size: int, feedback: bool) -> tuple[dict[str, Clicks], float, str]:
    folder = notebooks(workdir / "nb")
    hello_click(folder)
    with running_voila(workdir, folder, pools={notebook: size}, cull_idle=3600, cull_interval=600) as server:
        warmup = warm(server, notebook, size)
        loaded = load()
        return asyncio.run(room(server, notebook, size, feedback)), warmup, loaded


def room_starts(workdir: Path, sizes: tuple[int, ...] = ROOM_SIZES) -> None:
    print("== room starts: N warm pages open, all press Beginnen at once (click -> kernel idle, first step sent)")
    print("| N | page | click | p50 / p95 / max s | CPU s per click | failures | ratio p50 / CPU to hello | load |")
    print("|---|---|---|---|---|---|---|---|")
    for size in sizes:
        hello, _, hello_load = measure(workdir / f"hello-{size}", HELLO_CLICK, size, feedback=False)
        casus, warmup, casus_load = measure(workdir / f"casus-{size}", CASUS, size, feedback=True)
        base = hello["begin"]
        base_p50 = statistics.median(base.seconds or [float("nan")])
        base_cpu = base.cpu / size
        print(f"| {size} | hello-click | Beginnen | {base.line()} | 1.00 / 1.00 | {hello_load} |", flush=True)
        for label, clicks in casus.items():
            p50 = statistics.median(clicks.seconds or [float("nan")])
            ratio = f"{p50 / base_p50:.1f} / {clicks.cpu / size / base_cpu:.1f}"
            click = "Beginnen" if label == "begin" else "Feedback op deze stap"
            print(f"| {size} | casus-1 | {click} | {clicks.line()} | {ratio} | {casus_load} |", flush=True)
            for failure in sorted(set(clicks.failures))[:3]:
                print(f"|   failure: {failure[:200]} |")
        print(f"   (casus-1 pool of {size} warm after {warmup:.0f} s)")


def team_room_starts(workdir: Path, tables: int = TABLES, seats: int = SEATS) -> None:
    """Team play: a group workshop with `tables` tables; its `tables * seats` participants join at once."""
    from kit.facilitation.teams import make_tables

    size = tables * seats
    with running_voila(workdir, pools={TEAM_NOTEBOOK: size}, cull_idle=3600, cull_interval=600) as server:
        store = Store(server.store_url)
        code = store.create_workshop("Bench tafels", [TEAM_EXERCISE], "groep").code
        make_tables(store, code, tables)
        store.close()
        warmup = warm(server, TEAM_NOTEBOOK, size)
        loaded = load()
        result = asyncio.run(room(server, TEAM_NOTEBOOK, size, feedback=False, code=code))
    clicks = result["begin"]
    print(f"== team room starts: {tables} tables of {seats} join with the workshop code, all at once ({loaded})")
    print(f"   click Beginnen -> at their table, p50 / p95 / max s | CPU s per click | failures: {clicks.line()}")
    print(f"   (pool of {size} warm after {warmup:.0f} s)")
    for failure in sorted(set(clicks.failures))[:3]:
        print(f"   failure: {failure[:200]}")


def sizes(argv: list[str]) -> tuple[int, ...]:
    if "--room-sizes" in argv:
        return tuple(int(n) for n in argv[argv.index("--room-sizes") + 1].split(","))
    return ROOM_SIZES


def main(argv: list[str] | None = None) -> None:
    """`python -m bench room [--room-sizes 10,40] [--skip-team]`: the room-starts figures alone."""
    argv = list(argv or [])
    with tempfile.TemporaryDirectory() as tmp:
        room_starts(Path(tmp) / "room", sizes(argv))
        if "--skip-team" not in argv:
            team_room_starts(Path(tmp) / "team")
