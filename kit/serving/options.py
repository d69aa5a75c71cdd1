"""The options of `python -m kit serve`, checked before Voila starts so a bad combination gets a Dutch sentence.

Voila itself stops with a CRITICAL traceback on some of these (a pool size given twice, a notebook it
cannot find); others it accepts and then misbehaves (a cull time of 0 never culls). Every refusal is a
`ServeOptionError` with the message the facilitator reads.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kit.errors import KitError
from kit.plural import KERNEL, count
from kit.serving.texts import ERRORS

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
DEFAULT_PORT = 8866
MAX_PARTICIPANTS = 200
CULL_IDLE_SECONDS = 30
CULL_INTERVAL_SECONDS = 10
MIN_CULL_SECONDS = 5
KERNEL_MB = 110  # a participant kernel in use, measured by `python -m bench voila` (deploy/README.md)
CASUS_CHOOSER = "casussen.ipynb"
FACILITATOR = "facilitator.ipynb"


class ServeOptionError(KitError):
    """A `serve` option or combination of options that cannot work; the message says which and why."""


@dataclass(frozen=True)
class ServeOptions:
    """Everything `serve` needs; `pools` maps a notebook to the number of kernels kept ready for it."""

    port: int = DEFAULT_PORT
    participants: int | None = None
    pools: dict[str, int] = field(default_factory=dict)
    cull_idle: int = CULL_IDLE_SECONDS
    cull_interval: int = CULL_INTERVAL_SECONDS
    database_url: str | None = None
    notebooks: Path = NOTEBOOKS
    preheat: bool = True
    workshop_only: bool = False


def notebook_for(exercise: str, notebooks: Path = NOTEBOOKS) -> str:
    """The notebook a participant opens for an exercise id (`casus-1`, `azc/oefenvorm-2`) or notebook name."""
    if exercise.endswith(".ipynb"):
        if not (notebooks / exercise).is_file():
            choices = ", ".join(sorted(p.name for p in notebooks.glob("*.ipynb")))
            raise ServeOptionError(ERRORS["unknown_exercise"].format(value=exercise, choices=choices))
        return exercise
    from kit.content.library import cached_library

    library = cached_library()
    if exercise not in library.exercises:
        choices = ", ".join(sorted(library.exercises))
        raise ServeOptionError(ERRORS["unknown_exercise"].format(value=exercise, choices=choices))
    # one notebook per SAMOS oefenvorm (the scenario is chosen in it), one per shipped casus
    name = f"samos-{exercise.rsplit('/', 1)[1]}.ipynb" if "/" in exercise else f"{exercise}.ipynb"
    if not (notebooks / name).is_file():
        name = CASUS_CHOOSER  # a facilitator's own casus plays in the casus chooser
    return name


def pools_for(participants: int, exercises: Iterable[str], notebooks: Path = NOTEBOOKS) -> dict[str, int]:
    """`participants` kernels for each notebook the workshop uses, and one for the facilitator's app."""
    pools = {notebook_for(exercise, notebooks): participants for exercise in exercises}
    if (notebooks / FACILITATOR).is_file():
        pools.setdefault(FACILITATOR, 1)
    return pools


def workshop_exercises(code: str, database_url: str | None) -> tuple[str, ...]:
    """The exercise ids of a workshop in the store (read once at start, before Voila runs)."""
    from kit.store import Store, default_database_url

    url = database_url or default_database_url()
    workshop = Store(url).workshop(code.strip().upper())
    if workshop is None:
        raise ServeOptionError(ERRORS["unknown_workshop"].format(code=code, url=_without_password(url)))
    return workshop.exercise_ids


def check_port(port: int) -> None:
    if not 1024 <= port <= 65535:
        raise ServeOptionError(ERRORS["port"].format(port=port))
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            raise ServeOptionError(ERRORS["port_busy"].format(port=port)) from exc


def check_database_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise ServeOptionError(ERRORS["database_url"].format(url=url, reason=exc)) from exc


def check_cull(cull_idle: int, cull_interval: int) -> None:
    if cull_idle < MIN_CULL_SECONDS:
        raise ServeOptionError(ERRORS["cull"].format(value=cull_idle, minimum=MIN_CULL_SECONDS))
    if not 1 <= cull_interval <= cull_idle:
        raise ServeOptionError(ERRORS["interval"].format(value=cull_interval, cull=cull_idle))


def check_memory(pools: dict[str, int]) -> None:
    """Refuse a pool that cannot fit: 40 kernels for each of 13 notebooks would take the machine down."""
    import psutil

    kernels = sum(pools.values())
    needed = kernels * KERNEL_MB
    available = int(psutil.virtual_memory().available / 2**20)
    if needed > available:
        raise ServeOptionError(
            ERRORS["memory"].format(kernels=count(kernels, KERNEL), needed=needed, available=available)
        )


def build_options(
    port: int = DEFAULT_PORT,
    participants: int | None = None,
    exercises: Iterable[str] = (),
    workshop: str | None = None,
    cull_idle: int = CULL_IDLE_SECONDS,
    cull_interval: int = CULL_INTERVAL_SECONDS,
    database_url: str | None = None,
    notebooks: Path = NOTEBOOKS,
    check_port_free: bool = True,
    workshop_only: bool = False,
) -> ServeOptions:
    """Check every option and combination; raises `ServeOptionError` with the Dutch reason."""
    if check_port_free:
        check_port(port)
    check_cull(cull_idle, cull_interval)
    if database_url is not None:
        check_database_url(database_url)
    exercises = tuple(exercises)
    if participants is None:
        if exercises or workshop:
            raise ServeOptionError(ERRORS["need_participants"])
        return ServeOptions(port, None, {}, cull_idle, cull_interval, database_url, notebooks, True, workshop_only)
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise ServeOptionError(ERRORS["deelnemers"].format(value=participants, maximum=MAX_PARTICIPANTS))
    if workshop:
        exercises += workshop_exercises(workshop, database_url)
    if not exercises:
        raise ServeOptionError(ERRORS["need_exercises"])
    pools = pools_for(participants, exercises, notebooks)
    check_memory(pools)
    return ServeOptions(
        port, participants, pools, cull_idle, cull_interval, database_url, notebooks, True, workshop_only
    )


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"
