"""The one way the program puts values into workbook cells and CSV fields: text stays text."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import dangjian_desktop
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.text import guard_csv_field, unguard_csv_field
from dangjian_desktop.exporting.roster_xlsx import HELP_SHEET, write_template
from dangjian_desktop.exporting.xlsx import EXCEL_CELL_MAX, append_row, csv_field, write_cell, write_csv, write_rows

# What spreadsheet programs would run, and text that merely looks odd.
FORMULAS = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1",
            "=1+1", "-", "="]
PLAIN = ["'张伟", "''", "'=1", "张伟", " =1", "a=b", "0042"]


def _saved(tmp_path: Path, rows, write_only: bool = False) -> Path:
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("s") if write_only else wb.active
    write_rows(ws, rows)
    wb.save(tmp_path / "t.xlsx")
    return tmp_path / "t.xlsx"


@pytest.mark.parametrize("write_only", [False, True])
def test_text_is_written_as_text_and_read_back_as_entered(tmp_path, write_only):
    path = _saved(tmp_path, [[t] for t in FORMULAS + PLAIN], write_only)
    ws = load_workbook(path).worksheets[0]
    for i, text in enumerate(FORMULAS + PLAIN, start=1):
        cell = ws.cell(row=i, column=1)
        expected = text.replace("\r", "\n")  # XML reads a bare carriage return as a line feed
        assert cell.data_type == "s" and cell.value == expected, (text, cell.data_type, cell.value)
        # Excel's “typed with an apostrophe” flag on what it would run: shown as entered, stays text
        assert cell.quotePrefix == (text in FORMULAS and text[0] != "\r")
    assert "<f>" not in _sheet_xml(path)


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_numbers_dates_and_booleans_keep_their_type(tmp_path):
    path = _saved(tmp_path, [[-2, 1.5, date(2012, 7, 1), datetime(2012, 7, 1, 8, 30), True, None,
                              PoliticalStatus.MEMBER, "a\x00b\x07"]])
    row = [c for c in load_workbook(path).active[1]]
    assert [c.value for c in row[:5]] == [-2, 1.5, datetime(2012, 7, 1), datetime(2012, 7, 1, 8, 30), True]
    assert [c.data_type for c in row[:5]] == ["n", "n", "d", "d", "b"]
    assert row[6].value == "中共党员" and row[7].value == "ab"  # XML cannot carry control characters


def test_write_cell_and_a_huge_text(tmp_path):
    wb = Workbook()
    cell = write_cell(wb.active, 3, 2, "=A1" + "x" * 40_000)
    assert (cell.coordinate, cell.data_type, len(cell.value)) == ("B3", "s", EXCEL_CELL_MAX)
    cells = append_row(wb.active, ["=1", 2])
    assert [c.coordinate for c in cells] == ["A4", "B4"]


def test_template_lists_a_branch_named_like_a_formula_as_text(tmp_path):
    branches = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "'引号支部"]
    wb = load_workbook(write_template(tmp_path / "模板.xlsx", branches))
    cells = {c.value: c for row in wb[HELP_SHEET].iter_rows() for c in row if c.value in branches}
    assert set(cells) == set(branches)
    assert all(c.data_type == "s" for c in cells.values())
    assert "<f>" not in _sheet_xml(tmp_path / "模板.xlsx")


@pytest.mark.parametrize("text", FORMULAS + PLAIN + ["", "'", "'''=", "'\t"])
def test_csv_guard_round_trip_is_exact(text):
    guarded = guard_csv_field(text)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unguard_csv_field(guarded) == text
    if text in ("", "'", "'张伟", "张伟", " =1", "a=b", "0042"):
        assert guarded == text  # ordinary text is written as it is


def test_csv_fields(tmp_path):
    assert [csv_field(v) for v in ("=1", -2, 1.5, date(2012, 7, 1), None, True, PoliticalStatus.MASSES)] == [
        "'=1", "-2", "1.5", "2012-07-01", "", "是", "群众"]
    path = write_csv(tmp_path / "x.csv", [["姓名"], ["=1+1"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") and path.read_text("utf-8-sig").splitlines() == ["姓名", "'=1+1"]


def test_every_workbook_writer_uses_the_helper():
    """A cell is written only through exporting.xlsx: no ws.append, ws.cell(value=…) or
    cell.value = … in a module that makes workbooks or CSV files."""
    package = Path(dangjian_desktop.__file__).parent
    direct = re.compile(r"\b(\w+_)?ws\.append\(|\.cell\([^)]*value\s*=|\.value\s*=(?!=)|csv\.writer\(")
    for path in package.rglob("*.py"):
        if path == package / "exporting" / "xlsx.py" or "ui/forms" in path.as_posix():
            continue
        text = path.read_text(encoding="utf-8")
        if "Workbook(" in text or "csv.writer(" in text:
            assert not direct.search(text), f"{path.relative_to(package)} writes cells itself"
