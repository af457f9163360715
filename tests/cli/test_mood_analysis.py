"""``export mood-analysis``: signed in or refused; PDF and xlsx as the user's role may see them."""

from __future__ import annotations

import subprocess
from datetime import date

from openpyxl import load_workbook

from dangjian_desktop.domain.mood import WarningLevel
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import Role
from dangjian_desktop.services import auth, mood, roster
from dangjian_desktop.services.uow import Ctx

MONTH = date.today().strftime("%Y-%m")


def _db(ctx: Ctx) -> str:
    b = roster.create_branch(ctx, "综采二区党支部")
    w = roster.add_person(ctx, PersonInput(name="张卫东", employee_no="W1", branch_id=b,
                                           political_status=PoliticalStatus.MASSES), date.today()).id
    mood.raise_warning(ctx, w, WarningLevel.RED, "家中变故", date.today(), date.today())
    auth.create_user(ctx, "chakan", "查看员", "look1234", Role.VIEWER)
    return ctx.db.url


def test_export_mood_analysis_signed_in(cli, sqlite_secretary: Ctx, tmp_path):
    url = _db(sqlite_secretary)
    pdf, xlsx = tmp_path / "分析.pdf", tmp_path / "分析.xlsx"
    done = cli("export", "mood-analysis", "--period", MONTH, "--out", str(pdf), "--branch", "综采二区党支部",
               "--user", "shuji", "--db", url, env={"DANGJIAN_PASSWORD": "secret123"})
    assert done.returncode == 0, done.stderr
    assert "已导出 综采二区党支部" in done.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "内部资料 · 注意保密" in text and "张卫东" in text
    done = cli("export", "mood-analysis", "--period", MONTH, "--out", str(xlsx), "--user", "chakan", "--db", url,
               env={"DANGJIAN_PASSWORD": "look1234"})
    assert done.returncode == 0, done.stderr
    cells = " ".join(str(c.value) for ws in load_workbook(xlsx).worksheets for r in ws.iter_rows() for c in r)
    assert "内部资料 · 注意保密" in cells and "张卫东" not in cells  # a viewer's export has no names


def test_export_mood_analysis_refused(cli, sqlite_secretary: Ctx, tmp_path):
    url = _db(sqlite_secretary)
    out = tmp_path / "a.pdf"
    base = ["export", "mood-analysis", "--period", MONTH, "--out", str(out), "--db", url]
    no_user = cli(*base, env={"DANGJIAN_PASSWORD": "secret123"})
    assert no_user.returncode != 0 and "--user" in no_user.stderr and len(no_user.stderr.strip().splitlines()) == 1
    wrong = cli(*base, "--user", "shuji", env={"DANGJIAN_PASSWORD": "nope-nope"})
    assert wrong.returncode != 0 and "密码" in wrong.stderr
    bad = cli("export", "mood-analysis", "--period", MONTH, "--out", str(tmp_path / "a.doc"), "--user", "shuji",
              "--db", url, env={"DANGJIAN_PASSWORD": "secret123"})
    assert bad.returncode != 0 and ".pdf 或 .xlsx" in bad.stderr
    nobranch = cli(*base, "--branch", "不存在", "--user", "shuji", env={"DANGJIAN_PASSWORD": "secret123"})
    assert nobranch.returncode != 0 and "找不到支部" in nobranch.stderr
    assert not out.exists()
