"""Roster workbooks: the import template (导入模板) and the error workbook of a refused import.

The template's first sheet holds only the header, so whatever the secretary types below it is
data; the example and the rules live on a second sheet, 填写说明. The error workbook repeats every
row of the refused file (good and bad) with a last column 错误原因: fixed in Excel, the same
workbook imports again, the 错误原因 column being ignored as an unknown column.

Every value goes into its cell through ``exporting.xlsx``: a name or branch starting with “=”
is text there, never a formula. Plain data in (an ImportPlan is a frozen dataclass), openpyxl
out; no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.importing.roster_rows import DATE_HINT

from .xlsx import append_row, write_cell

if TYPE_CHECKING:  # the plan is only read
    from dangjian_desktop.importing.roster_plan import ImportPlan

TEMPLATE_SHEET = "人员名册"
HELP_SHEET = "填写说明"
ERROR_SHEET = "导入错误"
ERROR_COLUMN = "错误原因"

# (column, required, how to fill it, example) in template order; importing.roster_file
# reads the same columns (a test keeps the two lists equal).
TEMPLATE_COLUMNS: tuple[tuple[str, bool, str, str], ...] = (
    ("姓名", True, "职工姓名", "张伟"),
    ("性别", False, "男 或 女", "男"),
    ("工号", True, "每人唯一；与名册中已有人员工号、姓名都相同时更新该人员", "10023"),
    ("所属支部", False, "已建立的支部名称；数据库只有一个支部时可不填", "综采二区党支部"),
    ("区队/班组", False, "写“区队”或“区队/班组”；名册中没有的区队、班组导入时自动新建", "综采二区/检修班"),
    ("岗位", False, "如 检修、运行、采煤", "检修"),
    ("政治面貌", False, "见下方可填写的值；不填为群众", "中共党员"),
    ("入党日期", False, "党员、预备党员填写；日期格式见下方", "2012-07-01"),
    ("联系电话", False, "手机或座机", "13800138000"),
)
# Text-formatted columns: 工号 and 联系电话 keep their leading zeros; 所属支部 stays text when a
# branch named “=…” is picked from its drop-down.
TEXT_COLUMNS = ("工号", "所属支部", "联系电话")
DATA_ROWS = 5000  # rows the drop-downs cover

_RED = "C00000"
_HEADER_FILL = PatternFill("solid", fgColor=_RED)
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_BAD_ROW_FILL = PatternFill("solid", fgColor="FFE4E1")
_BAD_CELL_FILL = PatternFill("solid", fgColor="FF9C9C")
_REASON_FONT = Font(color="9C0006")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _display_width(text: str) -> int:
    """Columns Excel needs: a Chinese character is about two Latin ones wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit_columns(ws: Worksheet, rows: Sequence[Sequence[str]], minimum: int = 8, maximum: int = 50) -> None:
    """Widen each column to its longest text, within [minimum, maximum]."""
    widths: dict[int, int] = {}
    for row in rows:
        for i, v in enumerate(row, start=1):
            widths[i] = max(widths.get(i, 0), _display_width(str(v or "")))
    for i, w in widths.items():
        ws.column_dimensions[get_column_letter(i)].width = min(max(w + 3, minimum), maximum)


def _header(ws: Worksheet, names: Sequence[str]) -> None:
    """Row 1 in white on red, frozen so it stays in view."""
    for i, name in enumerate(names, start=1):
        c = write_cell(ws, 1, i, name)  # an error workbook repeats the file's own header
        c.font, c.fill, c.border = _HEADER_FONT, _HEADER_FILL, _BORDER
        c.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "A2"


