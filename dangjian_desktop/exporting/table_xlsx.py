"""A plain table as a formatted workbook: a title, a line saying what it holds, a red header,
bordered rows, frozen panes and a filter; dates shown as dates; printed A4 landscape, one page
wide, the header on every page (``print_layout``, which the other exports use too). Every value goes in through
``exporting.xlsx`` (text stays text). Plain data in, a file out: no Qt, no database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .xlsx import write_cell

RED = "C00000"  # the title, the header fill
_THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)  # of the header and every row


def write_table(path: Path, title: str, header: Sequence[str], rows: Sequence[Sequence[object]], subtitle: str = "",
                widths: Sequence[int] = ()) -> Path:
    """Row 1 the title, row 2 the subtitle, row 3 the header, then the rows."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    fill_sheet(ws, title, header, rows, subtitle, widths)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def fill_sheet(ws: Worksheet, title: str, header: Sequence[str], rows: Sequence[Sequence[object]], subtitle: str = "",
               widths: Sequence[int] = ()) -> None:
    """``write_table``'s layout on one sheet of a workbook that has several."""
    last = heading(ws, title, subtitle, header)
    for r, values in enumerate(rows, start=4):
        for c, v in enumerate(values, start=1):
            cell = write_cell(ws, r, c, v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(v, str) and len(v) > 40)
            if isinstance(v, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(v, date):
                cell.number_format = "yyyy-mm-dd"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    if rows:
        ws.auto_filter.ref = f"A3:{last}{3 + len(rows)}"
    print_layout(ws, last, 3 + len(rows))


def heading(ws: Worksheet, title: str, subtitle: str, header: Sequence[str], wrap_header: bool = False) -> str:
    """Row 1 the red title, row 2 the grey subtitle (both across the table), row 3 the white on
    red header; returns the last column's letter."""
    last = get_column_letter(len(header))
    write_cell(ws, 1, 1, title).font = Font(bold=True, size=16, color=RED)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 28
    write_cell(ws, 2, 1, subtitle).font = Font(color="595959")
    ws.merge_cells(f"A2:{last}2")
    for i, name in enumerate(header, start=1):
        c = write_cell(ws, 3, i, name)
        c.font, c.fill, c.border = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=RED), BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=wrap_header or None)
    return last


def print_layout(ws: Worksheet, last_column: str, last_row: int, header_row: int = 3) -> None:
    """How every export prints: rows 1 to ``last_row`` as the print area, the header row on
    every page, A4 landscape, one page wide."""
    ws.print_area = f"A1:{last_column}{last_row}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
