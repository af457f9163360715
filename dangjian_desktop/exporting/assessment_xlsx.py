"""The assessment area's workbooks (党员积分, 评先选优名单): a title naming the branch and the
period, a line saying what the sheet holds, a red header frozen under them, set column widths,
a print area and titles repeated on every printed page, landscape fitted to the page width.
Every value goes in through ``exporting.xlsx`` (text stays text). Plain data in, a file out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .table_xlsx import BORDER, heading, print_layout
from .xlsx import write_cell

_WARN = "FCE4D6"
HEADER_ROW = 3  # table_xlsx.heading's


def write_sheet(path: Path, title: str, subtitle: str, header: Sequence[str], rows: Sequence[Sequence[object]],
                widths: Sequence[float] = (), number_columns: Iterable[int] = (),
                highlight_rows: Iterable[int] = (), notes: Sequence[str] = ()) -> Path:
    """Row 1 the title, row 2 the subtitle, row 3 the header, then the rows (``highlight_rows``:
    0-based rows shaded as a warning), then ``notes`` one a line under the table."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    last = heading(ws, title, subtitle, header, wrap_header=True)
    ws.row_dimensions[HEADER_ROW].height = 32
    numbers = set(number_columns)
    warn = set(highlight_rows)
    for r, values in enumerate(rows):
        for c, v in enumerate(values, start=1):
            cell = write_cell(ws, HEADER_ROW + 1 + r, c, v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(v, str) and len(v) > 12)
            if c in numbers and isinstance(v, (int, float)):
                cell.number_format = "0.0#"
            if r in warn:
                cell.fill = PatternFill("solid", fgColor=_WARN)
    end = HEADER_ROW + len(rows)
    for k, note in enumerate(notes, start=2):
        write_cell(ws, end + k, 1, note).font = Font(color="C00000" if note.startswith("⚠") else "595959")
        ws.merge_cells(f"A{end + k}:{last}{end + k}")
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    if rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{end}"
    print_layout(ws, last, end + len(notes) + (1 if notes else 0), HEADER_ROW)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
