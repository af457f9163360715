"""The 责任区 list as a formatted workbook: title with branch and date, a red header frozen
under it, column widths, print area and landscape A4 with the header repeated on each page.
Plain data in, a file out (``exporting.xlsx`` writes every cell: text stays text)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from .table_xlsx import BORDER, heading, print_layout
from .xlsx import write_cell

#: Widths of the export's columns (支部 … 近13周未报周数).
WIDTHS = (16, 18, 11, 6, 26, 8, 28, 36, 8, 30, 11, 11, 6, 9, 9, 9)
_FLAGS = {"未报": "FCE4D6", "未提": "FFF2CC"}


def write_zones(path: Path, title: str, subtitle: str, header: Sequence[str], rows: Sequence[Sequence[object]]
                ) -> Path:
    """Row 1 the title, row 2 what it holds, row 3 the header, then one row per zone."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "责任区一览"
    last = heading(ws, title, subtitle, header, wrap_header=True)
    for r, values in enumerate(rows, start=4):
        for c, v in enumerate(values, start=1):
            cell = write_cell(ws, r, c, v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(v, str) and len(v) > 12)
            if isinstance(v, date):
                cell.number_format = "yyyy-mm-dd"
            if isinstance(v, str) and v in _FLAGS:
                cell.fill = PatternFill("solid", fgColor=_FLAGS[v])
    for i, w in enumerate(WIDTHS[:len(header)], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    end = 3 + max(len(rows), 0)
    if rows:
        ws.auto_filter.ref = f"A3:{last}{end}"
    print_layout(ws, last, end)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
