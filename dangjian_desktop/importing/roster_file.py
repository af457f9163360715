"""Reading a roster file: an .xlsx workbook or a CSV file becomes a table of text cells.

What the secretary can rely on (the template's 填写说明 sheet says the same):

- .xlsx (and .xlsm) through openpyxl; CSV in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16,
  separated by commas, tabs or semicolons; an apostrophe guarding a field against formulas
  (``domain.text.guard_csv_field``) is taken off. An old .xls, or a file that only has the extension,
  is refused with a Chinese message saying what to do.
- The header is the first non-empty row, or, below a few title lines, the first row naming
  姓名 and 工号. In a workbook the first sheet with such a header is read.
- Columns in any order; common aliases are understood (``HEADER_ALIASES``), unknown columns are
  ignored and listed. 姓名 and 工号 are required. Separate 区队 and 班组 columns are read together
  as 区队/班组.
- Every cell is read as the program stores text (``domain.text.clean_text``): invisible
  characters removed, full-width letters and digits made plain, spaces trimmed.
- Empty rows are dropped; every row keeps its number as Excel shows it (the header is row 1
  when nothing stands above it), so every message names the row the secretary sees.

No database and no Qt: the service checks the rows (``roster_rows``) and writes them.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.text import clean_text, shorten, unguard_csv_field

ROSTER_COLUMNS: tuple[str, ...] = ("姓名", "性别", "工号", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话")
REQUIRED_COLUMNS: tuple[str, ...] = ("姓名", "工号")

UNIT_ALIASES = ("区队", "部门", "单位", "车间", "工区", "所在单位", "所在部门", "所在区队", "科室")
TEAM_ALIASES = ("班组", "班", "所在班组")

HEADER_ALIASES: dict[str, str] = {
    **{a: "姓名" for a in ("名字", "职工姓名", "员工姓名", "党员姓名", "人员姓名", "姓 名")},
    **{a: "工号" for a in ("员工编号", "职工编号", "工作证号", "员工号", "职工号", "人员编号", "工作证编号")},
    **{a: "所属支部" for a in ("支部", "党支部", "所在支部", "所在党支部", "支部名称", "所属党支部")},
    **{a: "区队/班组" for a in (*UNIT_ALIASES, *TEAM_ALIASES, "区队班组", "部门/班组", "单位/班组", "区队/班")},
    **{a: "岗位" for a in ("职务", "工种", "岗位名称", "职位")},
    **{a: "政治面貌" for a in ("身份", "政治身份", "党员身份")},
    **{a: "入党日期" for a in ("入党时间", "入党年月", "加入党组织日期")},
    **{a: "联系电话" for a in ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系手机")},
    **{a: "性别" for a in ("男/女",)},
}
# Header text (without spaces) → canonical column: the columns themselves and their aliases.
_HEADER_LOOKUP = {c: c for c in ROSTER_COLUMNS} | {re.sub(r"\s+", "", k): v for k, v in HEADER_ALIASES.items()}

_NOT_ROSTER = "文件不是 Excel（.xlsx）或 CSV 文件"
_TITLE_ROWS = 5  # title lines a roster may have above its header


@dataclass(frozen=True)
class RosterTable:
    """A roster file as text: its header and its non-empty rows, with Excel row numbers."""

    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (Excel row number, cells as text)
    # (row, the date Excel would make of it) for a bare number under 入党日期 that is an Excel
    # date serial: never taken as that date, only named in the row's error (``roster_rows``).
    excel_serials: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class RosterHeader:
    """Where each canonical column stands in the file's rows."""

    index: dict[str, tuple[int, ...]]  # canonical column → cell index (two for 区队 + 班组)
    columns: tuple[str, ...]  # recognised columns, canonical names, in file order
    ignored: tuple[str, ...]  # unknown headers, as written (a long one cut: ``shorten``)

    def cell(self, cells: Sequence[str], column: str) -> str:
        """The row's text for ``column``: "" when absent; 区队 and 班组 joined as "区队/班组"."""
        parts = [cells[i].strip() if i < len(cells) else "" for i in self.index.get(column, ())]
        return "/".join(p for p in parts if p)


