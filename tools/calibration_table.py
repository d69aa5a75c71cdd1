"""Print the calibration table (docs/scoring.md): per exercise rho and the totals of the judged answers."""

from __future__ import annotations

from pathlib import Path

from kit.content.library import load_library
from kit.scoring.calibration import calibration_table

ROOT = Path(__file__).resolve().parent.parent / "tests" / "calibration"


def main() -> None:
    print("| oefening | rho | expert | goed | middel | zwak | misleid | plakker | houdt |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in calibration_table(load_library(), ROOT):
        t = row.totals
        cells = [t[k] for k in ("expert", "good", "middling", "weak", "misguided", "paster")]
        shown = " | ".join(f"{value:.2f}" for value in cells)
        print(f"| {row.exercise_id} | {row.rho:.2f} | {shown} | {'ja' if row.holds else 'NEE'} |")


if __name__ == "__main__":
    main()
