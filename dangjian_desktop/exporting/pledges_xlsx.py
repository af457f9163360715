"""The 安全承诺 list of one campaign as a formatted workbook: title, the campaign's dates and
participation line, one row per member who should pledge. Plain data in, a file out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .table_xlsx import write_table

BASE_HEADER = ("序号", "姓名", "所属支部", "区队/班组", "岗位", "状态", "签订日期")
BASE_WIDTHS = (6, 10, 18, 20, 14, 9, 12)


def write_pledges(path: Path, title: str, subtitle: str, lines: Sequence[tuple[str, str, str, str, str, date | None,
                                                                              Sequence[tuple[str, int, int]]]]) -> Path:
    """``lines``: (name, branch, unit, post, status, signed_on, [(commitment, target, done)…]).
    Each commitment slot gets three columns: the commitment, its target so far, done so far."""
    slots = max((len(line[6]) for line in lines), default=0)
    header = list(BASE_HEADER)
    widths = list(BASE_WIDTHS)
    for k in range(1, slots + 1):
        header += [f"承诺{k}", f"承诺{k}目标", f"承诺{k}完成"]
        widths += [20, 8, 8]
    rows = []
    for i, (name, branch, unit, post, status, signed_on, items) in enumerate(lines, start=1):
        row: list[object] = [i, name, branch, unit, post, status, signed_on]
        for label, target, done in items:
            row += [label, target, done]
        row += [None] * (len(header) - len(row))
        rows.append(row)
    return write_table(path, title, header, rows, subtitle, widths)  # its print area: title to last row
