"""The inject script as a sheet: CSV and Excel round trips, and bad sheets with located Dutch errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from kit.cli import main
from kit.content.exercise import Exercise
from kit.facilitation.msel import ScriptSheetError, read_sheet, to_csv, to_excel
from kit.facilitation.msel_texts import COLUMNS


def test_csv_round_trip_keeps_every_line(exercise: Exercise) -> None:
    data = to_csv(exercise.script)
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode())
    assert read_sheet(data, "draaiboek.csv", exercise) == exercise.script


def test_excel_round_trip_keeps_every_line(exercise: Exercise) -> None:
    assert read_sheet(to_excel(exercise.script), "draaiboek.xlsx", exercise) == exercise.script


def test_semicolon_csv_from_dutch_excel_is_read(exercise: Exercise) -> None:
    text = "nr;tijd;inject;ontvangers\n1;T+0:00;r1-moskee;wijkagent; ggd\n"
    (entry,) = read_sheet(text.encode("utf-8"), "nl.csv", exercise)
    assert entry.ontvangers == ["wijkagent"]  # 'ggd' fell in a fifth column without a name: ignored


def _excel(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_bad_sheet_names_row_and_column_of_every_fault(exercise: Exercise) -> None:
    data = _excel(
        [
            list(COLUMNS),
            [1, "T+0:00", "r1-moskee", "", "", "", "", ""],
            [2, "10 minuten", "r1-ruit", "", "", "", "", ""],
            [3, "T+0:05", "bestaat-niet", "wijkagent, burgemeester", "", "", "", ""],
            [],
            ["vier", "T+0:06", "r1-ruit", "", "", "", "", ""],
            [5, "T+0:07", "r1-ruit", "", "niet-genoemd", "beeldvorming", "", ""],
            [6, "T+0:08", "r1-ruit", "", "als-het-kan", "beeldvorming", "", ""],
            [1, "T+0:09", "r1-ruit", "", "stap-ingeleverd", "besluit", "", ""],
        ]
    )
    with pytest.raises(ScriptSheetError) as caught:
        read_sheet(data, "draaiboek.xlsx", exercise)
    problems = caught.value.problems
    expected = [
        "draaiboek.xlsx, rij 3, kolom 'tijd': ongeldige tijd",
        "draaiboek.xlsx, rij 6, kolom 'nr': 'vier' is geen geheel getal",
        "draaiboek.xlsx, rij 7: bij 'niet-genoemd' hoort de waarde",
        "draaiboek.xlsx, rij 8, kolom 'voorwaarde': ongeldige waarde 'als-het-kan'",
        "draaiboek.xlsx, rij 4, kolom 'inject': inject 'bestaat-niet' bestaat niet",
        "draaiboek.xlsx, rij 4, kolom 'ontvangers': rol 'burgemeester' speelt niet mee",
        "draaiboek.xlsx, rij 9, kolom 'nr': nummer 1 komt twee keer voor",
        "draaiboek.xlsx, rij 9, kolom 'stap': stap 'besluit' hoort niet bij deze oefenvorm",
    ]
    assert len(problems) == len(expected), problems
    for problem, start in zip(problems, expected, strict=True):
        assert problem.startswith(start), (problem, start)
    assert str(caught.value).startswith("8 fouten in het draaiboek:")


def test_missing_and_unknown_columns_are_named(exercise: Exercise) -> None:
    with pytest.raises(ScriptSheetError) as caught:
        read_sheet(b"nr,tyd,inject\n1,T+0:00,r1-ruit\n", "d.csv", exercise)
    assert caught.value.problems == [
        "d.csv: onbekende kolom 'tyd'; toegestaan: " + ", ".join(COLUMNS),
        "d.csv: de kolom 'tijd' ontbreekt (de eerste rij moet de kolomnamen bevatten)",
    ]


def test_unreadable_and_empty_sheets(exercise: Exercise) -> None:
    with pytest.raises(ScriptSheetError, match=r"d\.xlsx: het bestand is niet te lezen"):
        read_sheet(b"PK\x03\x04kapot", "d.xlsx", exercise)
    with pytest.raises(ScriptSheetError, match=r"leeg\.csv: het blad bevat geen regels"):
        read_sheet(b"nr,tijd,inject\n", "leeg.csv", exercise)


def test_cli_writes_a_sheet_and_checks_an_edited_one(
    tmp_path: Path, exercise: Exercise, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "draaiboek.xlsx"
    assert main(["draaiboek", exercise.id, str(sheet)]) == 0
    assert read_sheet(sheet.read_bytes(), sheet.name, exercise) == exercise.script
    assert main(["draaiboek", exercise.id, str(sheet), "--controleer"]) == 0
    assert "heeft 12 regels" in capsys.readouterr().out
    bad = tmp_path / "fout.csv"
    bad.write_text("nr,tijd,inject\n1,T+0:00,onbekend\n", encoding="utf-8")
    assert main(["draaiboek", exercise.id, str(bad), "--controleer"]) == 1
    assert "fout.csv, rij 2, kolom 'inject'" in capsys.readouterr().err


def test_written_sheet_says_what_each_inject_says_and_to_whom_and_loads_back(exercise: Exercise) -> None:
    """Issue 17: the draaiboek listed ids such as 'r1-moskee' only; a facilitator editing it in Excel
    needs the message and its recipients on each line, and the edited sheet must still load."""
    from openpyxl import load_workbook

    injects = {i.id: i for i in exercise.injects}
    roles = {r.id: r.naam for r in exercise.roles}
    book = load_workbook(io.BytesIO(to_excel(exercise.script, exercise)))
    sheet = book["draaiboek"]
    rows = [[("" if c is None else str(c)) for c in row] for row in sheet.iter_rows(values_only=True)]
    header = rows[0]
    assert header[header.index("inject") + 1 : header.index("inject") + 3] == ["bericht", "aan"]
    for cells in rows[1:]:
        line = dict(zip(header, cells, strict=True))
        inject = injects[line["inject"]]
        assert inject.tekst in line["bericht"] and inject.bron in line["bericht"]
        to = [r.strip() for r in line["ontvangers"].split(",") if r.strip()] or list(inject.ontvangers)
        assert line["aan"] == ", ".join(roles.get(r, r) for r in to)
        assert line["aan"]  # every line says to whom
    sheet.cell(row=2, column=header.index("bericht") + 1).value = "=door de facilitator overschreven"
    sheet.cell(row=2, column=header.index("tijd") + 1).value = "T+0:01"
    out = io.BytesIO()
    book.save(out)
    loaded = read_sheet(out.getvalue(), "draaiboek.xlsx", exercise)
    assert loaded[0].tijd == "T+0:01" and loaded[1:] == exercise.script[1:]
    csv_data = to_csv(exercise.script, exercise)
    assert injects[exercise.script[0].inject].tekst in csv_data.decode("utf-8-sig")
    assert read_sheet(csv_data, "draaiboek.csv", exercise) == exercise.script


def test_cli_draaiboek_writes_the_inject_texts(exercise: Exercise, tmp_path: Path) -> None:
    target = tmp_path / "draaiboek.xlsx"
    assert main(["draaiboek", exercise.id, str(target)]) == 0
    from openpyxl import load_workbook

    cells = {str(c) for row in load_workbook(target)["draaiboek"].iter_rows(values_only=True) for c in row}
    first = next(i for i in exercise.injects if i.id == exercise.script[0].inject)
    assert any(first.tekst in c for c in cells)
