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
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from pydantic import ValidationError

from kit.content.exercise import Exercise
from kit.content.messages import pydantic_message
from kit.content.models import ScriptEntry
from kit.content.script_checks import script_problems
from kit.errors import KitError
from kit.facilitation.msel_texts import COLUMNS, INFO_AFTER, INFO_COLUMNS, MSEL, REQUIRED
from kit.plural import FOUT, count
from kit.reports.export import FORMULA_STARTS, csv_safe

FIRST_DATA_ROW = 2  # row 1 holds the column names, as in a spreadsheet
MAX_SHEET_BYTES = 2 * 1024 * 1024
"""A sheet file larger than this is refused unread; a script of a hundred lines is a few kB."""
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
"""What an .xlsx (a zip) may unpack to, by its members' declared sizes, which zipfile holds them to."""
MAX_ROWS = 1000
"""Script lines a sheet may hold (a day's script has tens)."""
MAX_COLUMNS = 30
"""Columns a sheet may fill (the script has eight)."""
MAX_CELLS = 10_000
"""Filled cells in all: with the two bounds above, no sheet can make the reader hold more."""
MAX_PROBLEMS = 50
"""Faults listed; a sheet with more is mostly not a script, and the rest follow once these are fixed."""


class ScriptSheetError(KitError):
    """The sheet has faults; `problems` holds one located Dutch sentence per fault, at most MAX_PROBLEMS."""

    def __init__(self, problems: list[str]) -> None:
        self.count = len(problems)
        self.problems = problems[:MAX_PROBLEMS]
        lines = [MSEL["header"].format(count=count(self.count, FOUT)), *self.problems]
        if self.count > MAX_PROBLEMS:
            lines.append(MSEL["more"].format(count=count(self.count - MAX_PROBLEMS, FOUT)))
        super().__init__("\n".join(lines))


class SheetTooLarge(ValueError):
    """The sheet holds more than a script can: refused before (or while) reading, with a Dutch reason."""


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
    writer.writerows({c: csv_safe(v) for c, v in row.items()} for row in entries_to_rows(entries, exercise))
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
    for cells in sheet.iter_rows(min_row=2):  # a facilitator's '=HYPERLINK(...)' stays text, as in the exports
        for cell in cells:
            if cell.data_type == "f":
                cell.data_type = "s"
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
    """Read a CSV or Excel sheet into script lines checked against `exercise`; ScriptSheetError if faulty.

    A sheet beyond the bounds above (file size, unpacked size, rows, columns, filled cells) is refused
    before it is read, or as soon as reading meets the bound: memory and time stay small whatever it declares.
    """
    try:
        if len(data) > MAX_SHEET_BYTES:
            raise ScriptSheetError([sheet_too_big(filename, len(data))])
        table = _excel_rows(data) if data[:2] == b"PK" else _csv_rows(data)
    except SheetTooLarge as error:
        raise ScriptSheetError([MSEL["where_file"].format(file=filename, message=str(error))]) from None
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
            c: _unguarded(cells[i].strip() if i < len(cells) else "")
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


def sheet_too_big(filename: str, size: int) -> str:
    """The located Dutch sentence for a file over MAX_SHEET_BYTES (the CLI says it before reading the file)."""
    return MSEL["where_file"].format(
        file=filename, message=MSEL["too_big"].format(size=_mb(size), max=_mb(MAX_SHEET_BYTES))
    )


def _unguarded(value: str) -> str:
    """A cell as meant: the ' that our export puts before a formula-like text (see `to_csv`) is taken off."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",").removesuffix(",0")


class _Bounds:
    """Counts rows and filled cells as they are read; raises SheetTooLarge at the first bound passed.

    Empty rows are only counted: a sheet with one cell far down costs a number, not a million lists.
    """

    def __init__(self) -> None:
        self.cells = 0
        self.empty_before = 0
        self.rows: list[list[str]] = []

    def empty(self) -> None:
        self.empty_before += 1

    def add(self, row_number: int, cells: Sequence[str]) -> None:
        filled = [i for i, text in enumerate(cells) if text.strip()]
        if not filled:
            self.empty()
            return
        if row_number > MAX_ROWS + 1:  # row 1 holds the column names
            raise SheetTooLarge(MSEL["too_many_rows"].format(max=MAX_ROWS))
        if filled[-1] >= MAX_COLUMNS:
            raise SheetTooLarge(MSEL["too_many_columns"].format(row=row_number, column=filled[-1] + 1, max=MAX_COLUMNS))
        self.cells += len(filled)
        if self.cells > MAX_CELLS:
            raise SheetTooLarge(MSEL["too_many_cells"].format(max=MAX_CELLS))
        self.rows.extend([] for _ in range(self.empty_before))
        self.empty_before = 0
        self.rows.append(list(cells[:MAX_COLUMNS]))

    def table(self) -> list[list[str]]:
        """The rows read up to the last filled one."""
        return self.rows


def _csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","  # Dutch Excel writes ';'
    bounds = _Bounds()
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        bounds.add(number, row)
    return bounds.table()


def _excel_rows(data: bytes) -> list[list[str]]:
    """The first sheet's cells as text, read in openpyxl's streaming mode within the bounds.

    The members' declared sizes are checked first (zipfile never unpacks a member beyond its declared
    size), and the sheet's own `dimension` is ignored: a sheet declaring A1:XFD1048576 would
    otherwise be read as 17 billion empty cells. Columns past MAX_COLUMNS + 1 are not read at all.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(member.file_size for member in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetTooLarge(MSEL["unpacks_too_big"].format(size=_mb(unpacked), max=_mb(MAX_UNPACKED_BYTES)))
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        if isinstance(sheet, ReadOnlyWorksheet):
            sheet.reset_dimensions()
        bounds = _Bounds()
        for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True), start=1):
            if row.count(None) == len(row):
                bounds.empty()
            else:
                bounds.add(number, ["" if cell is None else _cell_text(cell) for cell in row])
        return bounds.table()
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
