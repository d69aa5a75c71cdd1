"""The exports: three tables from the store, a CSV zip with the right headers, and a lossless Excel round trip."""

from __future__ import annotations

import copy
import csv
import io
import json
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook
from reports_support import play

from kit.content.library import Library
from kit.reports import export_frames, read_csv_bytes, read_excel_bytes, to_csv_bytes, to_excel_bytes
from kit.reports.export import SHEETS
from kit.scoring.model_answers import model_answers
from kit.store import Store

HEADERS = {
    "antwoorden": ["participant", "role", "exercise_id", "step_id", "question_id", "value", "version", "updated_at"],
    "resultaten": ["participant", "role", "exercise_id", "total", "submitted_at"],
    "stappen": ["participant", "role", "exercise_id", "step_id", "step_title", "score"],
}


@pytest.fixture
def code(library: Library, store: Store) -> str:
    """Two exercises; Zoë submits casus-1 twice, '=SOM(1;2)' has an unsubmitted and an odd answer."""
    casus = library.exercise("casus-1")
    samos = library.exercise("steekpartij/oefenvorm-2")
    code = store.create_workshop("Export", [casus.id, samos.id], "groep").code
    full = model_answers(casus)
    play(store, code, "Zoë", casus, {**copy.deepcopy(full), "stap-2-5": {}}, role="wijkagent")
    play(store, code, "Zoë", casus, full)
    play(store, code, "Zoë", samos, model_answers(samos))
    play(store, code, "Joost", casus, {"stap-1": full["stap-1"]}, role="jongerenwerker")
    odd = store.join("=SOM(1;2)", code)
    store.save_answer(odd.id, casus.id, "stap-4-1", {"gedekt": 'Bel\x07 =HYPERLINK("x") ‘quote’'})
    return code


def test_the_three_tables_follow_the_store(store: Store, code: str) -> None:
    frames = export_frames(store, code)
    assert {name: list(frame.columns) for name, frame in frames.items()} == HEADERS
    assert len(frames["antwoorden"]) == len(store.answers_frame(code))
    latest = store.results_frame(code, latest_only=True)
    results = frames["resultaten"]
    assert len(results) == len(latest) == 3  # Zoë's first casus attempt is not the latest
    key = ["participant", "exercise_id", "total"]
    assert sorted(results[key].itertuples(index=False, name=None)) == sorted(
        latest[key].itertuples(index=False, name=None)
    )
    assert dict(zip(results["participant"], results["role"], strict=False)) == {
        "Zoë": "wijkagent",
        "Joost": "jongerenwerker",
    }
    steps = frames["stappen"]
    expected = sum(len(json.loads(r)["steps"]) for r in latest["result"])
    assert len(steps) == expected == 12 + 5 + 12
    zoe = steps[(steps["participant"] == "Zoë") & (steps["exercise_id"] == "casus-1")]
    assert list(zoe["score"]) == [1.0] * 12  # the latest result, not the first with step 2.5 empty
    joost = steps[steps["participant"] == "Joost"].set_index("step_id")["score"]
    assert joost["stap-1"] == 1.0 and joost["stap-2-5"] == 0.0


def test_excel_round_trip_keeps_totals_counts_and_times(store: Store, code: str) -> None:
    frames = export_frames(store, code)
    back = read_excel_bytes(to_excel_bytes(frames))
    assert list(back) == ["antwoorden", "resultaten", "stappen"]
    assert {n: len(f) for n, f in back.items()} == {n: len(f) for n, f in frames.items()}
    assert {n: list(f.columns) for n, f in back.items()} == HEADERS
    sent, got = frames["resultaten"], back["resultaten"]
    assert list(got["total"]) == pytest.approx(list(sent["total"]))
    assert list(got["participant"]) == list(sent["participant"])
    naive = sent["submitted_at"].dt.tz_convert("UTC").dt.tz_localize(None)
    assert (got["submitted_at"] - naive).abs().max() < pd.Timedelta(milliseconds=1)
    assert back["stappen"]["score"].sum() == pytest.approx(frames["stappen"]["score"].sum())
    assert list(back["antwoorden"]["value"]) == [v.replace("\x07", "") for v in frames["antwoorden"]["value"]]