def write_template(path: Path, branches: list[str] | None = None) -> Path:
    """The 导入模板: header-only first sheet with drop-downs, rules and an example on 填写说明."""
    path = Path(path)
    names = [c[0] for c in TEMPLATE_COLUMNS]
    wb = Workbook()
    ws = wb.active
    ws.title = TEMPLATE_SHEET
    _header(ws, names)
    _fit_columns(ws, [names, [c[3] for c in TEMPLATE_COLUMNS]], minimum=12)
    for name in TEXT_COLUMNS:
        ws.column_dimensions[get_column_letter(names.index(name) + 1)].number_format = "@"

    help_ws = wb.create_sheet(HELP_SHEET)
    branch_range = _write_help(help_ws, names, branches or [])

    def col(name: str) -> str:
        letter = get_column_letter(names.index(name) + 1)
        return f"{letter}2:{letter}{DATA_ROWS + 1}"

    # Drop-downs: (column, the list as a formula, the message for a value not in it).
    lists = [("性别", f'"{",".join(g.value for g in Gender)}"', "请选择 男 或 女"),
             ("政治面貌", f'"{",".join(s.value for s in PoliticalStatus)}"', "请从下拉列表中选择")]
    if branch_range:
        lists.append(("所属支部", branch_range, "请从下拉列表中选择已建立的支部"))
    for name, formula, error in lists:
        dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                            errorTitle=name, error=error)
        dv.add(col(name))
        ws.add_data_validation(dv)
    prompt = DataValidation(allow_blank=True, showInputMessage=True, promptTitle="入党日期",
                            prompt=f"{DATE_HINT}，也可填 Excel 日期")
    prompt.add(col("入党日期"))
    ws.add_data_validation(prompt)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _write_help(ws: Worksheet, names: list[str], branches: list[str]) -> str | None:
    """Fill 填写说明; returns the cell range listing the branches, for the drop-down."""
    bold = Font(bold=True)
    title = Font(bold=True, size=14, color=_RED)
    rows: list[list[str]] = []

    def put(values: Sequence[str], font: Font | None = None) -> int:
        cells = append_row(ws, values)  # branch names are the user's text
        rows.append(list(values))
        if font is not None:
            for c in cells:
                c.font = font
        return ws.max_row

    put(["人员名册导入说明"], title)
    put(["在“人员名册”表中从第 2 行起每行填写一人；第 1 行表头不要改动，列的顺序可以调整，多出的列导入时忽略。"])
    put(["有任何一行出错时整份文件都不会导入，程序会列出每一行的错误，并可另存为带“错误原因”列的工作簿，改正后重新导入。"])
    put([])
    put(["列名", "是否必填", "填写说明", "示例"], bold)
    for name, required, how, example in TEMPLATE_COLUMNS:
        put([name, "必填" if required else "选填", how, example])
    put([])
    put(["填写示例（请在“人员名册”表中填写，不要填在本页）"], bold)
    put(names, bold)
    put([c[3] for c in TEMPLATE_COLUMNS], Font(italic=True, color="808080"))
    put(["李娜", "女", "10024", "综采二区党支部", "综采二区", "运行", "群众", "", "13900139000"],
        Font(italic=True, color="808080"))
    put([])
    put(["政治面貌可填写的值"], bold)
    for s in PoliticalStatus:
        put([s.value])
    put(["也可写：党员、预备党员、积极分子、团员 等常用写法"])
    put([])
    put(["入党日期的写法"], bold)
    for example in ("2012-07-01", "2012/7/1", "2012年7月1日", "2005-06 或 2005年6月（只知年月时）", "Excel 日期单元格"):
        put([example])
    put([])
    put(["本数据库中的支部"], bold)
    first = last = None
    for name in branches:
        last = put([name])
        first = first or last
    if not branches:
        put(["（尚未建立支部：请先在程序的“人员”页新建支部）"])
    put([])
    put(["导入后可在程序中“撤销上次导入”（导入后未再修改、未被其他记录使用时）。"])
    for letter, width in {"A": 18, "B": 10, "C": 64, "D": 22}.items():
        ws.column_dimensions[letter].width = width
    if first is None:
        return None
    return f"'{HELP_SHEET}'!$A${first}:$A${last}"


