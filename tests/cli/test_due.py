"""``dangjian-desktop due``: the 工作台 as lines, for a morning look or a scheduled task."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from dangjian_desktop import cli as cli_module
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import Role
from dangjian_desktop.services import auth, roster, worklist
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import Source, Urgency, WorkItem

NOTHING = "今天没有到期或逾期的事项。"


def _probationer(ctx: Ctx, branch: int, name: str, no: str, ends: date) -> date:
    """A 预备党员 whose probation ends on ``ends`` (the day before, if that is a 29 February)."""
    if (ends.month, ends.day) == (2, 29):
        ends -= timedelta(days=1)
    roster.add_person(ctx, PersonInput(name=name, employee_no=no, branch_id=branch,
                                       political_status=PoliticalStatus.PROBATIONARY,
                                       joined_party_on=ends.replace(year=ends.year - 1)))
    return ends


@pytest.fixture
def branch_db(sqlite_secretary: Ctx) -> tuple[Path, date]:
    """Real dates around today: one probation ended 3 days ago (returned), one ends in 10 days; a viewer."""
    ctx, today = sqlite_secretary, date.today()
    b = roster.create_branch(ctx, "综采二区党支部")
    ended = _probationer(ctx, b, "张伟", "A1", today - timedelta(days=3))
    _probationer(ctx, b, "李娜", "A2", today + timedelta(days=10))
    auth.create_user(ctx, "chakan", "查看员", "look1234", Role.VIEWER)
    ctx.db.dispose()
    return Path(ctx.db.url.removeprefix("sqlite:///")), ended


def test_due_prints_overdue_first_then_today(cli, branch_db):
    path, ended = branch_db
    done = cli("due", "--db", str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2, done.stdout
    assert lines[0].startswith(f"[已逾期]    {ended:%Y-%m-%d}  人员      张伟 预备期已满，需讨论转正 — 综采二区党支部 · ")
    assert lines[1].startswith("[今日到期]  —           数据      尚未备份过数据 — ")  # the command line acts as 书记
    assert "李娜" not in done.stdout  # due in 10 days: only with --all
    more = cli("due", "--all", "--db", str(path))
    assert more.returncode == 0 and more.stdout.splitlines()[2].startswith("[近期]")


def test_due_with_a_user_shows_what_his_role_may(cli, branch_db):
    path, _ended = branch_db
    done = cli("due", "--user", "shuji", "--db", str(path), env={"DANGJIAN_PASSWORD": "secret123"})
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["[已逾期]", "[今日到期]"]
    viewer = cli("due", "--user", "chakan", "--db", str(path), env={"DANGJIAN_PASSWORD": "look1234"})
    assert viewer.returncode == 0, viewer.stderr
    assert "张伟" in viewer.stdout and "备份" not in viewer.stdout  # a viewer cannot back up


def test_due_refuses_a_wrong_password(cli, branch_db):
    path, _ended = branch_db
    done = cli("due", "--user", "shuji", "--db", str(path), env={"DANGJIAN_PASSWORD": "wrong-one"})
    assert done.returncode != 0
    assert "用户名或密码不正确" in done.stderr and done.stdout == "" and "Traceback" not in done.stderr
    no_password = cli("due", "--user", "shuji", "--db", str(path))  # no terminal to ask in
    assert no_password.returncode != 0 and "DANGJIAN_PASSWORD" in no_password.stderr


def test_due_says_when_nothing_is_due(cli, sqlite_secretary: Ctx):
    sqlite_secretary.db.dispose()
    done = cli("due", "--db", sqlite_secretary.db.url)
    assert (done.returncode, done.stdout.strip()) == (0, NOTHING)


def test_due_on_a_given_day(cli, branch_db):
    path, _ended = branch_db
    far = date.today() + timedelta(days=400)
    done = cli("due", "--today", f"{far:%Y-%m-%d}", "--db", str(path))
    assert done.returncode == 0
    assert "李娜 预备期已满" in done.stdout and "张伟 预备期已满" in done.stdout
    bad = cli("due", "--today", "2026-13-01", "--db", str(path))
    assert bad.returncode == 2 and "日期应写成 YYYY-MM-DD" in bad.stderr


def test_mood_items_only_for_a_signed_in_user_allowed_to_see_them(sqlite_secretary: Ctx, monkeypatch, capsys):
    """In process, with a personal source beside the real ones (the mood tab will add its own)."""
    def mood(session, actor, today):
        return [WorkItem("思想动态", "红色预警待处置", "某职工", today, Urgency.OVERDUE)]

    ctx = sqlite_secretary
    auth.create_user(ctx, "chakan", "查看员", "look1234", Role.VIEWER)
    monkeypatch.setattr(worklist, "SOURCES", (*worklist.SOURCES, Source("mood", "思想动态", mood, personal=True)))
    url = ctx.db.url

    def due(*args: str) -> str:
        assert cli_module.main(["due", "--db", url, *args]) == 0
        return capsys.readouterr().out

    assert due() == NOTHING + "\n"  # the command line without a login: never
    monkeypatch.setenv("DANGJIAN_PASSWORD", "look1234")
    assert due("--user", "chakan") == NOTHING + "\n"  # a 查看 account: never
    monkeypatch.setenv("DANGJIAN_PASSWORD", "secret123")
    assert "红色预警待处置" in due("--user", "shuji")
