"""Where the content lives, without importing the content models: a page's kernel asks this before it knows
whether it needs them (kit.content.cards)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def content_root() -> Path:
    """The folder holding scenarios/ and answers/: KIT_CONTENT_ROOT, else the repository checkout."""
    return Path(os.environ.get("KIT_CONTENT_ROOT", PACKAGE_DIR.parent))


def references_here() -> bool:
    """Whether this process scores itself. Under JupyterHub (KIT_SERVICE_URL set) the references live only
    in the scoring service: a participant's kernel neither has nor looks for answers/."""
    return not os.environ.get("KIT_SERVICE_URL", "").strip()


def default_paths(root: Path | None = None) -> list[Path]:
    base = root or content_root()
    folders = [PACKAGE_DIR / "methods", PACKAGE_DIR / "templates", base / "scenarios"]
    if references_here():
        folders.append(base / "answers")
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*.y*ml"))]
