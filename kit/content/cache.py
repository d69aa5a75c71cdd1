"""A pickled copy of the validated library, so each Voila kernel does not re-read and re-check all YAML.

Every participant kernel needs the library to draw its page; building it costs ~0.5 CPU-s (YAML with
line numbers, cross-checks), unpickling it ~0.04 s. The key covers every content file (path, size,
mtime), the content code and pydantic's installed version file, so an edited casus or an upgraded kit or
pydantic builds afresh. Computing the key does not import pydantic: a page that only needs its exercise
cards (kit.content.cards) never loads it.
A cache that cannot be read or written is ignored: the library is then built as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import platformdirs

ENV_VAR = "KIT_CACHE_DIR"
CODE_DIR = Path(__file__).resolve().parent
T = TypeVar("T")


def cache_dir() -> Path:
    given = os.environ.get(ENV_VAR, "").strip()
    return Path(given) if given else Path(platformdirs.user_cache_dir("oefenkit", appauthor=False))


def _pydantic_version_file() -> list[Path]:
    """pydantic's version.py, found without importing pydantic (0.2 ms instead of ~50): an upgrade rewrites it."""
    spec = importlib.util.find_spec("pydantic")
    return [Path(spec.origin).parent / "version.py"] if spec is not None and spec.origin else []


def cache_key(paths: Sequence[Path], salt: str = "") -> str:
    digest = hashlib.sha256(f"{salt}".encode())
    for path in [*_pydantic_version_file(), *sorted(CODE_DIR.glob("*.py")), *paths]:
        with contextlib.suppress(OSError):
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def cached(paths: Sequence[Path], build: Callable[[], T], kind: type[T], salt: str = "") -> T:
    """`build()`'s result for these files, from the cache when the files are unchanged since it was written;
    `salt` names anything else the result depends on (whether references are loaded here)."""
    file = cache_dir() / f"library-{cache_key(paths, salt)}.pickle"
    with contextlib.suppress(Exception):  # missing, half-written or from another version: build instead
        found = pickle.loads(file.read_bytes())
        if isinstance(found, kind):
            return found
    result = build()
    with contextlib.suppress(OSError):
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=file.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, file)
    return result
