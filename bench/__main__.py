"""Run the benchmarks: `python -m bench [scoring|voila|room|dashboard|teams] [--options of that one]` (default: all).

`room` is part of `voila` (run alone here); all of them stay out of `make test`.
"""

from __future__ import annotations

import sys

from bench import dashboard, room, scoring, teams, voila

SUITES = {"scoring": scoring.main, "dashboard": dashboard.main, "teams": teams.main, "voila": voila.main}
ONLY_BY_NAME = {"room": room.main}  # already part of `voila`


def main(argv: list[str]) -> int:
    names = [arg for arg in argv if arg.isidentifier()]  # options (--sizes 10,20) and their values are not
    options = [arg for arg in argv if not arg.isidentifier()]
    chosen = names or list(SUITES)
    suites = {**SUITES, **ONLY_BY_NAME}
    for name in chosen:
        if name not in suites:
            print(f"unknown benchmark '{name}'; choose from {', '.join(suites)}")
            return 2
        if name in ("voila", "room"):
            suites[name](options)
        else:
            suites[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
