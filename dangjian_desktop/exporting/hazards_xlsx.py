"""The hazard ledger as a formatted workbook, streamed (``exporting.stream_xlsx``): the 100,000
rows of a large ledger in a few seconds, never all in memory. Plain data in, a file out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .stream_xlsx import write_table

HEADER = ("发现日期", "所属支部", "区队/班组", "责任区", "发现人", "隐患描述", "隐患等级", "责任部门/责任人",
          "整改期限", "状态", "逾期天数", "整改（人、日期）", "验收（人、日期）", "闭合日期")
WIDTHS = (12, 18, 16, 18, 10, 48, 9, 20, 12, 9, 9, 20, 20, 12)


def write_hazards(path: Path, title: str, subtitle: str, rows: Iterable[Sequence[object]],
                  progress: Callable[[int], None] | None = None) -> int:
    """Write the workbook (row 1 title, row 2 subtitle, row 3 header); returns the rows written."""
    return write_table(Path(path), "隐患台账", title, subtitle, HEADER, WIDTHS, rows, progress)
