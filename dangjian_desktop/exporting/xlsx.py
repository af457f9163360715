"""Writing cells of every workbook (and CSV file) the program makes: text stays text.

openpyxl turns any text starting with “=” into a live formula: a branch named
``=HYPERLINK("http://x","点此")`` or a name ``=cmd|' /C calc'!A0`` from an imported file would
run in the secretary's Excel when she opens the error workbook, the template or an export.
Every writer in ``exporting`` therefore puts values into cells only through this module:

- ``set_cell(cell, value)``, ``write_cell(ws, row, column, value)``, ``append_row(ws, values)``
  and ``write_rows(ws, rows)`` store text as a text cell (``data_type = "s"``, an inline string:
  never a formula element in the file), whatever it starts with. Numbers, dates and booleans
  stay numbers, dates and booleans.
- Text starting with “=”, “+”, “-”, “@”, a tab or a carriage return also gets the cell style
  flag ``quotePrefix``: what Excel sets when someone types an apostrophe before “=1+1”. The
  cell shows the text exactly as entered (no apostrophe is visible, the text itself is not
  changed), and editing the cell keeps it text instead of turning it into a formula on Enter.
  Prefixing the text itself with “'” (OWASP's advice for CSV) would show the apostrophe in a
  workbook and change what the program reads back; a workbook has cell types, so it needs no
  change of the text. Reading back gives the text as entered: the round trip is exact, also
  for a name that really starts with “'”.
- Characters XML cannot carry (control characters) are dropped, a carriage return becomes the
  line feed XML would read back, and text is cut to Excel's 32,767 characters per cell, rather
  than failing to save or making a file Excel must repair.

CSV has no cell types: ``write_csv`` puts an apostrophe before such a field
(``domain.text.guard_csv_field``), and the roster import takes it off again.

Plain data in, a file out: no Qt, no database sessions.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.domain.text import FORMULA_TRIGGERS, guard_csv_field

EXCEL_CELL_MAX = 32_767  # characters a cell can hold

_KEPT_TYPES = (bool, int, float, Decimal, datetime, date, time, timedelta)  # written as they are


def safe_cell_value(value: object) -> Any:
    """What a cell may hold for ``value``: None, a number, a date or time, a bool as they are;
    an Enum as its value; anything else as text without the characters XML cannot carry, cut
    to ``EXCEL_CELL_MAX``. The text is never altered otherwise (``set_cell`` keeps it text)."""
    if value is None or isinstance(value, _KEPT_TYPES):
        return value
    if isinstance(value, Enum):
        return safe_cell_value(value.value)
    # A bare carriage return would come back as a line feed (XML normalises line ends): write
    # what will be read.
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text[:EXCEL_CELL_MAX]


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet program would act on ``text`` typed into a cell."""
    return text[:1] in FORMULA_TRIGGERS


def set_cell(cell: Cell, value: object) -> Cell:
    """Put ``value`` into ``cell`` (text as text, never a formula); returns the cell for styling."""
    value = safe_cell_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl made "=…" a formula ("f")
        if looks_like_formula(value):
            cell.quotePrefix = True
    return cell


def write_cell(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """``ws.cell(row, column, value)`` through ``set_cell``."""
    return set_cell(ws.cell(row=row, column=column), value)


def append_row(ws: Any, values: Iterable[object]) -> list[Cell]:
    """``ws.append(values)`` through ``set_cell``, for normal and write-only worksheets;
    returns the row's cells (styled before a write-only sheet writes them, that is before the
    next append)."""
    # row and column are placeholders (append sets them); a write-only sheet needs them to exist
    cells = [set_cell(Cell(ws, row=1, column=1), v) for v in values]
    ws.append(cells)
    return cells


def write_rows(ws: Any, rows: Iterable[Sequence[object]]) -> None:
    """Every row through ``append_row``."""
    for row in rows:
        append_row(ws, row)


def csv_field(value: object) -> str:
    """A CSV field for ``value``: text guarded against formulas, dates as ISO text, numbers as
    they are written, a bool as 是/否 (as the roster import reads a workbook's)."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float, Decimal)):
        return str(value)  # a negative number is a number, not a formula
    return guard_csv_field(str(value))


def write_csv(path: Path, rows: Iterable[Sequence[object]], encoding: str = "utf-8-sig") -> Path:
    """Rows to a CSV file Excel opens directly (UTF-8 with BOM), every field through
    ``csv_field``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        for row in rows:
            writer.writerow([csv_field(v) for v in row])
    return path
