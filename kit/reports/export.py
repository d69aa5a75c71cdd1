"""Export a workshop's answers and scores as CSV (zipped) or Excel, and read Excel back (round trip)."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pandas as pd

from kit.store import Store

SHEETS = ("antwoorden", "resultaten", "stappen")


def export_frames(store: Store, code: str) -> dict[str, pd.DataFrame]:
    """Three tables: every answer, the latest total per participant and exercise, and its step scores."""
    answers = store.answers_frame(code)
    latest = store.results_frame(code, latest_only=True)
    roles = {p.name: p.role for p in store.participants(code)}
    results = pd.DataFrame(
        {
            "participant": latest["participant"],
            "role": [roles.get(name) for name in latest["participant"]],
            "exercise_id": latest["exercise_id"],
            "total": latest["total"].astype(float),
            "submitted_at": latest["submitted_at"],
        }
    )
    step_rows: list[dict[str, Any]] = []
    for name, exercise_id, raw in zip(latest["participant"], latest["exercise_id"], latest["result"], strict=True):
        result = json.loads(raw) if isinstance(raw, str) else dict(raw)
        for step in result.get("steps", []):
            step_rows.append(
                {
                    "participant": name,
                    "exercise_id": exercise_id,
                    "step_id": step["step"],
                    "step_title": step["title"],
                    "score": float(step["score"]),
                }
            )
    steps = pd.DataFrame(step_rows, columns=["participant", "exercise_id", "step_id", "step_title", "score"])
    return {"antwoorden": answers, "resultaten": results, "stappen": steps}


def _naive(frame: pd.DataFrame) -> pd.DataFrame:
    """Excel stores no time zones: write times as UTC without the zone."""
    copy = frame.copy()
    for column in copy.columns:
        if isinstance(copy[column].dtype, pd.DatetimeTZDtype):
            copy[column] = copy[column].dt.tz_convert("UTC").dt.tz_localize(None)
    return copy


def to_csv_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, frame in frames.items():
            archive.writestr(f"{name}.csv", frame.to_csv(index=False).encode("utf-8"))
    return buffer.getvalue()


def to_excel_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in frames.items():
            _naive(frame).to_excel(writer, sheet_name=name, index=False)
    return buffer.getvalue()


def read_excel_bytes(data: bytes) -> dict[str, pd.DataFrame]:
    sheets: dict[str, pd.DataFrame] = pd.read_excel(io.BytesIO(data), sheet_name=None, engine="openpyxl")
    return sheets


def read_csv_bytes(data: bytes) -> dict[str, pd.DataFrame]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name.removesuffix(".csv"): pd.read_csv(archive.open(name)) for name in archive.namelist()}
