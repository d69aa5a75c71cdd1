"""The facilitator's export reads in Dutch: headers, titles and labels, answers in words, percentages,
Amsterdam time; and it still round-trips through CSV and Excel."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from test_dashboard import simulate

from kit.content.library import Library
from kit.reports import export_frames, read_csv_bytes, read_excel_bytes, to_csv_bytes, to_excel_bytes
from kit.reports.export_view import ANSWER_HEAD, RESULT_HEAD, STEP_HEAD, local_time, percent_number, readable_frames
from kit.scoring.result import percent
from kit.store import Store


def test_export_has_dutch_headers_labels_and_percentages(library: Library, store: Store) -> None:
    code = simulate(library, store, people=4)
    frames = readable_frames(export_frames(store, code), library)
    assert tuple(frames["antwoorden"].columns) == ANSWER_HEAD
    assert tuple(frames["resultaten"].columns) == RESULT_HEAD
    assert tuple(frames["stappen"].columns) == STEP_HEAD
    answers = frames["antwoorden"]
    title = library.exercise("casus-1").title
    assert set(answers["Oefening"]) == {title}
    assert "stap-2-2" not in set(answers["Stap"]) and "Stap 2.2 · Fase van het polarisatieproces" in set(
        answers["Stap"]
    )
    joined = " ".join(answers["Antwoord"].astype(str))
    assert "stappenplan." not in joined and "[" not in joined and "{" not in joined  # no ids, no JSON
    assert set(frames["resultaten"]["Totaalscore (%)"]) == {100}
    assert frames["stappen"]["Score (%)"].between(0, 100).all()
    stamp = str(frames["resultaten"]["Ingeleverd"].iloc[0])
    assert len(stamp) == 16 and stamp[4] == "-" and stamp[13] == ":"


def test_readable_export_survives_csv_and_excel(library: Library, store: Store) -> None:
    code = simulate(library, store, people=3)
    frames = readable_frames(export_frames(store, code), library)
    for back in (read_csv_bytes(to_csv_bytes(frames)), read_excel_bytes(to_excel_bytes(frames))):
        assert list(back["antwoorden"].columns) == list(ANSWER_HEAD)
        assert len(back["antwoorden"]) == len(frames["antwoorden"])


def test_times_are_amsterdam_time_in_summer_and_winter() -> None:
    assert local_time(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "2026-07-01 14:00"
    assert local_time(pd.Timestamp("2026-12-01 12:00")) == "2026-12-01 13:00"
    assert local_time(None) == ""
    assert f"{percent_number(0.625)}%" == percent(0.625)  # the same rounding as the app
    assert percent_number(None) is None
