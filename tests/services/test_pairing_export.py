"""导出结对包保台账 read back with openpyxl (SQLite and PostgreSQL), and the command line contract
``export pairings --out FILE.xlsx [--branch NAME]`` as a real subprocess."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from dangjian_desktop.domain.pairing import FollowUpKind
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.services import pairing, pairing_export
from dangjian_desktop.services.pairing import FollowUpInput, GuaranteeInput, PairInput
from tests.services.test_pairing_service import TODAY, TOMORROW, _people


def _setup(ctx, org, today: date) -> dict[str, int]:
    ids = _people(ctx, org)
    p = pairing.create_pair(ctx, PairInput(ids["党员甲"], (ids["职工一"], ids["积极分子丁"]), today - timedelta(days=100)))
    pairing.create_pair(ctx, PairInput(ids["党员乙"], (ids["职工二"],), today - timedelta(days=300),
                                       ends_on=today - timedelta(days=1)))  # ended yesterday
    pairing.create_pair(ctx, PairInput(ids["党员乙"], (ids["职工三"],), today + timedelta(days=1)))  # starts tomorrow
    pairing.add_guarantee(ctx, p, GuaranteeInput(today - timedelta(days=99), today - timedelta(days=99),
                                                 today + timedelta(days=266)))
    pairing.record_follow_up(ctx, FollowUpInput(p, ids["职工一"], today - timedelta(days=10), FollowUpKind.TALK, "谈心"), today)
    return ids


def test_the_export_names_the_uncovered_and_starts_with_the_coverage_line(secretary, org, tmp_path):
    _setup(secretary, org, TODAY)
    out = tmp_path / "结对.xlsx"
    result = pairing_export.export_pairings(secretary, out, org["branch"], TODAY)
    assert (result.coverage, result.rows, result.uncovered) == ("包保覆盖 2/5（40.0%）", 2, 3)
    wb = load_workbook(out)
    assert wb.sheetnames == ["结对包保", "未包保职工", "区队覆盖"]
    for ws in wb:  # printed as the other exports: title to last row, header on every page, landscape
        assert ws.print_area == f"'{ws.title}'!$A$1:${get_column_letter(ws.max_column)}${ws.max_row}"
        assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    rows = list(wb["结对包保"].iter_rows(values_only=True))
    assert rows[1][0].startswith("包保覆盖 2/5（40.0%）")
    assert list(rows[2]) == pairing_export.PAIR_HEADER
    body = {r[1]: r for r in rows[3:]}
    assert set(body) == {"职工一", "积极分子丁"}
    one = body["职工一"]
    assert (one[0], one[2], one[5], one[8]) == ("党员甲", "综采二区", "2026-08-17 至 2027-08-17", "否")
    assert one[6].date() == TODAY - timedelta(days=10) and one[7].date() == TODAY + timedelta(days=20)
    assert body["积极分子丁"][6] == "尚无" and body["积极分子丁"][8] == "已逾期"  # start + 30 days passed
    uncovered = list(wb["未包保职工"].iter_rows(min_row=4, values_only=True))
    assert sorted((r[0], r[3], r[4]) for r in uncovered) == [
        ("职工三", "综采二区", "检修工"), ("职工二", "综采二区 / 检修班", "检修工"), ("职工四", "综采二区 / 检修班", "检修工")]
    with secretary.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "导出")) == 1
    # Tomorrow the pair starting then covers 职工三.
    later = pairing_export.export_pairings(secretary, tmp_path / "b.xlsx", org["branch"], TOMORROW)
    assert later.coverage == "包保覆盖 3/5（60.0%）"



def test_a_failed_save_leaves_no_half_file(secretary, org, tmp_path, monkeypatch):
    _setup(secretary, org, TODAY)
    out = tmp_path / "out" / "结对.xlsx"
    real_save = Workbook.save

    def save_then_fail(self, filename):  # the workbook is written, then the disk is full
        real_save(self, filename)
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", save_then_fail)
    with pytest.raises(OSError):
        pairing_export.export_pairings(secretary, out, org["branch"], TODAY)
    assert list(out.parent.iterdir()) == []


def test_export_pairings_on_the_command_line(sqlite_secretary, tmp_path):
    from dangjian_desktop.services import roster
    from tests.cli.conftest import Cli

    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    t = roster.create_unit(ctx, b, "检修班", parent_id=u)
    today = date.today()
    _setup(ctx, {"branch": b, "unit": u, "team": t}, today)
    db = ctx.db.url
    ctx.db.dispose()
    cli = Cli(tmp_path / "home")
    out = tmp_path / "台账.xlsx"
    done = cli("--db", db, "export", "pairings", "--out", str(out), "--branch", "综采二区党支部")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("包保覆盖 2/5（40.0%）")
    rows = list(load_workbook(out)["未包保职工"].iter_rows(min_row=4, values_only=True))
    assert sorted(r[0] for r in rows) == ["职工三", "职工二", "职工四"]
    everyone = cli("--db", db, "export", "pairings", "--out", str(tmp_path / "all.xlsx"))
    assert everyone.returncode == 0, everyone.stderr
    bad = cli("--db", db, "export", "pairings", "--out", str(tmp_path / "c.xlsx"), "--branch", "没有")
    assert bad.returncode == 1 and "没有名为“没有”的支部" in bad.stderr and not (tmp_path / "c.xlsx").exists()
    assert len(bad.stderr.strip().splitlines()) == 1
