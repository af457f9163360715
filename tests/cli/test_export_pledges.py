"""``dangjian-desktop export pledges --campaign NAME --out FILE.xlsx`` on a fresh demo: the list read
back, and an unknown campaign as one Chinese line with a non-zero exit and no file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from dangjian_desktop.domain.pledges import PledgeCampaign
from dangjian_desktop.services.uow import Database


def _running_title(path: Path) -> str:
    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            return s.scalars(select(PledgeCampaign.title).order_by(PledgeCampaign.starts_on.desc())).first() or ""
    finally:
        db.dispose()


def test_export_pledges_of_the_demo(cli, demo_file, tmp_path):
    title = _running_title(demo_file)
    out = tmp_path / "名单" / "承诺名单.xlsx"
    done = cli("--db", f"sqlite:///{demo_file}", "export", "pledges", "--campaign", title, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"已导出「{title}」承诺名单" in done.stdout and "参与率" in done.stdout
    ws = load_workbook(out).active
    assert ws["A1"].value == f"{title} 承诺名单"
    assert "参与率" in ws["A2"].value and "目标 100%" in ws["A2"].value
    header = [c.value for c in ws[3]]
    assert header[:7] == ["序号", "姓名", "所属支部", "区队/班组", "岗位", "状态", "签订日期"] and "承诺1完成" in header
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    statuses = {r[5] for r in rows}
    assert "已签" in statuses and statuses <= {"已签", "待签", "未起草", "已践诺", "未践诺"}
    assert len(rows) > 20 and ws.freeze_panes == "A4" and ws.print_area


def test_unknown_campaign_is_one_chinese_line(cli, demo_file, tmp_path):
    out = tmp_path / "x.xlsx"
    done = cli("--db", f"sqlite:///{demo_file}", "export", "pledges", "--campaign", "没有这个活动", "--out", str(out))
    assert done.returncode != 0 and not out.exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("找不到承诺活动“没有这个活动”") and "现有活动" in lines[0]
