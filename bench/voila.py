"""A room joining at once, with HTTP and websocket clients instead of browsers: `python -m bench voila`.

For N = 10, 20, 40 participants opening a page within the same moment, each of the casus 1 app and a
one-button hello-world notebook is served the same way in the same run (a fresh server each, same
options), once with kernels started on demand and once with a pool warmed for N beforehand (as
`python -m kit serve --deelnemers N` does). Per burst: time to the rendered page and to a live widget
(the kernel answers a widget state request over the websocket), p50/p95/max, failures, CPU seconds of
the server and its kernels during the burst, peak memory. Then: kernels alive after 25 reloads by 5
participants, memory of a participant kernel in use, and what the participant app imports.

Then "room starts" (bench/room.py): N warm pages press Beginnen at once, then "Feedback op deze stap".

Options: `python -m bench voila [--sizes 10,20,40] [--skip-burst] [--cold-only] [--room-sizes 10,40] [--skip-room]`.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import nbformat
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from kernel_client import Visit, sign_in, visit
from voila_server import VoilaServer, running_voila

from kit.serving.options import NOTEBOOKS
from kit.ui.texts import UI

HELLO, CASUS = "hello.ipynb", "casus-1.ipynb"
SIZES = (10, 20, 40)
CULL_IDLE, CULL_INTERVAL = 30, 10  # `python -m kit serve` defaults
RELOADERS, RELOADS = 5, 25
PARTICIPANT_ONLY = ("pandas", "matplotlib", "openpyxl")


def notebooks(folder: Path) -> Path:
    """casus-1 as shipped, and the hello-world baseline: one button, nothing else."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(NOTEBOOKS / CASUS, folder / CASUS)
    hello = nbformat.v4.new_notebook()
    hello.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    hello.cells = [nbformat.v4.new_code_cell('import ipywidgets as w\n\nw.Button(description="Hallo")')]
    hello.cells[0].id = "hello"
    nbformat.write(hello, folder / HELLO)
    return folder


def family(server: VoilaServer) -> list[psutil.Process]:
    try:
        root = psutil.Process(server.process.pid)
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return []


def cpu_seconds(server: VoilaServer) -> dict[int, float]:
    seconds = {}
    for member in family(server):
        try:
            times = member.cpu_times()
            seconds[member.pid] = times.user + times.system
        except psutil.Error:
            continue
    return seconds


def rss_mb(processes: list[psutil.Process]) -> float:
    total = 0
    for member in processes:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


@contextmanager
def peak_memory(server: VoilaServer) -> Iterator[Callable[[], float]]:
    """Sample the RSS of the server and its kernels every 0.2 s; yields a getter for the peak."""
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.2):
            peak[0] = max(peak[0], rss_mb(family(server)))

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield lambda: peak[0]
    finally:
        stop.set()
        thread.join()


@dataclass
class Burst:
    notebook: str
    size: int
    warm: bool
    visits: list[Visit]
    cpu: float
    peak_mb: float
    warmup_s: float

    def times(self, attribute: str) -> list[float]:
        return sorted(getattr(v, attribute) for v in self.visits if v.ok)

    @property
    def failures(self) -> int:
        return sum(not v.ok for v in self.visits)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def median(values: list[float]) -> float:
    """The p50 of the table and of its ratio column alike (a nearest-rank p50 of 40 bimodal times differed)."""
    return statistics.median(values) if values else float("nan")


async def burst(server: VoilaServer, notebook: str, size: int) -> list[Visit]:
    return list(await asyncio.gather(*(visit(server.url, notebook, timeout=300) for _ in range(size))))


def measure(workdir: Path, notebook: str, size: int, warm: bool) -> Burst:
    pools = {notebook: size} if warm else None
    with running_voila(workdir, notebooks(workdir / "nb"), pools=pools, cull_idle=600, cull_interval=60) as server:
        start = time.monotonic()
        if warm:
            while server.pool(notebook)["ready"] < size:
                if time.monotonic() - start > 900:
                    raise RuntimeError(f"pool for {notebook} not warm after 900 s")
                time.sleep(0.5)
        warmup = time.monotonic() - start
        time.sleep(2)
        before = cpu_seconds(server)
        with peak_memory(server) as peak:
            visits = asyncio.run(burst(server, notebook, size))
        after = cpu_seconds(server)
        cpu = sum(after[pid] - before.get(pid, 0.0) for pid in after)
        return Burst(notebook, size, warm, visits, cpu, peak(), warmup)


