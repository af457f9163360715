"""Small writers of roster files for the import tests: real .xlsx (openpyxl) and .csv files."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook, load_workbook

HEADER = ["姓名", "性别", "工号", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话"]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Sheet1") -> Path:
    """Rows as given (the first is the header); None leaves a cell empty."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows([["" if v is None else v for v in r] for r in rows])
    return path


def read_xlsx(path: Path, sheet: str | int = 0) -> list[list[object]]:
    wb = load_workbook(path)
    ws = wb.worksheets[sheet] if isinstance(sheet, int) else wb[sheet]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def roster_rows(n: int, branch: str = "综采二区党支部", start: int = 1) -> list[list[object]]:
    """A header and ``n`` valid people, every third a member, spread over units and teams."""
    units = ["综采二区", "综采二区/检修班", "综采二区/运转班", "掘进一工区", "掘进一工区/掘进一班", "机电队/维修班"]
    posts = ["检修", "运行", "采煤", "掘进", "电工", "安全员"]
    rows: list[list[object]] = [HEADER]
    for i in range(start, start + n):
        member = i % 3 == 0
        rows.append([
            f"职工{i:05d}", "男" if i % 7 else "女", f"G{i:06d}", branch, units[i % len(units)], posts[i % len(posts)],
            "中共党员" if member else "群众", f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}" if member else None,
            f"138{i:08d}",
        ])
    return rows
