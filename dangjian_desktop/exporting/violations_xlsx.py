"""导出三违与事故: the 三违 list and the accident list of the 三违与事故 tab, a sheet each, in the
layout of ``table_xlsx``. Plain rows in, a file out; written beside and moved into place (it
names people), readable by its owner only: ``db.partials.written_beside``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from .table_xlsx import fill_sheet

VIOLATION_HEADER = ("日期", "违章人员", "类别", "支部", "责任区", "负责党员", "违章情况", "帮教次数")
VIOLATION_WIDTHS = (12, 12, 14, 20, 26, 12, 50, 10)
ACCIDENT_HEADER = ("日期", "支部", "责任区", "直接责任人", "事故情况")
ACCIDENT_WIDTHS = (12, 20, 26, 12, 60)


def write_violations(path: Path, subtitle: str, violations: Sequence[Sequence[object]],
                     accidents: Sequence[Sequence[object]]) -> Path:
    """Sheet 三违 (rows as ``VIOLATION_HEADER``) and sheet 事故 (as ``ACCIDENT_HEADER``)."""
    from dangjian_desktop.db.partials import written_beside

    wb = Workbook()
    ws = wb.active
    ws.title = "三违"
    fill_sheet(ws, "三违记录", VIOLATION_HEADER, violations, subtitle, VIOLATION_WIDTHS)
    fill_sheet(wb.create_sheet("事故"), "事故记录", ACCIDENT_HEADER, accidents, subtitle, ACCIDENT_WIDTHS)
    path = Path(path)
    with written_beside(path) as tmp:
        wb.save(tmp)
    return path