def pooled(runs: list[Burst]) -> Burst:
    """Several bursts of one page as one: every visit's times, the CPU and warm-up of a run on average."""
    first = runs[0]
    return Burst(
        first.notebook,
        first.size,
        first.warm,
        [visit for run in runs for visit in run.visits],
        statistics.mean(run.cpu for run in runs),
        max(run.peak_mb for run in runs),
        statistics.mean(run.warmup_s for run in runs),
    )


def burst_table(workdir: Path, sizes: tuple[int, ...], pools: tuple[bool, ...] = (False, True)) -> None:
    """`pools`: without a warm pool (cold: a kernel starts per page), with one, or both.

    A cold burst of 40 on two cores takes 15-25 s and its median moves by a tenth between two runs of the
    same page, so cold bursts run twice per page in the order hello, casus, casus, hello: both pages then
    meet the same drift of the machine, and each row pools the visits of its two runs (CPU: per run)."""
    print("== burst join: N clients open the page at once (HTTP render, then a widget answers over the websocket)")
    print(
        "| pool | N | page | page p50 / p95 / max s | widget p50 / p95 / max s | ratio p50 widget to hello "
        "| failures | CPU s | CPU ratio to hello | peak RSS MB | warm-up s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for warm in pools:
        for size in sizes:
            runs: dict[str, list[Burst]] = {HELLO: [], CASUS: []}
            order = (HELLO, CASUS) if warm else (HELLO, CASUS, CASUS, HELLO)
            for turn, notebook in enumerate(order):
                runs[notebook].append(measure(workdir / f"{int(warm)}-{size}-{turn}-{notebook}", notebook, size, warm))
            results = {notebook: pooled(found) for notebook, found in runs.items()}
            hello_p50 = median(results[HELLO].times("comm_seconds"))
            for notebook, result in results.items():
                page, comm = result.times("page_seconds"), result.times("comm_seconds")
                ratio = median(comm) / hello_p50
                print(
                    f"| {'warm' if warm else 'none'} | {size} | {notebook.removesuffix('.ipynb')} "
                    f"| {median(page):.2f} / {percentile(page, 0.95):.2f} / {percentile(page, 1):.2f} "
                    f"| {median(comm):.2f} / {percentile(comm, 0.95):.2f} / {percentile(comm, 1):.2f} "
                    f"| {ratio:.2f} | {result.failures} | {result.cpu:.1f} | {result.cpu / results[HELLO].cpu:.2f} "
                    f"| {result.peak_mb:.0f} "
                    f"| {result.warmup_s:.0f} |",
                    flush=True,
                )
                errors = {v.error for v in result.visits if v.error}
                if errors:
                    print(f"|   failures: {'; '.join(sorted(errors))[:300]} |")


async def reloading(server: VoilaServer) -> list[str]:
    """Five participants each reload their page five times; the last page of each stays open."""
    open_pages: list[Visit | None] = [None] * RELOADERS
    for round_ in range(RELOADS // RELOADERS):
        for index in range(RELOADERS):
            previous = open_pages[index]
            if previous is not None and previous.socket is not None:
                previous.socket.close()
            open_pages[index] = await visit(server.url, CASUS, keep_open=True)
        await asyncio.sleep(1 if round_ else 0)
    held = [page for page in open_pages if page is not None]
    alive_ids = [page.kernel_id for page in held if page.ok]
    return alive_ids


def reloads(workdir: Path) -> None:
    with running_voila(
        workdir, notebooks(workdir / "nb"), pools={CASUS: RELOADERS}, cull_idle=CULL_IDLE, cull_interval=CULL_INTERVAL
    ) as server:
        while server.pool(CASUS)["ready"] < RELOADERS:
            time.sleep(0.5)

        async def scenario() -> tuple[int, int, float | None, int]:
            kept = await reloading(server)
            right_after = len(server.kernels())
            start = time.monotonic()
            settled = None
            expected = RELOADERS + server.pool(CASUS)["keep"]
            while time.monotonic() - start < 90:
                await asyncio.sleep(1)
                if settled is None and len(server.kernels()) <= expected:
                    settled = time.monotonic() - start
            still_open = sum(server.kernel_for(kernel_id) is not None for kernel_id in kept)
            return right_after, len(server.kernels()), settled, still_open

        right_after, after_90, settled, still_open = asyncio.run(scenario())
        pool = server.pool(CASUS)
    print(
        f"== {RELOADS} page loads by {RELOADERS} participants reloading (cull {CULL_IDLE} s, every {CULL_INTERVAL} s)"
    )
    print(f"   kernels alive right after: {right_after}; 90 s later: {after_90} ({RELOADERS} open pages + pool)")
    print(
        f"   pool then: {pool['ready']} ready (kept: {pool['keep']}); open pages that kept their kernel: "
        f"{still_open} of {RELOADERS}; settled after {settled if settled is None else round(settled)} s"
    )


def kernel_memory(workdir: Path) -> None:
    with running_voila(workdir, notebooks(workdir / "nb"), pools={CASUS: 1, HELLO: 1}) as server:
        while server.pool(CASUS)["ready"] < 1 or server.pool(HELLO)["ready"] < 1:
            time.sleep(0.5)
        time.sleep(2)
        pooled = {k.pid: k.memory_info().rss / 2**20 for k in server.kernels()}

        async def use() -> tuple[float, float, float]:
            hello = await visit(server.url, HELLO, keep_open=True)
            casus = await visit(server.url, CASUS, keep_open=True)
            assert casus.socket is not None and hello.ok and casus.ok, (hello.error, casus.error)
            hello_kernel, casus_kernel = server.kernel_for(hello.kernel_id), server.kernel_for(casus.kernel_id)
            assert hello_kernel is not None and casus_kernel is not None
            rendered = casus_kernel.memory_info().rss / 2**20
            await sign_in(casus.socket, "Bench Deelnemer", UI["name"], UI["begin"])
            await asyncio.sleep(1)
            return hello_kernel.memory_info().rss / 2**20, rendered, casus_kernel.memory_info().rss / 2**20

        hello_mb, rendered_mb, in_use_mb = asyncio.run(use())
    print("== kernel memory (RSS)")
    print(f"   pooled kernels: {', '.join(f'{mb:.0f}' for mb in sorted(pooled.values()))} MB")
    print(
        f"   hello-world kernel: {hello_mb:.0f} MB; casus 1 rendered: {rendered_mb:.0f} MB; "
        f"after sign-in (exercise shown): {in_use_mb:.0f} MB (target: at most 100 MiB)"
    )


def imports() -> None:
    """What a participant kernel imports (`-X importtime` lists them; CPU time measured, robust on a busy host)."""
    code = {
        "casus 1 page": "from kit.ui.app import exercise_app; exercise_app('casus-1')",
        "casus 1 signed in": "from kit.ui.app import exercise_app; import kit.ui.runner, kit.store; "
        "exercise_app('casus-1')",
        "hello-world button": "import ipywidgets as w; w.Button()",
    }
    print("== imports of a participant kernel (CPU s of imports and app, median of 3; python -X importtime)")
    totals = {}
    for label, source in code.items():
        runs, loaded, slowest = [], "", ""
        for _ in range(3):
            probe = (
                f"import time, sys; start = time.process_time(); {source}; print(time.process_time() - start); "
                f"print(','.join(m for m in {PARTICIPANT_ONLY!r} if m in sys.modules))"
            )
            done = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", probe], capture_output=True, text=True, env=os.environ
            )
            seconds, loaded = [*done.stdout.splitlines(), "nan", ""][:2]
            runs.append(float(seconds))
            own = [line.split("|") for line in done.stderr.splitlines() if line.count("|") == 2]
            ranked = sorted(
                (int(c[0].split(":")[1]), c[2].strip()) for c in own if c[0].split(":")[1].strip().isdigit()
            )
            slowest = ", ".join(name for _, name in ranked[-4:][::-1])
        totals[label] = statistics.median(runs)
        print(
            f"   {label}: {totals[label]:.2f} CPU s; facilitator-only modules: {loaded or 'none'}; slowest: {slowest}"
        )
    base = totals["hello-world button"]
    print(
        f"   ratio to hello-world: page {totals['casus 1 page'] / base:.2f}, "
        f"signed in {totals['casus 1 signed in'] / base:.2f}"
    )


def main(argv: list[str] | None = None) -> None:
    argv = list(argv or [])
    sizes = SIZES
    if "--sizes" in argv:
        sizes = tuple(int(n) for n in argv[argv.index("--sizes") + 1].split(","))
    with tempfile.TemporaryDirectory() as tmp:
        imports()
        kernel_memory(Path(tmp) / "memory")
        reloads(Path(tmp) / "reloads")
        if "--skip-room" not in argv:
            from bench import room

            room.room_starts(Path(tmp) / "room", room.sizes(argv))
        if "--skip-burst" not in argv:
            burst_table(Path(tmp) / "burst", sizes, (False,) if "--cold-only" in argv else (False, True))
