"""A room that starts together: N warm pages open, then everyone presses "Beginnen" at once (`python -m bench room`).

For N = 10 and 40 (`--room-sizes`), a pool warmed for N (as `kit serve --deelnemers N`) serves N pages over
websocket clients (tests/kernel_client.py); each page's widget states are fetched first, as the browser
does when the page opens. Then all N type a name and press "Beginnen" in the same moment, and the time
from the click until the kernel is idle again (every widget message of the first step has been sent) is
measured; then all type an answer to step 1's open question and press "Feedback op deze stap" at once
("first feedback"); the RSS of their kernels is read after each (median and max). The same run serves a
hello-world page (a name field, a button, a greeting) and presses its button the same way: the baseline
the ratios are against. CPU seconds are those of the server and the clicking pages' kernels during the
clicks, per click; each burst starts once the server and its kernels are idle (the pool refills its spare
kernels after the pages took theirs: that is no cost of a click, and it would take the clicks' CPU).
Team play: 8 tables of 5 join a group workshop with their code, all at once.

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
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from tornado.websocket import WebSocketClientConnection

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from kernel_client import Visit, message, press, visit, widget_states
from voila_server import VoilaServer, running_voila

from bench.voila import CASUS, cpu_seconds, notebooks, percentile
from kit.store import Store
from kit.ui.texts import UI

HELLO_CLICK = "hello-click.ipynb"
TEAM_NOTEBOOK, TEAM_EXERCISE = "samos-oefenvorm-2.ipynb", "steekpartij/oefenvorm-2"
ROOM_SIZES = (10, 40)
TABLES, SEATS = 8, 5
WARM_TIMEOUT = 1200.0
ANSWER = (  # step 1's open question of casus 1: with whom to share and weigh the signals, and why
    "Ik deel deze signalen met de wijkagent, het jongerenwerk en de woningcorporatie, want zij zien de overlast "
    "rond het plein elk van een andere kant; samen duiden we of het om spanning of om polarisatie gaat."
)
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
    rss: list[float] = field(default_factory=list)  # MB of each page's kernel once the clicks were done

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
    """Run `action` for every page in the same moment; CPU of the server and the pages' kernels meanwhile.

    Waits first until the server and its kernels are idle: the pool refills its spare kernels after pages
    took theirs, and a kernel start (~1.5 CPU-s) during the clicks is no cost of the clicks."""
    await settle(server)
    mine = {server.process.pid} | {k.pid for k in (server.kernel_for(p.kernel_id) for p in pages) if k is not None}
    before = cpu_seconds(server)
    done = await asyncio.gather(*(action(i, page) for i, page in enumerate(pages)), return_exceptions=True)
    after = cpu_seconds(server)
    cpu = sum(after[pid] - before.get(pid, 0.0) for pid in after if pid in mine)
    seconds = [d for d in done if isinstance(d, float)]
    failures = [f"{type(d).__name__}: {d}" for d in done if isinstance(d, BaseException)]
    return Clicks(seconds, failures, cpu)


async def settle(server: VoilaServer, quiet: float = 0.1, longest: float = 300.0) -> None:
    """Wait until the server and all its kernels used less than `quiet` CPU-s in a second (at most `longest` s)."""
    deadline = time.monotonic() + longest
    while time.monotonic() < deadline:
        before = cpu_seconds(server)
        await asyncio.sleep(1)
        after = cpu_seconds(server)
        if sum(after[pid] - before.get(pid, 0.0) for pid in after) < quiet:
            return


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
    await asyncio.sleep(1)
    results["begin"].rss = kernel_rss(server, pages)
    if feedback:
        wanted = labelled("ButtonModel", UI["check_step"])
        shown = await asyncio.gather(
            *(widget_states(socket(page), PREP_TIMEOUT, until=wanted) for page in pages), return_exceptions=True
        )

        for i, page in enumerate(pages):  # step 1 shown: all its widgets' states, then the answer typed
            if not isinstance(shown[i], BaseException):
                shown[i] = await widget_states(socket(page), PREP_TIMEOUT)
                await type_answer(socket(page), shown[i], ANSWER)

        async def check(i: int, page: Visit) -> float:
            found = shown[i]
            if isinstance(found, BaseException):
                raise found
            return await press(socket(page), found, UI["check_step"], timeout=PREP_TIMEOUT)

        await asyncio.sleep(2)  # the typed answers are in (and saved) before the clicks
        results["feedback"] = await all_at_once(server, pages, check)
        await asyncio.sleep(1)
        results["feedback"].rss = kernel_rss(server, pages)
    for page in pages:
        socket(page).close()
    return results


async def type_answer(socket: WebSocketClientConnection, states: dict[str, dict[str, Any]], text: str) -> None:
    """Type in the page's open question (step 1 shows one text area), as the browser sends it."""
    area = next(c for c, s in states.items() if s.get("_model_name") == "TextareaModel")
    update = {"comm_id": area, "data": {"method": "update", "state": {"value": text}, "buffer_paths": []}}
    await socket.write_message(message("comm_msg", update, uuid.uuid4().hex))


def kernel_rss(server: VoilaServer, pages: list[Visit]) -> list[float]:
    """The RSS in MB of the pages' kernels."""
    found = []
    for page in pages:
        kernel = server.kernel_for(page.kernel_id)
        if kernel is not None:
            found.append(kernel.memory_info().rss / 2**20)
    return found


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
        for label, clicks in casus.items():
            if clicks.rss:
                after = "signed in, step 1 shown" if label == "begin" else "after first feedback"
                print(
                    f"   casus-1 kernel RSS {after}: median {statistics.median(clicks.rss):.0f} MB, "
                    f"max {max(clicks.rss):.0f} MB over {len(clicks.rss)} kernels (target: at most 90 MB signed in)"
                )


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
