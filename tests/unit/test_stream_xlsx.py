"""exporting/stream_xlsx.py read back with openpyxl: the layout, and every value as the safe
writers keep it (text never a formula, control characters dropped, dates as dates)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from dangjian_desktop.exporting.stream_xlsx import write_table


def test_values_and_layout_read_back(tmp_path: Path):
    out = tmp_path / "t.xlsx"
    rows = [
        [date(2026, 11, 24), "=HYPERLINK(\"http://x\",\"点此\")", 3, 2.5, True, None, "a\x07b\r\nc", datetime(2026, 1, 2, 3, 4, 5)],
        [date(2026, 1, 1), "+1", -4, 0.0, False, "", "<&>\"'", None],
    ]
    n = write_table(out, "台账", "标题", "说明", ["日期", "文本", "整数", "小数", "是否", "空", "字符", "时间"],
                    [12] * 8, rows)
    assert n == 2 and [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]  # nothing beside it
    wb = openpyxl.load_workbook(out)
    ws = wb["台账"]
    assert (ws["A1"].value, ws["A2"].value, ws["A3"].value, ws.freeze_panes) == ("标题", "说明", "日期", "A4")
    assert ws.auto_filter.ref == "A3:H5" and ws.print_title_rows == "$3:$3"
    # printed as the other exports are (table_xlsx.print_layout)
    assert ws.print_area == "'台账'!$A$1:$H$5"
    assert (ws.page_setup.orientation, ws.page_setup.paperSize) == ("landscape", 9)  # A4
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    got = [list(r) for r in ws.iter_rows(min_row=4, values_only=True)]
    assert got[0] == [datetime(2026, 11, 24), "=HYPERLINK(\"http://x\",\"点此\")", 3, 2.5, True, None, "ab\nc",
                      datetime(2026, 1, 2, 3, 4, 5)]
    assert got[1][1:7] == ["+1", -4, 0, False, None, "<&>\"'"]
    assert ws["B4"].data_type == "s" and ws["B4"].quotePrefix and ws["A4"].number_format == "yyyy\\-mm\\-dd"


def test_a_stop_leaves_no_file_and_keeps_an_earlier_one(tmp_path: Path):
    out = tmp_path / "t.xlsx"

    def stop(_n: int) -> None:
        raise KeyboardInterrupt

    def stopped_write() -> None:
        try:
            write_table(out, "s", "t", "", ["a"], [5], ([i] for i in range(6000)), stop)
        except KeyboardInterrupt:
            pass

    stopped_write()
    assert list(tmp_path.iterdir()) == []  # no file, no partial one
    write_table(out, "s", "t", "", ["a"], [5], [[1]])
    before = out.read_bytes()
    stopped_write()
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"] and out.read_bytes() == before
