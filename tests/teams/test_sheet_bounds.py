"""Issue 18.10: an inject sheet cannot exhaust memory or time, and a re-exported formula stays text.

The hostile sheets run in a child process capped at 1 GB of address space and 60 s: on the
unbounded reader they ran to 5.9 GB; here they must be refused (or read) quickly and in little memory.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kit.cli import main
from kit.content.exercise import Exercise
from kit.facilitation.msel import (
    MAX_COLUMNS,
    MAX_PROBLEMS,
    MAX_ROWS,
    MAX_SHEET_BYTES,
    ScriptSheetError,
    read_sheet,
    to_csv,
    to_excel,
)

ROOT = Path(__file__).resolve().parents[2]


def _rewrite_sheet(data: bytes, change: object) -> bytes:
    """The workbook with its first sheet's XML passed through `change` (a str -> str function)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = change(body.decode("utf-8")).encode("utf-8")  # type: ignore[operator]
            target.writestr(item.filename, body)
    return out.getvalue()


def _read_in_child(path: Path, exercise_id: str) -> tuple[str, float]:
    """read_sheet in a child capped at 1 GB and 60 s: its outcome ('ok N' or the error) and its time."""
    code = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3))
        from pathlib import Path
        from kit.content.library import load_library
        from kit.facilitation.msel import ScriptSheetError, read_sheet
        exercise = load_library().exercise({exercise_id!r})
        path = Path({str(path)!r})
        try:
            print("ok", len(read_sheet(path.read_bytes(), path.name, exercise)))
        except ScriptSheetError as error:
            print(error)
        """
    )
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, time.monotonic() - start


def test_a_sheet_declaring_every_cell_of_excel_is_read_by_what_it_holds(exercise: Exercise, tmp_path: Path) -> None:
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'

    def claim_everything(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml)
        return xml.replace("</sheetData>", far)

    data = _rewrite_sheet(to_excel(exercise.script), claim_everything)
    assert len(data) < 10_000
    path = tmp_path / "draaiboek.xlsx"
    path.write_bytes(data)
    out, seconds = _read_in_child(path, exercise.id)
    assert out.strip() == f"ok {len(exercise.script)}"  # the cell far outside the script's columns is not read
    assert seconds < 30
    below = _rewrite_sheet(to_excel(exercise.script), lambda xml: xml.replace("</sheetData>", far.replace("XFD", "A")))
    path.write_bytes(below)
    out, seconds = _read_in_child(path, exercise.id)
    assert f"draaiboek.xlsx: meer regels dan de {MAX_ROWS}" in out
    assert seconds < 30


def test_a_zip_bomb_is_refused_by_its_unpacked_size(exercise: Exercise, tmp_path: Path) -> None:
    padding = " " * (64 * 1024 * 1024)  # 64 MB of blanks pack to ~64 kB
    data = _rewrite_sheet(to_excel(exercise.script), lambda xml: xml.replace("<sheetData>", "<sheetData>" + padding))
    assert len(data) < MAX_SHEET_BYTES
    path = tmp_path / "bom.xlsx"
    path.write_bytes(data)
    out, seconds = _read_in_child(path, exercise.id)
    assert "bom.xlsx: het bestand pakt uit tot 64" in out and "hoogstens 20 MB" in out
    assert seconds < 30


def test_too_many_rows_columns_or_bytes_are_refused_with_a_dutch_reason(exercise: Exercise) -> None:
    header = "nr,tijd,inject\n"
    rows = "".join(f"{n},T+0:{n % 60:02d},r1-ruit\n" for n in range(1, MAX_ROWS + 2))
    with pytest.raises(ScriptSheetError) as caught:
        read_sheet((header + rows).encode(), "lang.csv", exercise)
    assert caught.value.problems == [
        f"lang.csv: meer regels dan de {MAX_ROWS} die een draaiboek mag hebben"
    ]
    wide = header + "1,T+0:00,r1-ruit" + "," * MAX_COLUMNS + "x\n"
    with pytest.raises(ScriptSheetError, match=rf"rij 2 heeft iets in kolom {MAX_COLUMNS + 3}"):
        read_sheet(wide.encode(), "breed.csv", exercise)
    huge = (header + "1,T+0:00,r1-ruit\n" * 200_000).encode()
    assert len(huge) > MAX_SHEET_BYTES
    with pytest.raises(
        ScriptSheetError, match=r"groot\.csv: het bestand is 3,2 MB; een draaiboek mag hoogstens 2 MB zijn"
    ):
        read_sheet(huge, "groot.csv", exercise)


def test_at_most_fifty_problems_are_listed(exercise: Exercise) -> None:
    rows = "".join(f"{n},nooit,r1-ruit\n" for n in range(1, 201))
    with pytest.raises(ScriptSheetError) as caught:
        read_sheet(("nr,tijd,inject\n" + rows).encode(), "fout.csv", exercise)
    assert len(caught.value.problems) == MAX_PROBLEMS
    text = str(caught.value)
    assert text.startswith("200 fouten in het draaiboek:")
    assert text.splitlines()[-1] == "… en nog 150 fouten; verbeter eerst de fouten hierboven."


def test_the_cli_refuses_an_oversized_sheet_unread(
    exercise: Exercise, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "groot.csv"
    with sheet.open("wb") as handle:
        handle.truncate(MAX_SHEET_BYTES * 50)  # a sparse 100 MB file
    assert main(["draaiboek", exercise.id, str(sheet), "--controleer"]) != 0
    assert "groot.csv: het bestand is 100 MB; een draaiboek mag hoogstens 2 MB zijn" in capsys.readouterr().err


def test_a_formula_in_the_script_is_exported_as_text_and_reads_back_the_same(exercise: Exercise) -> None:
    first = exercise.script[0]
    formula = '=HYPERLINK("http://example.org/x","klik")'
    entries = (first.model_copy(update={"waarde": formula, "voorwaarde": None}), *exercise.script[1:])
    book = load_workbook(io.BytesIO(to_excel(entries)))
    sheet = book.worksheets[0]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value == formula]
    assert cells and all(cell.data_type == "s" for cell in cells)
    csv_text = to_csv(entries).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and ",=HYPERLINK" not in csv_text
    assert read_sheet(to_csv(entries), "d.csv", exercise)[0].waarde == formula
