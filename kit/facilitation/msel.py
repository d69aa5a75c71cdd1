"""The inject script (MSEL) as a sheet a facilitator edits: CSV or Excel in, the same out.

Columns are documented in `msel_texts.COLUMNS`. Reading validates every row with the same model
and cross-checks as the scenario YAML, and reports every fault with file, row and column in Dutch;
a sheet with any fault is refused as a whole, so a half script never runs.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment
from pydantic import ValidationError

from kit.content.exercise import Exercise
from kit.content.messages import pydantic_message
from kit.content.models import ScriptEntry
from kit.content.script_checks import script_problems
from kit.errors import KitError
from kit.facilitation.msel_texts import COLUMNS, INFO_AFTER, INFO_COLUMNS, MSEL, REQUIRED
from kit.plural import FOUT, count

FIRST_DATA_ROW = 2  # row 1 holds the column names, as in a spreadsheet


class ScriptSheetError(KitError):
    """The sheet has faults; `problems` holds one located Dutch sentence per fault."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join([MSEL["header"].format(count=count(len(problems), FOUT)), *problems]))


def sheet_columns(exercise: Exercise | None) -> list[str]:
    """The written sheet's columns: COLUMNS, with the INFO_COLUMNS after 'inject' when the exercise is known."""
    columns = list(COLUMNS)
    if exercise is None:
        return columns
    at = columns.index(INFO_AFTER) + 1
    return [*columns[:at], *INFO_COLUMNS, *columns[at:]]


def entries_to_rows(entries: Sequence[ScriptEntry], exercise: Exercise | None = None) -> list[dict[str, str]]:
    """The script as sheet rows: every column as text, empty where a line has no value.

    With the exercise, each row also says what its inject says and to whom (INFO_COLUMNS).
    """
    injects = {i.id: i for i in exercise.injects} if exercise else {}
    roles = {r.id: r.naam for r in exercise.roles} if exercise else {}
    rows = []
    for entry in entries:
        row = {
            "nr": str(entry.nr),
            "tijd": entry.tijd,
            "inject": entry.inject,
            "ontvangers": ", ".join(entry.ontvangers),
            "voorwaarde": entry.voorwaarde.value if entry.voorwaarde else "",
            "stap": entry.stap or "",
            "vraag": entry.vraag or "",
            "waarde": entry.waarde or "",
        }
        if exercise is not None:
            inject = injects.get(entry.inject)
            to = entry.ontvangers or (list(inject.ontvangers) if inject else [])
            said = MSEL["message"].format(source=inject.bron, when=inject.tijd, text=inject.tekst) if inject else ""
            row["bericht"] = said
            row["aan"] = ", ".join(roles.get(r, r) for r in to)
        rows.append(row)
    return rows


def to_csv(entries: Sequence[ScriptEntry], exercise: Exercise | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark (so Excel reads the accents), comma-separated, header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=sheet_columns(exercise), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(entries_to_rows(entries, exercise))
    return out.getvalue().encode("utf-8-sig")


def to_excel(entries: Sequence[ScriptEntry], exercise: Exercise | None = None) -> bytes:
    """An .xlsx workbook with the script on its first sheet and the column help on a second."""
    columns = sheet_columns(exercise)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "draaiboek"
    sheet.append(columns)
    for row in entries_to_rows(entries, exercise):
        sheet.append([row[c] for c in columns])
    if exercise is not None:
        at = columns.index("bericht") + 1
        sheet.column_dimensions[sheet.cell(row=1, column=at).column_letter].width = 80
        for cells in sheet.iter_rows(min_row=2, min_col=at, max_col=at):
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    help_sheet = book.create_sheet("uitleg")
    help_sheet.append(["kolom", "wat erin staat"])
    for column in columns:
        help_sheet.append([column, COLUMNS.get(column) or INFO_COLUMNS[column]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_sheet(data: bytes, filename: str, exercise: Exercise) -> tuple[ScriptEntry, ...]:
    """Read a CSV or Excel sheet into script lines checked against `exercise`; ScriptSheetError if faulty."""
    try:
        table = _excel_rows(data) if data[:2] == b"PK" else _csv_rows(data)
    except (ValueError, OSError, KeyError, csv.Error, zipfile.BadZipFile, UnicodeDecodeError) as error:
        raise ScriptSheetError(
            [MSEL["where_file"].format(file=filename, message=MSEL["unreadable"].format(error=error))]
        ) from None
    return parse_rows(table, filename, exercise)


def parse_rows(table: list[list[str]], filename: str, exercise: Exercise) -> tuple[ScriptEntry, ...]:
    """Rows of text (the first one the column names) into checked script lines."""
    problems: list[str] = []
    header = [c.strip().lower() for c in (table[0] if table else [])]
    for column in header:
        if column and column not in COLUMNS and column not in INFO_COLUMNS:
            message = MSEL["unknown_column"].format(column=column, allowed=", ".join(COLUMNS))
            problems.append(MSEL["where_file"].format(file=filename, message=message))
    for column in REQUIRED:
        if column not in header:
            problems.append(
                MSEL["where_file"].format(file=filename, message=MSEL["missing_column"].format(column=column))
            )
    if problems:
        raise ScriptSheetError(problems)
    entries: list[ScriptEntry] = []
    rows_of: list[int] = []
    for offset, cells in enumerate(table[1:]):
        row_number = FIRST_DATA_ROW + offset
        values = {
            c: (cells[i].strip() if i < len(cells) else "")
            for i, c in enumerate(header)
            if c and c not in INFO_COLUMNS  # what the sheet shows about an inject is derived, never read
        }
        if not any(values.values()):
            continue
        raw, faults = _raw_entry(values)
        for column, message in faults:
            problems.append(MSEL["where"].format(file=filename, row=row_number, column=column, message=message))
        if faults:
            continue
        try:
            entries.append(ScriptEntry.model_validate(raw))
            rows_of.append(row_number)
        except ValidationError as error:
            for item in error.errors():
                column = str(item["loc"][0]) if item["loc"] else ""
                message = pydantic_message(dict(item))
                where = "where" if column else "where_row"
                problems.append(MSEL[where].format(file=filename, row=row_number, column=column, message=message))
    for found in script_problems(exercise, entries):
        problems.append(
            MSEL["where"].format(file=filename, row=rows_of[found.line], column=found.field, message=found.message)
        )
    if not entries and not problems:
        problems.append(MSEL["where_file"].format(file=filename, message=MSEL["empty"]))
    if problems:
        raise ScriptSheetError(problems)
    return tuple(entries)


def _raw_entry(values: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    raw: dict[str, Any] = {k: v for k, v in values.items() if v != ""}
    faults: list[tuple[str, str]] = []
    if "nr" in raw:
        text = raw["nr"].removesuffix(".0")
        if text.isdigit():
            raw["nr"] = int(text)
        else:
            faults.append(("nr", MSEL["not_number"].format(value=raw["nr"])))
    if "ontvangers" in raw:
        raw["ontvangers"] = [r.strip() for r in raw["ontvangers"].replace(";", ",").split(",") if r.strip()]
    return raw, faults


def _csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","  # Dutch Excel writes ';'
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _excel_rows(data: bytes) -> list[list[str]]:
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = book.worksheets[0]
    rows = [["" if cell is None else _cell_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