def test_excel_keeps_text_that_looks_like_a_formula_as_text(store: Store, code: str) -> None:
    data = to_excel_bytes(export_frames(store, code))
    sheet = load_workbook(io.BytesIO(data))["antwoorden"]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert "=SOM(1;2)" in [cell.value for cell in cells]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert not any(b"<f>" in archive.read(name) for name in archive.namelist() if name.endswith(".xml"))


def test_csv_zip_has_three_dutch_excel_files_with_their_headers(store: Store, code: str) -> None:
    frames = export_frames(store, code)
    data = to_csv_bytes(frames)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["antwoorden.csv", "resultaten.csv", "stappen.csv"]
        for name, header in HEADERS.items():
            rows = list(csv.reader(io.StringIO(archive.read(f"{name}.csv").decode("utf-8-sig")), delimiter=";"))
            assert rows[0] == header
            assert len(rows) == 1 + len(frames[name])
        assert archive.read("resultaten.csv").startswith(b"\xef\xbb\xbf")  # Excel reads the accents
        assert "Zoë" in archive.read("resultaten.csv").decode("utf-8-sig")
    back = read_csv_bytes(data)
    assert {n: len(f) for n, f in back.items()} == {n: len(f) for n, f in frames.items()}
    assert list(back["resultaten"]["total"]) == pytest.approx(list(frames["resultaten"]["total"]))


def test_an_empty_workshop_exports_headers_only(store: Store) -> None:
    code = store.create_workshop("Leeg", ["casus-1"]).code
    frames = export_frames(store, code)
    assert all(len(f) == 0 for f in frames.values())
    back = read_excel_bytes(to_excel_bytes(frames))
    assert {n: list(f.columns) for n, f in back.items()} == HEADERS
    assert {n: list(f.columns) for n, f in read_csv_bytes(to_csv_bytes(frames)).items()} == HEADERS


DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def test_csv_neutralises_formula_cells_in_every_column(library: Library, store: Store) -> None:
    """Issue 11.4: names, roles, ids and answers that Excel would run as a formula are made plain text."""
    casus = library.exercise("casus-1")
    code = store.create_workshop("Formules", [casus.id]).code
    names = ["\t=2+2", "@SOM(1;2)", "+31 6 1234", "-1+1", "\r=HYPERLINK(1)"]
    for n, name in enumerate(names):
        person = store.join(name, code, role=f"=cmd|' /C calc'!A{n}")
        store.save_answer(person.id, casus.id, "stap-4-1", {"diagnose": "=1+1", "@extra": "\t-2"})
        store.save_answer(person.id, casus.id, "=stap", {"+vraag": ["@x", "-y"]})
        result = {"total": 0.5, "steps": [{"step": "-stap", "title": "=TITEL()", "score": 0.5}]}
        store.submit(person.id, casus.id, {}, result, 0.5)
    frames = export_frames(store, code)
    assert all(len(frames[name]) >= len(names) for name in SHEETS)
    with zipfile.ZipFile(io.BytesIO(to_csv_bytes(frames))) as archive:
        for name in SHEETS:
            rows = list(csv.reader(io.StringIO(archive.read(f"{name}.csv").decode("utf-8-sig")), delimiter=";"))
            assert rows[0] == HEADERS[name]
            for row in rows[1:]:
                for column, cell in zip(rows[0], row, strict=True):
                    if column in ("total", "score", "version"):
                        float(cell)  # numbers stay numbers
                        continue
                    assert not cell.startswith(DANGEROUS), f"{name}.{column}: {cell!r}"
    back = read_csv_bytes(to_csv_bytes(frames))["resultaten"]
    assert sorted(back["participant"]) == sorted(f"'{' '.join(n.split())}" for n in names)
