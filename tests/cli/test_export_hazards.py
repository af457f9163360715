"""``dangjian-desktop export hazards``: the contract's flags, the workbook read back with
openpyxl, ``overdue`` exactly the overdue hazards of today, an unknown status refused."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.domain.hazard_rules import HazardInput
from dangjian_desktop.domain.hazards import HazardLevel
from dangjian_desktop.services import auth, hazards
from dangjian_desktop.services.uow import Ctx, Database
from tests.services.hazard_scene import build

TODAY = date.today()  # the command computes 逾期 from the real today


@pytest.fixture
def ledger(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "ledger.sqlite"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine, backup_dir=tmp_path / "auto")
    ctx = Ctx(db, auth.create_first_secretary(db, "shuji", "王书记", "secret123"))
    sc = build(ctx)

    def add(desc: str, found: int, due: int, zone: int = sc.zone) -> int:
        return hazards.create_hazard(ctx, HazardInput(TODAY - timedelta(days=found), desc, TODAY + timedelta(days=due),
                                                      zone, finder_id=sc.finder, level=HazardLevel.MAJOR,
                                                      responsible_dept="机电科", responsible_person_id=sc.rectifier), TODAY)

    ids = {"late": add("=HYPERLINK(\"http://x\",\"点此\")", 10, -3), "today": add("护栏松动", 2, 0),
           "other": add("配电柜未上锁", 40, 5, sc.zone2), "closed": add("照明不足", 30, -20)}
    h = ids["closed"]
    hazards.start_rectification(ctx, h, 1)
    hazards.mark_rectified(ctx, h, 2, sc.rectifier, TODAY - timedelta(days=25), TODAY)
    hazards.verify(ctx, h, 3, sc.verifier, TODAY - timedelta(days=24), TODAY)
    db.dispose()
    return path, ids


def _rows(path: Path) -> list[tuple]:  # type: ignore[type-arg]
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    assert ws["A3"].value == "发现日期" and ws.freeze_panes == "A4"
    assert ws.print_area == f"'隐患台账'!$A$1:$N${max(ws.max_row, 4)}" and ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    return list(ws.iter_rows(min_row=4, values_only=True))


def test_export_all_read_back(cli, ledger, tmp_path: Path):
    db, _ids = ledger
    out = tmp_path / "台账.xlsx"
    done = cli("export", "hazards", "--db", str(db), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "已导出隐患台账 4 条" in done.stdout
    rows = _rows(out)
    assert len(rows) == 4
    first = rows[0]  # the overdue one first
    assert first[5] == "=HYPERLINK(\"http://x\",\"点此\")"  # text, never a formula
    assert (first[1], first[3], first[4], first[6], first[7], first[9], first[10]) == (
        "综采二区党支部", "综采工作面", "张发现", "较大", "机电科 李整改", "待整改", 3)
    assert first[0].date() == TODAY - timedelta(days=10) and first[8].date() == TODAY - timedelta(days=3)
    closed = next(r for r in rows if r[9] == "已闭合")
    assert closed[11].startswith("李整改") and closed[12].startswith("王验收") and closed[13] is not None
    assert closed[10] is None  # closed is never overdue


def test_export_filters(cli, ledger, tmp_path: Path):
    db, _ids = ledger
    out = tmp_path / "o.xlsx"
    assert cli("export", "hazards", "--db", str(db), "--out", str(out), "--status", "overdue").returncode == 0
    assert [r[5] for r in _rows(out)] == ["=HYPERLINK(\"http://x\",\"点此\")"]  # due today is not overdue
    assert cli("export", "hazards", "--db", str(db), "--out", str(out), "--status", "已闭合").returncode == 0
    assert [r[5] for r in _rows(out)] == ["照明不足"]
    assert cli("export", "hazards", "--db", str(db), "--out", str(out), "--branch", "运行部党支部").returncode == 0
    assert [r[5] for r in _rows(out)] == ["配电柜未上锁"]
    frm, to = (TODAY - timedelta(days=35)).isoformat(), (TODAY - timedelta(days=5)).isoformat()
    assert cli("export", "hazards", "--db", str(db), "--out", str(out), "--from", frm, "--to", to).returncode == 0
    assert sorted(r[5] for r in _rows(out)) == sorted(["=HYPERLINK(\"http://x\",\"点此\")", "照明不足"])


@pytest.mark.parametrize("args, message", [
    (("--status", "关闭"), "未知的隐患状态“关闭”"),
    (("--status", "OVERDUE"), "未知的隐患状态"),
    (("--branch", "没有的支部"), "没有名为“没有的支部”的支部"),
    (("--from", "2026-13-01"), "--from 的日期应写成 YYYY-MM-DD"),
])
def test_bad_input_one_chinese_line(cli, ledger, tmp_path: Path, args: tuple[str, ...], message: str):
    db, _ids = ledger
    out = tmp_path / "bad.xlsx"
    done = cli("export", "hazards", "--db", str(db), "--out", str(out), *args)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], done.stderr
    assert not out.exists()
