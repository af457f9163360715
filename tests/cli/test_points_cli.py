"""``points check`` / ``points rebuild`` / ``export points`` as a user runs them, on a fresh demo."""

from __future__ import annotations

import sqlite3
import subprocess

from openpyxl import load_workbook

from .conftest import count


def test_points_check_passes_on_a_fresh_demo_and_finds_a_removed_entry(cli, demo_db):
    done = cli("points", "check", "--period", "2026Q3", "--db", str(demo_db))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "一致" in done.stdout
    assert cli("points", "check", "--db", str(demo_db)).returncode == 0
    with sqlite3.connect(demo_db) as c:
        pid, name = c.execute("SELECT e.id, p.name FROM point_entry e JOIN person p ON p.id = e.person_id "
                              "WHERE e.occurred_on BETWEEN '2026-07-01' AND '2026-09-30' ORDER BY e.id LIMIT 1").fetchone()
        c.execute("DELETE FROM point_entry WHERE id = ?", (pid,))
    before = count(demo_db, "SELECT count(*) FROM point_entry")
    done = cli("points", "check", "--period", "2026Q3", "--db", str(demo_db))
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2 and name in lines[0] and "应为" in lines[0] and "实有 0" in lines[0]
    assert "1 处" in lines[1]
    assert count(demo_db, "SELECT count(*) FROM point_entry") == before  # check writes nothing
    done = cli("points", "rebuild", "--period", "2026Q3", "--db", str(demo_db))
    assert done.returncode == 0 and "已追加 1 条" in done.stdout
    assert count(demo_db, "SELECT count(*) FROM point_entry") == before + 1
    assert cli("points", "check", "--period", "2026Q3", "--db", str(demo_db)).returncode == 0


def test_bad_periods_are_one_chinese_line(cli, demo_db):
    for args in (("points", "check", "--period", "2026Q5"), ("points", "rebuild", "--period", "2026-13"),
                 ("export", "points", "--period", "2026Q5", "--out", "x.xlsx"),
):
        done = cli(*args, "--db", str(demo_db))
        assert done.returncode != 0
        assert done.stderr.strip().count("\n") == 0 and ("2026Q5" in done.stderr or "2026-13" in done.stderr)


def test_export_points(cli, demo_db, tmp_path):
    out = tmp_path / "积分.xlsx"
    done = cli("export", "points", "--period", "2026Q3", "--out", str(out), "--branch", "运行部党支部",
               "--db", str(demo_db))
    assert done.returncode == 0, done.stderr
    ws = load_workbook(out).active
    assert "运行部党支部" in ws["A1"].value and "2026Q3" in ws["A1"].value
    header = [c.value for c in ws[3]]
    assert header[0] == "排名" and header[-1] == "合计"
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert rows and all(r[3] == "运行部党支部" for r in rows)
    totals = [r[-1] for r in rows]
    assert totals == sorted(totals, reverse=True) and rows[0][0] == 1
    assert all(abs(sum(r[4:-1]) - r[-1]) < 0.01 for r in rows)
    done = cli("export", "points", "--period", "2026Q3", "--out", str(out), "--branch", "没有的支部", "--db", str(demo_db))
    assert done.returncode == 1 and "没有名为“没有的支部”的支部" in done.stderr


def test_export_commendations_xlsx_and_pdf(cli, demo_db, tmp_path):
    xlsx, pdf = tmp_path / "名单.xlsx", tmp_path / "名单.pdf"
    for out in (xlsx, pdf):
        done = cli("export", "commendations", "--period", "2026H2", "--out", str(out), "--branch", "综采二区党支部",
                   "--db", str(demo_db))
        assert done.returncode == 0, done.stderr
        assert "已导出评先选优名单（2026H2）" in done.stdout
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "综采二区党支部 2026H2 评先选优名单"
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == "2026Q3"]
    assert {r[2] for r in rows} == {"党员之星", "优质责任区"} and all(r[4] == "已确认" for r in rows)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "评先选优名单" in text and "2026Q3" in text and rows[0][3][:2] in text
    done = cli("export", "commendations", "--period", "2026-08", "--out", str(pdf), "--db", str(demo_db))
    assert done.returncode == 1 and "季度、半年或年度" in done.stderr
    done = cli("export", "commendations", "--period", "2026Q3", "--out", str(tmp_path / "x.doc"), "--db", str(demo_db))
    assert done.returncode == 1 and ".xlsx 或 .pdf" in done.stderr
