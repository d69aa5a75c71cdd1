"""Run every benchmark: `python -m bench [scoring|voila|dashboard|teams]` (default: all)."""

from __future__ import annotations

import sys

from bench import dashboard, scoring, teams, voila

SUITES = {"scoring": scoring.main, "dashboard": dashboard.main, "teams": teams.main, "voila": voila.main}


def main(argv: list[str]) -> int:
    chosen = argv or list(SUITES)
    for name in chosen:
        if name not in SUITES:
            print(f"unknown benchmark '{name}'; choose from {', '.join(SUITES)}")
            return 2
        SUITES[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