# ---------------------------------------------------------------- reading


def read_roster(path: Path) -> RosterTable:
    """The roster in ``path`` as text; ValidationError (in Chinese) for a file that is missing,
    not .xlsx/.csv, damaged, undecodable or empty."""
    path = Path(path)
    table = _read_file(path)
    if table is None:
        raise ValidationError("文件中没有数据行（文件是空的，也没有表头）。")
    return table


def _read_file(path: Path) -> RosterTable | None:
    if not path.is_file():
        raise ValidationError(f"找不到文件：{path}")
    with path.open("rb") as f:
        head = f.read(8)
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise ValidationError(
            f"{_NOT_ROSTER}：“{path.name}”是旧版 Excel（.xls）格式，请在 Excel 中“另存为”Excel 工作簿（*.xlsx）后再导入。"
        )
    if suffix in (".xlsx", ".xlsm"):
        if not head.startswith(b"PK"):  # an .xlsx is a zip file
            raise _not_a_workbook(path)
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_csv(path)
    raise ValidationError(f"{_NOT_ROSTER}：“{path.name}”。请使用程序导出的导入模板（.xlsx），或把名册另存为 CSV 后再导入。")


def _not_a_workbook(path: Path) -> ValidationError:
    return ValidationError(f"{_NOT_ROSTER}：“{path.name}”无法作为 Excel 工作簿打开（文件可能已损坏，或只是改了扩展名）。")


def _read_xlsx(path: Path) -> RosterTable | None:
    import openpyxl  # only here: keeps the CLI's start fast

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged zip or XML
        raise _not_a_workbook(path) from exc
    try:
        first: RosterTable | None = None
        for ws in wb.worksheets:  # the first sheet whose header names 姓名 and 工号
            if not hasattr(ws, "reset_dimensions"):
                continue  # a chart sheet
            ws.reset_dimensions()  # some programs write a wrong size; read what is there
            table = _to_table(ws.iter_rows(min_row=1, values_only=True), excel_epoch=wb.epoch)
            first = first or table
            if table is not None and _has_required(table.header):
                return table
        return first
    except Exception as exc:
        raise _not_a_workbook(path) from exc
    finally:
        wb.close()


