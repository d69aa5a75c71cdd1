"""The Voila app in a real browser: time to first widget against a hello-world notebook, memory, culling.

Every figure that depends on the machine is printed next to a baseline measured in the same run:
the casus 1 app against a one-widget notebook served by the same Voila server.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from playwright.sync_api import Browser, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from voila_server import CHROMIUM, CHROMIUM_ARGS, VoilaServer, running_voila

from kit.serve import NOTEBOOKS

PAGES = {"hello.ipynb": ".widget-button", "casus-1.ipynb": ".ok-app h1"}
REPEATS = 5
VISITS = 20
POOL_REFILL_SECONDS = 6.0


def notebooks(folder: Path) -> Path:
    """casus-1 as shipped, and the hello-world baseline: one button, nothing else."""
    folder.mkdir(parents=True)
    shutil.copy(NOTEBOOKS / "casus-1.ipynb", folder / "casus-1.ipynb")
    hello = nbformat.v4.new_notebook()
    hello.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    hello.cells = [nbformat.v4.new_code_cell('import ipywidgets as w\n\nw.Button(description="Hallo")')]
    hello.cells[0].id = "hello"
    nbformat.write(hello, folder / "hello.ipynb")
    return folder


def first_widget_seconds(browser: Browser, server: VoilaServer, notebook: str) -> tuple[float, str]:
    context = browser.new_context()
    page = context.new_page()
    start = time.perf_counter()
    page.goto(f"{server.url}/voila/render/{notebook}")
    page.wait_for_selector(PAGES[notebook], timeout=120_000)
    elapsed = time.perf_counter() - start
    found = re.search(r'"kernelId":\s*"([0-9a-f-]+)"', page.content())
    context.close()
    return elapsed, found.group(1) if found else ""


def time_to_first_widget(browser: Browser, workdir: Path, preheat: bool) -> None:
    with running_voila(workdir, notebooks(workdir / "notebooks"), preheat=preheat) as server:
        for notebook in PAGES:  # warm the OS file cache and, with pre-heating, fill each pool once
            first_widget_seconds(browser, server, notebook)
            time.sleep(POOL_REFILL_SECONDS if preheat else 0)
        times: dict[str, list[float]] = {name: [] for name in PAGES}
        memory = []
        for _ in range(REPEATS):
            for notebook in PAGES:
                elapsed, kernel_id = first_widget_seconds(browser, server, notebook)
                times[notebook].append(elapsed)
                kernel = server.kernel_for(kernel_id)
                if notebook == "casus-1.ipynb" and kernel is not None:
                    memory.append(kernel.memory_info().rss / 2**20)
                if preheat:
                    time.sleep(POOL_REFILL_SECONDS)
    hello, casus = (statistics.median(times[name]) for name in PAGES)
    label = "with pre-heating" if preheat else "without pre-heating"
    print(f"== time to first widget, {label} (median of {REPEATS})")
    print(f"   hello-world notebook: {hello:.2f} s   casus 1 app: {casus:.2f} s")
    print(f"   ratio casus 1 / hello-world: {casus / hello:.2f} (goal: at most 1.3)")
    if memory:
        print(f"   casus 1 kernel memory after render: {statistics.median(memory):.0f} MB")


def visits_and_culling(browser: Browser, workdir: Path) -> None:
    with running_voila(workdir, notebooks(workdir / "notebooks"), cull_idle=10, cull_interval=2) as server:
        before = server.memory_mb()
        for _ in range(VISITS):
            first_widget_seconds(browser, server, "casus-1.ipynb")
        alive = len(server.kernels())
        after = server.memory_mb()
        kernel_mb = sum(k.memory_info().rss for k in server.kernels()) / 2**20
        time.sleep(20)
        culled = len(server.kernels())
    print(f"== {VISITS} page visits of casus 1 (culling idle kernels after 10 s)")
    print(f"   kernels alive right after: {alive} using {kernel_mb:.0f} MB; after culling: {culled}")
    print(f"   Voila server memory: {before:.0f} MB before, {after:.0f} MB after (ratio {after / before:.2f})")


def main() -> None:
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for index, preheat in enumerate((False, True)):
            time_to_first_widget(browser, Path(tmp) / f"run-{index}", preheat)
        visits_and_culling(browser, Path(tmp) / "visits")
        browser.close()
