"""A workshop's answers and scores as tables, written as zipped CSV or Excel, and Excel read back.

Column names follow the store's frames (participant, exercise_id, ...), so the sheets join on them.
A group workshop adds the tables' work: who sat where, the tables' shared answers, their results and
step scores, the observers' forms and the lessons learned (without names).
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kit.store import Store

SHEETS = ("antwoorden", "resultaten", "stappen")
GROUP_SHEETS = ("tafels", "tafelantwoorden", "tafelresultaten", "tafelstappen", "waarnemingen", "lessen")
"""The extra sheets of a workshop played at tables (team play), in this order after SHEETS."""
TEAM_STEP_COLUMNS = ("team", "exercise_id", "step_id", "step_title", "score")
RESULT_COLUMNS = ("participant", "role", "exercise_id", "total", "submitted_at")
STEP_COLUMNS = ("participant", "role", "exercise_id", "step_id", "step_title", "score")


def export_frames(store: Store, code: str) -> dict[str, pd.DataFrame]:
    """Three tables of one workshop, keyed by sheet name.

    antwoorden: every current answer (`Store.answers_frame`); resultaten: the latest submission per
    participant and exercise; stappen: the step scores of those submissions. Scores are fractions 0..1,
    times are UTC. A workshop played at tables adds the GROUP_SHEETS (`group_frames`).
    """
    latest = store.results_frame(code, latest_only=True)
    roles = {p.name: p.role for p in store.participants(code)}
    result_rows = []
    step_rows = []
    columns = ["participant", "exercise_id", "total", "submitted_at", "result"]
    for name, exercise_id, total, at, raw in latest[columns].itertuples(index=False, name=None):
        role = roles.get(name)
        result_rows.append((name, role, exercise_id, float(total), at))
        result: dict[str, Any] = json.loads(raw) if isinstance(raw, str) else dict(raw)
        step_rows += [
            (name, role, exercise_id, step["step"], step["title"], float(step["score"]))
            for step in result.get("steps", [])
        ]
    results = pd.DataFrame(result_rows, columns=list(RESULT_COLUMNS))
    results["submitted_at"] = pd.to_datetime(results["submitted_at"], utc=True)
    frames = {
        "antwoorden": store.answers_frame(code),
        "resultaten": results,
        "stappen": pd.DataFrame(step_rows, columns=list(STEP_COLUMNS)),
    }
    if store.has_tables(code):  # played at tables; a group workshop without tables has nothing to add
        frames.update(group_frames(store, code))
    return frames


def group_frames(store: Store, code: str) -> dict[str, pd.DataFrame]:
    """The tables' work, keyed by sheet name (GROUP_SHEETS); scores are fractions, times UTC."""
    results = store.team_results_frame(code)
    step_rows = []
    for team, exercise_id, raw in results[["team", "exercise_id", "result"]].itertuples(index=False, name=None):
        result: dict[str, Any] = json.loads(raw) if isinstance(raw, str) else dict(raw)
        step_rows += [
            (team, exercise_id, step["step"], step["title"], float(step["score"])) for step in result.get("steps", [])
        ]
    return {
        "tafels": store.team_members_frame(code),
        "tafelantwoorden": store.team_answers_frame(code),
        "tafelresultaten": results.drop(columns=["result"]),
        "tafelstappen": pd.DataFrame(step_rows, columns=list(TEAM_STEP_COLUMNS)),
        "waarnemingen": store.observations_frame(code),
        "lessen": store.lessons_frame(code),
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What Excel and LibreOffice read as the start of a formula in a CSV cell (OWASP's list)."""


def csv_safe(value: Any) -> Any:
    """A text cell that cannot run as a formula: a leading ' when it starts like one; other values as given.

    Applied last, to the text exactly as written, so no later cleaning can strip the guard again.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


CSV_SEPARATOR = ";"
"""Dutch Excel's list separator: a double-clicked file opens in columns (a comma file would open as one)."""
CSV_ENCODING = "utf-8-sig"
"""UTF-8 with a byte-order mark, so Excel shows 'Zoë' and 'één' instead of mangled bytes."""


def to_csv_bytes(frames: Mapping[str, pd.DataFrame]) -> bytes:
    """A zip archive with one CSV per frame, NAME.csv, named as the Excel export's sheets.

    Made to open in Dutch Excel by a double click: semicolon-separated, UTF-8 with a byte-order mark,
    a header row. Every text cell, in every column, goes through `csv_safe`, so opening it runs nothing.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, frame in frames.items():
            safe = frame.copy()
            for column in safe.columns:
                kind = safe[column].dtype
                if not (pd.api.types.is_numeric_dtype(kind) or pd.api.types.is_datetime64_any_dtype(kind)):
                    safe[column] = safe[column].map(csv_safe)
            archive.writestr(f"{name}.csv", safe.to_csv(index=False, sep=CSV_SEPARATOR).encode(CSV_ENCODING))
    return buffer.getvalue()


def read_csv_bytes(data: bytes) -> dict[str, pd.DataFrame]:
    """The frames of `to_csv_bytes` back, keyed by file name without .csv."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name.removesuffix(".csv"): pd.read_csv(
                io.BytesIO(archive.read(name)), sep=CSV_SEPARATOR, encoding=CSV_ENCODING
            )
            for name in archive.namelist()
            if name.endswith(".csv")
        }


def to_excel_bytes(frames: Mapping[str, pd.DataFrame]) -> bytes:
    """An .xlsx workbook with one sheet per frame.

    Excel keeps no time zones, so times are written as UTC without one. Every text stays text: a name
    such as '=SOM(A1)' is never turned into a formula, and control characters Excel refuses are dropped.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, frame in frames.items():
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append([str(column) for column in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_cell(value) for value in row])
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if cell.data_type == "f":  # openpyxl reads a leading '=' as a formula
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read_excel_bytes(data: bytes) -> dict[str, pd.DataFrame]:
    """The sheets of `to_excel_bytes` back as frames, keyed by sheet name (times without time zone)."""
    sheets: dict[str, pd.DataFrame] = pd.read_excel(io.BytesIO(data), sheet_name=None, engine="openpyxl")
    return sheets


def _cell(value: Any) -> Any:
    """A frame value as openpyxl takes it: plain Python, naive UTC times, no missing-value markers."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert("UTC").tz_localize(None)
        return stamp.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return _cell(value.item())
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value