def _read_csv(path: Path) -> RosterTable | None:
    raw = path.read_bytes()
    text = None
    encodings = ("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for enc in encodings:
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None or "\x00" in text:
        raise ValidationError(f"{_NOT_ROSTER}：“{path.name}”不是文本 CSV 文件，或编码无法识别（请另存为 UTF-8 或 GBK 编码的 CSV）。")
    first_line = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = next((d for d in (",", "\t", ";") if d in first_line), ",")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # The apostrophe a CSV writer puts before “=…” (exporting.xlsx.write_csv) is not part of the text.
    return _to_table([unguard_csv_field(field) for field in row] for row in rows)


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time(0) else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # 工号 and phone numbers typed as numbers
    # Every cell (the header too) as the program stores text: a 工号 with a zero-width space
    # pasted from a web page is the same 工号, a name of invisible characters an empty name.
    return clean_text(str(v))


# The Excel date serials a number cell under 入党日期 may hold: 1921-07-01 (7853 days after
# Excel's day 0) to 9999-12-31.
_SERIALS = range(7853, 2958466)


def _serial_date(v: object, epoch: datetime) -> str | None:
    """The date an Excel number cell ``v`` would be as a date serial, as ISO text; None when it
    is not a number in ``_SERIALS``."""
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not _SERIALS.start <= v < _SERIALS.stop:
        return None
    from openpyxl.utils.datetime import from_excel

    return str(from_excel(v, epoch).date().isoformat())


def _to_table(rows: Iterable[Sequence[object]], excel_epoch: datetime | None = None) -> RosterTable | None:
    """Header = the first non-empty row, or a later one (within the first few) that names 姓名
    and 工号, so a title row such as “职工花名册” above the header does not matter. Empty rows are
    dropped; every row keeps its number as Excel shows it.

    A number is read as the digits the secretary sees, in a date column too: a date cell (date
    number format) arrives from openpyxl as a date already, and 20120701 typed as a number is
    that date, but a bare 10000 is not 1927-05-18, nor 41091 2012-07-01, silently. ``excel_epoch``
    (a workbook's; None for CSV): such a number under 入党日期 is noted with the date Excel would
    make of it, for the row's error to name (``RosterTable.excel_serials``)."""
    found: list[tuple[int, tuple[str, ...], Sequence[object]]] = []
    for n, raw in enumerate(rows, start=1):
        cells = tuple(_cell_text(v) for v in raw)
        if any(cells):
            found.append((n, cells, raw))
    if not found:
        return None
    at = next((i for i, (_, cells, _raw) in enumerate(found[:_TITLE_ROWS + 1]) if _has_required(cells)), 0)
    header_row, header, _ = found[at]
    dates = [i for i, h in enumerate(header) if _HEADER_LOOKUP.get(_norm_header(h)) == "入党日期"]
    data: list[tuple[int, tuple[str, ...]]] = []
    serials: list[tuple[int, str]] = []
    for n, cells, raw in found[at + 1 :]:
        if excel_epoch is not None:
            serials.extend((n, d) for i in dates if i < len(raw) and (d := _serial_date(raw[i], excel_epoch)))
        data.append((n, cells))
    return RosterTable(header, header_row, tuple(data), tuple(serials))


# ---------------------------------------------------------------- header


def _norm_header(text: str) -> str:
    t = re.sub(r"\s+", "", text or "").replace("／", "/").strip("*＊")
    return re.sub(r"[（(][^）)]*[）)]$", "", t)  # "入党日期（2012-07-01）" → "入党日期"


def _has_required(header: Sequence[str]) -> bool:
    found = {_HEADER_LOOKUP.get(_norm_header(h)) for h in header}
    return all(c in found for c in REQUIRED_COLUMNS)


def map_header(table: RosterTable) -> RosterHeader:
    """Find the roster's columns in the header; ValidationError when a required one is missing
    or two columns mean the same (except a 区队 column beside a 班组 column)."""
    header, header_row = table.header, table.header_row
    found: dict[str, list[int]] = defaultdict(list)
    order: list[str] = []
    ignored: list[str] = []
    for i, h in enumerate(header):
        canon = _HEADER_LOOKUP.get(_norm_header(h))
        if canon is None:
            if h:
                ignored.append(shorten(h))  # listed in the preview: a pasted paragraph stays one line
            continue
        if canon not in found:
            order.append(canon)
        found[canon].append(i)
    index: dict[str, tuple[int, ...]] = {}
    for canon, idx in found.items():
        if len(idx) == 1:
            index[canon] = (idx[0],)
            continue
        names = [_norm_header(header[i]) for i in idx]
        units = [i for i, n in zip(idx, names, strict=True) if n in UNIT_ALIASES]
        teams = [i for i, n in zip(idx, names, strict=True) if n in TEAM_ALIASES]
        if canon == "区队/班组" and len(idx) == 2 and len(units) == 1 and len(teams) == 1:
            index[canon] = (units[0], teams[0])  # read 区队 and 班组 together as "区队/班组"
            continue
        quoted = "和".join(f"“{shorten(header[i])}”" for i in idx)
        raise ValidationError(f"表头（第 {header_row} 行）中{quoted}都表示“{canon}”，请只保留其中一列后再导入。")
    missing = [c for c in REQUIRED_COLUMNS if c not in index]
    if missing:
        raise ValidationError(
            f"缺少必填列：{'、'.join(missing)}。表头（第 {header_row} 行）须包含这些列，可使用程序导出的导入模板。",
            [f"缺少必填列：{c}" for c in missing],
        )
    return RosterHeader(index, tuple(order), tuple(ignored))
