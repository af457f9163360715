"""``dangjian-desktop export zones --out FILE.xlsx [--branch NAME]`` on the demo, as a subprocess."""

from __future__ import annotations

from openpyxl import load_workbook

from .conftest import count


def test_export_zones_all_and_one_branch(cli, demo_db, tmp_path):
    out = tmp_path / "all.xlsx"
    done = cli("export", "zones", "--out", str(out), "--db", str(demo_db))
    assert done.returncode == 0, done.stderr
    zones = count(demo_db, "SELECT count(*) FROM zone")
    assert f"已导出责任区/示范岗 {zones} 个" in done.stdout
    ws = load_workbook(out).active
    assert ws.max_row == 3 + zones
    header = [c.value for c in ws[3]]
    week, status = header.index("本周周报"), header.index("状态")
    for row in ws.iter_rows(min_row=4, values_only=True):
        assert row[week] in (("已报", "未报") if row[status] == "在岗" else ("—",))

    branch = load_workbook(out).active.cell(4, 1).value
    one = tmp_path / "one"
    done = cli("export", "zones", "--out", str(one), "--branch", branch, "--db", str(demo_db))
    assert done.returncode == 0, done.stderr
    ws = load_workbook(tmp_path / "one.xlsx").active
    assert branch in ws["A1"].value and {r[0] for r in ws.iter_rows(min_row=4, values_only=True)} == {branch}


def test_export_zones_unknown_branch_is_one_chinese_line(cli, demo_db, tmp_path):
    done = cli("export", "zones", "--out", str(tmp_path / "x.xlsx"), "--branch", "没有这个支部", "--db", str(demo_db))
    assert done.returncode == 1
    assert done.stderr.strip().startswith("没有名为“没有这个支部”的支部") and "Traceback" not in done.stderr
    assert not (tmp_path / "x.xlsx").exists()