def write_error_workbook(plan: ImportPlan, path: Path) -> Path:
    """Every row of the refused file with a last column 错误原因; bad rows and cells highlighted."""
    path = Path(path)
    # An earlier error workbook imported again: replace its 错误原因 column rather than add one.
    keep = [i for i, h in enumerate(plan.header) if re.sub(r"\s+", "", h or "") != ERROR_COLUMN]
    width = max([len(plan.header), *(len(r) for r in plan.source_rows)] or [0])
    keep += range(len(plan.header), width)  # cells beyond the header's last column
    position = {old: new for new, old in enumerate(keep)}
    header = [plan.header[i] if i < len(plan.header) else "" for i in keep] + [ERROR_COLUMN]

    wb = Workbook()
    ws = wb.active
    ws.title = ERROR_SHEET
    _header(ws, header)
    reason_col = len(header)
    ws.cell(row=1, column=reason_col).fill = PatternFill("solid", fgColor="9C0006")
    errors = plan.error_of_row()
    written: list[list[str]] = [header]
    for number, cells in plan.numbered_rows():
        r = number - plan.header_row + 1  # same row numbers as the file when its header was row 1
        values = [cells[i] if i < len(cells) else "" for i in keep]
        err = errors.get(number)
        reason = "；".join(err.reasons) if err else ""
        for c, v in enumerate([*values, reason], start=1):
            cell = write_cell(ws, r, c, v if v != "" else None)
            cell.number_format = "@"  # keep 工号 and dates as typed when the secretary edits them
            cell.border = _BORDER
        if err is not None:
            for c in range(1, reason_col + 1):
                ws.cell(row=r, column=c).fill = _BAD_ROW_FILL
            for i in err.cells:
                if i in position:
                    ws.cell(row=r, column=position[i] + 1).fill = _BAD_CELL_FILL
            ws.cell(row=r, column=reason_col).font = _REASON_FONT
        written.append([*values, reason])
    _fit_columns(ws, written)
    ws.column_dimensions[get_column_letter(reason_col)].width = min(
        max(_display_width(str(r[-1])) for r in written) + 3, 80)
    ws.auto_filter.ref = f"A1:{get_column_letter(reason_col)}{max(len(written), 2)}"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


ROSTER_SHEET = "人员名册"


def write_roster(path: Path, rows: Sequence[Sequence[object]], title: str, subtitle: str) -> Path:
    """The roster as it stands (导出名册): a title, a line with the date and filter, then the
    template's header and one row per person. The importer finds the header below the title
    lines, so the file imports again (every row unchanged)."""
    path = Path(path)
    names = [c[0] for c in TEMPLATE_COLUMNS]
    wb = Workbook()
    ws = wb.active
    ws.title = ROSTER_SHEET
    last = get_column_letter(len(names))
    write_cell(ws, 1, 1, title).font = Font(bold=True, size=16, color=_RED)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    write_cell(ws, 2, 1, subtitle).font = Font(color="595959")
    ws.merge_cells(f"A2:{last}2")
    header_row = 3
    for i, name in enumerate(names, start=1):
        c = write_cell(ws, header_row, i, name)
        c.font, c.fill, c.border = _HEADER_FONT, _HEADER_FILL, _BORDER
        c.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[header_row].height = 22
    text_cols = {names.index(n) + 1 for n in TEXT_COLUMNS}
    date_col = names.index("入党日期") + 1
    for r, values in enumerate(rows, start=header_row + 1):
        for c, v in enumerate(values, start=1):
            cell = write_cell(ws, r, c, v if v != "" else None)
            cell.border = _BORDER
            if c in text_cols:
                cell.number_format = "@"
            elif c == date_col:
                cell.number_format = "yyyy-mm-dd"
    _fit_columns(ws, [names, *([str(v or "") for v in row] for row in rows)], minimum=8, maximum=40)
    ws.column_dimensions[get_column_letter(date_col)].width = 13
    ws.freeze_panes = f"A{header_row + 1}"
    if rows:
        ws.auto_filter.ref = f"A{header_row}:{last}{header_row + len(rows)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
