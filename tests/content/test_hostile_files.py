"""Issue 11.5: content files cannot exhaust the machine; each hostile file gets a located Dutch error fast.

Each file is loaded in a child process, so its time and peak memory (the child's own ru_maxrss) are its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kit.content.library import build_library
from kit.content.loader import load_file
from kit.errors import ContentError, Problem

pytestmark = pytest.mark.skipif(os.name != "posix", reason="measures the child's peak memory")

LIMIT_SECONDS = 5.0
LIMIT_MB = 300
CHILD = """
import json, resource, sys
from pathlib import Path
from kit.content.loader import load_file
loaded = load_file(Path(sys.argv[1]))
usage = resource.getrusage(resource.RUSAGE_SELF)
# VmHWM is the peak of this process's own memory map; ru_maxrss would carry the parent's peak over
# fork and exec (Linux keeps it in the signal struct), i.e. the size of the pytest process.
status = Path("/proc/self/status").read_text().splitlines()
peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
found = [[p.file, p.line, p.path, p.message] for p in loaded.problems]
print(json.dumps([peak_kb, usage.ru_utime + usage.ru_stime, found]))
"""


def alias_bomb() -> str:
    """The 'billion laughs' in YAML: nine levels of nine aliases, 9**9 strings once expanded.

    About 450 bytes; the probe in issue 11 had 549 (the same bomb with a longer header).
    """
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [{', '.join(['*' + previous] * 9)}]")
    return "schema_version: 1\nsoort: scenario\n" + "\n".join(lines) + "\n"


def load_in_child(path: Path) -> tuple[list[Problem], float, float]:
    """Problems, the child's CPU seconds (imports included) and its own peak resident memory in MB.

    CPU time, not wall time: the test machine is shared, and a stall would show as CPU anyway.
    """
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=float(os.environ.get("KIT_CHILD_TIMEOUT", "120")),
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    peak_kb, seconds, found = json.loads(done.stdout)
    return [Problem(*item) for item in found], seconds, peak_kb / 1024


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("alias-bom.yaml", alias_bomb, "verwijzingen"),
        ("diep.yaml", lambda: "schema_version: 1\nx: " + "[" * 100_000 + "]" * 100_000 + "\n", "te diep genest"),
        ("diep-blok.yaml", lambda: "".join(" " * i + f"k{i}:\n" for i in range(3000)), "te diep genest"),
        ("groot.yaml", lambda: "schema_version: 1\nx: |\n" + ("  " + "x" * 98 + "\n") * 600_000, "te groot"),
        (
            "sleutels.yaml",
            lambda: "{" + ",".join(f"k{i}: 1" for i in range(1_700_000)) + "}",
            "te groot",
        ),
        (
            "veel-sleutels.yaml",
            lambda: "schema_version: 1\n" + "".join(f"k{i}: 1\n" for i in range(300_000)),
            "te veel",
        ),
    ],
)
def test_a_hostile_file_is_answered_fast_small_and_located(
    tmp_path: Path, name: str, make: object, fragment: str
) -> None:
    path = tmp_path / name
    assert callable(make)
    path.write_text(make(), encoding="utf-8")
    problems, seconds, peak_mb = load_in_child(path)
    assert seconds < LIMIT_SECONDS, f"{name}: {seconds:.1f} s"
    assert peak_mb < LIMIT_MB, f"{name}: {peak_mb:.0f} MB"
    assert len(problems) == 1, problems
    assert problems[0].file.endswith(name) and fragment in problems[0].message, problems[0]
    assert len(str(problems[0])) < 300


def test_a_bad_value_is_quoted_short(tmp_path: Path) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_text("schema_version: 1\nsoort: scenario\nid: '" + "X Y" * 10_000 + "'\n", encoding="utf-8")
    problems = load_file(path).problems
    assert problems and all(len(p.message) < 300 for p in problems)


@pytest.mark.parametrize("version", ["9" * 5000, "[" + "1," * 10_000 + "1]", "'" + "x" * 10_000 + "'"])
def test_a_monstrous_schema_version_gets_a_short_message(tmp_path: Path, version: str) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_text(f"schema_version: {version}\nsoort: scenario\n", encoding="utf-8")
    problems = load_file(path).problems
    assert len(problems) == 1 and problems[0].path in ("schema_version", "")
    assert len(problems[0].message) < 300


def test_at_most_fifty_problems_are_listed_plus_a_count(tmp_path: Path) -> None:
    problems = [Problem("x.yaml", i, "", f"fout {i}") for i in range(1, 131)]
    text = str(ContentError(problems))
    assert text.count("fout ") == 50 and "nog 80 problemen" in text


def test_a_bad_scenario_is_reported_once_by_the_library(tmp_path: Path) -> None:
    path = tmp_path / "scenarios" / "bom.yaml"
    path.parent.mkdir()
    path.write_text(alias_bomb(), encoding="utf-8")
    started = time.monotonic()
    library = build_library([path])
    assert time.monotonic() - started < LIMIT_SECONDS
    assert len([p for p in library.problems if p.file.endswith("bom.yaml")]) == 1


def test_validate_lists_fifty_problems_and_counts_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kit.cli import main

    for n in range(60):
        (tmp_path / f"leeg-{n}.yaml").write_text("[]\n", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.count("het bestand moet een blok") == 50 and "nog 10 problemen" in out
