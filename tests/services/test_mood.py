"""The mood service on SQLite and PostgreSQL: the closed loop, the time limits, escalation, the
three roles' views and exports, audited (and refused) reads, the monthly figures, bad input."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.mood import (
    MoodCategory,
    MoodWarning,
    WarningAction,
    WarningActionKind,
    WarningLevel,
    WarningStatus,
)
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.pairing import Pairing, PairingWorker
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, Role
from dangjian_desktop.services import auth, mood, roster, worklist
from dangjian_desktop.services.uow import Ctx

TODAY = date(2026, 11, 24)
D = timedelta(days=1)


def _person(ctx: Ctx, branch: int, name: str, no: str, member: bool = False, unit: int | None = None) -> int:
    status = PoliticalStatus.MEMBER if member else PoliticalStatus.MASSES
    return roster.add_person(ctx, PersonInput(name=name, employee_no=no, branch_id=branch, political_status=status,
                                              unit_id=unit, joined_party_on=date(2010, 7, 1) if member else None),
                             TODAY).id


@pytest.fixture
def world(secretary: Ctx, org):
    """Workers 甲 乙 (covered by 赵) and 丙 (covered by 李); members 赵 李; accounts zhao (委员, 赵),
    li (委员, 李), chakan (查看)."""
    b = org["branch"]
    ids = {"甲": _person(secretary, b, "甲", "W1", unit=org["unit"]), "乙": _person(secretary, b, "乙", "W2"),
           "丙": _person(secretary, b, "丙", "W3", unit=org["team"]),
           "赵": _person(secretary, b, "赵", "M1", True), "李": _person(secretary, b, "李", "M2", True)}
    with secretary.db.uow() as s:
        for member, workers in (("赵", ["甲", "乙"]), ("李", ["丙"])):
            p = Pairing(branch_id=b, member_id=ids[member], starts_on=TODAY - 100 * D)
            s.add(p)
            s.flush()
            s.add_all(PairingWorker(pairing_id=p.id, worker_id=ids[w]) for w in workers)
    auth.create_user(secretary, "zhao", "赵委员", "secret123", Role.COMMITTEE, person_id=ids["赵"])
    auth.create_user(secretary, "li", "李委员", "secret123", Role.COMMITTEE, person_id=ids["李"])
    auth.create_user(secretary, "chakan", "查看员", "secret123", Role.VIEWER)
    ctxs = {name: Ctx(secretary.db, auth.login(secretary.db, name, "secret123")) for name in ("zhao", "li", "chakan")}
    return ids, ctxs


def _audit(ctx: Ctx, action: str) -> list[str]:
    with ctx.db.read() as s:
        return list(s.scalars(select(AuditEntry.summary).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def _count(ctx: Ctx, model) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count(model.id))) or 0


def test_red_warning_closed_loop_within_its_limits(secretary, world):
    ids, _ = world
    raised = TODAY - 10 * D
    wid = mood.raise_warning(secretary, ids["甲"], WarningLevel.RED, "家中突发变故，情绪低落", raised, TODAY,
                             needs_report=True)
    w = mood.warning_detail(secretary, wid, TODAY).warning
    assert (w.status, w.due_on, w.next_step) == (WarningStatus.NEW, raised + D, "首次谈心谈话")  # 红: talk in 1 day
    assert w.overdue  # raised 10 days ago: the talk is late
    mood.assign(secretary, wid, ids["赵"], raised, TODAY)
    mood.record_action(secretary, wid, WarningActionKind.TALK, raised + D, "谈心，了解困难", TODAY)
    w = mood.warning_detail(secretary, wid, TODAY).warning
    assert (w.status, w.due_on, w.next_step) == (WarningStatus.HANDLING, raised + 3 * D, "落实帮扶措施")
    mood.record_action(secretary, wid, WarningActionKind.HELP, raised + 2 * D, "送去慰问金", TODAY)
    w = mood.warning_detail(secretary, wid, TODAY).warning
    assert (w.due_on, w.next_step) == (raised + 9 * D, "定期复查")  # review 7 days after the last action
    assert w.overdue
    mood.record_action(secretary, wid, WarningActionKind.REVIEW, TODAY, "情绪好转", TODAY)
    assert not mood.warning_detail(secretary, wid, TODAY).warning.overdue
    with pytest.raises(ValidationError, match="复查结论"):
        mood.lift(secretary, wid, TODAY, "  ", TODAY)
    mood.record_answer(secretary, wid, "矿工会已补助", TODAY - D, TODAY)
    mood.lift(secretary, wid, TODAY, "复查稳定，解除", TODAY)
    d = mood.warning_detail(secretary, wid, TODAY)
    assert (d.warning.status, d.warning.due_on, d.warning.lifted_on) == (WarningStatus.LIFTED, None, TODAY)
    assert [a.kind for a in d.actions] == [WarningActionKind.ASSIGN, WarningActionKind.TALK, WarningActionKind.HELP,
                                           WarningActionKind.REVIEW, WarningActionKind.LIFT]
    assert d.warning.report_answer == "矿工会已补助"
    with pytest.raises(ValidationError, match="已解除或已升级"):
        mood.record_action(secretary, wid, WarningActionKind.TALK, TODAY, "再谈", TODAY)


@pytest.mark.parametrize("level,talk,review", [(WarningLevel.RED, 1, 7), (WarningLevel.YELLOW, 3, 15),
                                               (WarningLevel.BLUE, 7, 30)])
def test_limits_and_overdue_by_level_with_a_fixed_today(secretary, world, level, talk, review):
    ids, _ = world
    raised = date(2026, 11, 1)
    wid = mood.raise_warning(secretary, ids["乙"], level, "原因", raised, TODAY)
    due = raised + talk * D
    for today, late in ((due, False), (due + D, True)):
        assert mood.warning_detail(secretary, wid, today).warning.overdue is late
    mood.record_action(secretary, wid, WarningActionKind.TALK, raised + D, "谈话", TODAY)
    if level is WarningLevel.RED:
        mood.record_action(secretary, wid, WarningActionKind.HOME_VISIT, raised + 2 * D, "家访", TODAY)
    last = raised + (2 if level is WarningLevel.RED else 1) * D
    w = mood.warning_detail(secretary, wid, TODAY).warning
    assert w.due_on == last + review * D


def test_limits_edited_by_the_secretary_apply_to_new_deadlines(secretary, world):
    ids, ctxs = world
    values = mood.warning_limits(secretary).to_json() | {"yellow_talk_days": 5}
    with pytest.raises(PermissionDenied):
        mood.set_warning_limits(ctxs["zhao"], values)
    with pytest.raises(ValidationError, match="黄色·复查间隔"):
        mood.set_warning_limits(secretary, values | {"yellow_review_days": 0})
    old = mood.raise_warning(secretary, ids["乙"], WarningLevel.YELLOW, "旧", TODAY, TODAY)
    mood.set_warning_limits(secretary, values)
    new = mood.raise_warning(secretary, ids["甲"], WarningLevel.YELLOW, "新", TODAY, TODAY)
    assert mood.warning_detail(secretary, old, TODAY).warning.due_on == TODAY + 3 * D  # a given deadline stays
    assert mood.warning_detail(secretary, new, TODAY).warning.due_on == TODAY + 5 * D
    assert "修改红黄蓝预警处置时限" in _audit(secretary, "修改")


def test_overdue_listed_first_red_before_yellow_before_blue(secretary, world):
    ids, _ = world
    blue_late = mood.raise_warning(secretary, ids["甲"], WarningLevel.BLUE, "b", TODAY - 20 * D, TODAY)
    yellow_late = mood.raise_warning(secretary, ids["乙"], WarningLevel.YELLOW, "y", TODAY - 10 * D, TODAY)
    red_ok = mood.raise_warning(secretary, ids["丙"], WarningLevel.RED, "r", TODAY, TODAY)
    red_late = mood.raise_warning(secretary, ids["丙"], WarningLevel.RED, "r2", TODAY - 5 * D, TODAY)
    rows = mood.list_warnings(secretary, mood.WarningFilter(), TODAY)
    assert [r.id for r in rows] == [red_late, yellow_late, blue_late, red_ok]
    assert mood.badge_count(secretary, TODAY) == 2  # overdue red and yellow


def test_escalation_keeps_the_history(secretary, world):
    ids, _ = world
    blue = mood.raise_warning(secretary, ids["甲"], WarningLevel.BLUE, "情绪波动", TODAY - 9 * D, TODAY)
    mood.assign(secretary, blue, ids["赵"], TODAY - 9 * D, TODAY)
    yellow = mood.escalate(secretary, blue, "多次与班长争执", TODAY - 6 * D, TODAY)
    red = mood.escalate(secretary, yellow, "扬言不干了", TODAY - 2 * D, TODAY)
    with pytest.raises(ValidationError, match="最高等级"):
        mood.escalate(secretary, red, "再升", TODAY, TODAY)
    d = mood.warning_detail(secretary, yellow, TODAY)
    assert [h.id for h in d.history] == [blue, red]
    assert d.warning.status is WarningStatus.ESCALATED and d.warning.escalated_from_id == blue
    r = mood.warning_detail(secretary, red, TODAY).warning
    assert (r.level, r.status, r.assignee) == (WarningLevel.RED, WarningStatus.ASSIGNED, "赵")  # the assignee carried
    assert mood.warning_detail(secretary, blue, TODAY).actions[-1].kind is WarningActionKind.ESCALATE


def test_bad_input_writes_nothing(secretary, world):
    ids, _ = world
    wid = mood.raise_warning(secretary, ids["甲"], WarningLevel.YELLOW, "原因", TODAY - 3 * D, TODAY)
    before = (_count(secretary, MoodWarning), _count(secretary, WarningAction), _count(secretary, AuditEntry))
    with pytest.raises(ValidationError, match="不能早于预警日期"):
        mood.record_action(secretary, wid, WarningActionKind.TALK, TODAY - 4 * D, "谈话", TODAY)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        mood.record_action(secretary, wid, WarningActionKind.TALK, TODAY + D, "谈话", TODAY)
    with pytest.raises(ValidationError, match="请填写处置情况"):
        mood.record_action(secretary, wid, WarningActionKind.TALK, TODAY, "", TODAY)
    with pytest.raises(ValidationError, match="复查结论"):
        mood.lift(secretary, wid, TODAY, "", TODAY)
    with pytest.raises(ValidationError, match="是党员"):
        mood.raise_warning(secretary, ids["赵"], WarningLevel.RED, "原因", TODAY, TODAY)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        mood.raise_warning(secretary, ids["甲"], WarningLevel.RED, "原因", TODAY + D, TODAY)
    with pytest.raises(ValidationError, match="请选择预警等级"):
        mood.raise_warning(secretary, ids["甲"], None, "原因", TODAY, TODAY)
    with pytest.raises(ValidationError, match="未标记为需上报"):
        mood.record_answer(secretary, wid, "答复", TODAY, TODAY)
    after = (_count(secretary, MoodWarning), _count(secretary, WarningAction), _count(secretary, AuditEntry))
    assert after == before


def test_three_roles_views(secretary, world):
    ids, ctxs = world
    zhao, li, viewer = ctxs["zhao"], ctxs["li"], ctxs["chakan"]
    mood.add_entry(secretary, ids["甲"], TODAY, MoodCategory.FAMILY, "孩子生病", TODAY)
    w_jia = mood.raise_warning(secretary, ids["甲"], WarningLevel.RED, "甲的原因", TODAY - 5 * D, TODAY)
    w_bing = mood.raise_warning(secretary, ids["丙"], WarningLevel.YELLOW, "丙的原因", TODAY - 5 * D, TODAY)

    assert {r.name for r in mood.list_files(secretary, mood.FileFilter(), TODAY)} == {"甲", "乙", "丙"}
    files = mood.list_files(zhao, mood.FileFilter(), TODAY)
    assert {r.name for r in files} == {"甲", "乙"} and mood.count_files(zhao, mood.FileFilter(), TODAY) == 2
    assert {r.covering for r in files} == {"赵"}
    assert [r.id for r in mood.list_warnings(zhao, mood.WarningFilter(), TODAY)] == [w_jia]
    assert [r.id for r in mood.list_warnings(li, mood.WarningFilter(), TODAY)] == [w_bing]
    assert mood.badge_count(zhao, TODAY) == 1 and mood.badge_count(viewer, TODAY) == 0
    assert mood.open_file(zhao, ids["甲"], TODAY).entries[0].content == "孩子生病"

    for call in (lambda: mood.list_files(viewer, mood.FileFilter(), TODAY),
                 lambda: mood.list_warnings(viewer, mood.WarningFilter(), TODAY)):
        with pytest.raises(PermissionDenied, match="统计数字"):
            call()
    c = mood.counts(viewer, TODAY)
    assert (c.files, c.open_by_level[WarningLevel.RED], c.overdue_by_level[WarningLevel.YELLOW]) == (2, 1, 1)

    # A 委员 asking the service for a file he does not cover, a viewer, a warning of another's worker.
    for _who, call in ((zhao, lambda: mood.open_file(zhao, ids["丙"], TODAY)),
                      (viewer, lambda: mood.open_file(viewer, ids["甲"], TODAY)),
                      (zhao, lambda: mood.warning_detail(zhao, w_bing, TODAY)),
                      (zhao, lambda: mood.record_action(zhao, w_bing, WarningActionKind.TALK, TODAY, "x", TODAY))):
        with pytest.raises(PermissionDenied):
            call()
    refused = _audit(secretary, "拒绝查看")
    assert len(refused) == 4 and "丙" in refused[0] and "只能查看自己包保的职工" in refused[0]
    views = _audit(secretary, "查看")
    assert views == ["查看职工 甲 的思想动态档案"]

    # the worklist: names for who may see them, counts for the viewer
    titles = {u: [i.title for i in worklist.due_items(c, TODAY) if i.area == "思想动态"]
              for u, c in (("shuji", secretary), ("zhao", zhao), ("chakan", viewer))}
    assert any("甲 红色预警" in t for t in titles["shuji"]) and any("丙 黄色预警" in t for t in titles["shuji"])
    assert titles["zhao"] == ["甲 红色预警：首次谈心谈话已逾期"]
    assert titles["chakan"] == ["2 条红、黄色预警的处置已逾期"]


def test_monthly_analysis_figures_and_exports_by_role(secretary, world, org, tmp_path):
    ids, ctxs = world
    nov = date(2026, 11, 3)
    mood.add_entry(secretary, ids["甲"], nov, MoodCategory.HEALTH, "腰伤", TODAY)
    mood.add_entry(secretary, ids["丙"], nov + D, MoodCategory.MONEY, "房贷", TODAY)
    mood.add_entry(secretary, ids["丙"], date(2026, 10, 5), MoodCategory.MONEY, "十月", TODAY)
    red = mood.raise_warning(secretary, ids["甲"], WarningLevel.RED, "甲红", nov, TODAY, needs_report=True)
    mood.record_action(secretary, red, WarningActionKind.REPORT, nov + D, "上报矿工会", TODAY)
    mood.raise_warning(secretary, ids["丙"], WarningLevel.YELLOW, "丙黄", nov, TODAY)
    blue = mood.raise_warning(secretary, ids["乙"], WarningLevel.BLUE, "乙蓝", date(2026, 10, 10), TODAY)
    mood.record_action(secretary, blue, WarningActionKind.TALK, date(2026, 10, 12), "谈话", TODAY)
    mood.lift(secretary, blue, nov + 2 * D, "稳定", TODAY)
    mood.save_summary(secretary, org["branch"], "2026-11", "本月总体稳定。", nov + 20 * D, TODAY)

    a = mood.monthly_analysis(secretary, "2026-11", org["branch"], TODAY)
    assert a.by_level == {WarningLevel.RED: 1, WarningLevel.YELLOW: 1, WarningLevel.BLUE: 0}
    assert a.by_category[MoodCategory.MONEY] == 1 and a.by_category[MoodCategory.HEALTH] == 1
    assert (a.raised, a.lifted, a.overdue, a.awaiting_count) == (2, 1, 2, 1)
    assert dict((u, (e, w)) for u, e, w in a.by_unit) == {"综采二区": (1, 1), "检修班": (1, 1)}
    assert [x.name for x in a.open_red_yellow] == ["甲", "丙"] and [x.name for x in a.awaiting] == ["甲"]
    assert a.summary == "本月总体稳定。" and a.trend[-1] == ("2026-11", a.by_level)
    assert a.trend[-2][1][WarningLevel.BLUE] == 1 and len(a.trend) == 12
    z = mood.monthly_analysis(ctxs["zhao"], "2026-11", org["branch"], TODAY)
    assert [x.name for x in z.open_red_yellow] == ["甲"] and z.raised == 2  # his workers by name, branch counts
    v = mood.monthly_analysis(ctxs["chakan"], "2026-11", org["branch"], TODAY)
    assert v.open_red_yellow == [] and v.awaiting == [] and v.raised == 2

    texts = {}
    for user, ctx in (("shuji", secretary), ("zhao", ctxs["zhao"]), ("chakan", ctxs["chakan"])):
        pdf, xlsx = tmp_path / f"{user}.pdf", tmp_path / f"{user}.xlsx"
        mood.export_analysis(ctx, "2026-11", org["branch"], pdf, TODAY)
        mood.export_analysis(ctx, "2026-11", org["branch"], xlsx, TODAY)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pages = text.split("\f")
        assert all("内部资料 · 注意保密" in p for p in pages if p.strip())
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "yes" in fonts  # embedded
        rows = fonts.splitlines()[2:]
        assert rows and all(r.split()[-5] == "yes" for r in rows), fonts  # every font, Helvetica too
        wb = load_workbook(xlsx)
        cells = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
        assert all(ws["A1"].value == "内部资料 · 注意保密" and "内部资料" in ws.oddHeader.center.text
                   for ws in wb.worksheets)
        texts[user] = (text, cells)
    assert "甲红" in texts["shuji"][0] and "丙黄" in texts["shuji"][1]
    assert "甲红" in texts["zhao"][0] and "甲红" in texts["zhao"][1]
    assert "丙黄" not in texts["zhao"][0] and "丙黄" not in texts["zhao"][1]
    for t in texts["chakan"]:
        assert "甲" not in t and "丙" not in t and "甲红" not in t
    exports = _audit(secretary, "导出")
    assert len(exports) == 6 and "2026-11" in exports[0] and "shuji.pdf" in exports[0]
    with pytest.raises(ValidationError, match=".pdf 或 .xlsx"):
        mood.export_analysis(secretary, "2026-11", None, tmp_path / "x.doc", TODAY)
    with pytest.raises(ValidationError, match="不正确"):
        mood.monthly_analysis(secretary, "2026-13", None, TODAY)


def test_the_demo_committee_account_covers_workers_with_open_warnings(sqlite_db):
    from dangjian_desktop.services.demo import load_demo

    load_demo(sqlite_db, today=TODAY)
    weiyuan = Ctx(sqlite_db, auth.login(sqlite_db, "weiyuan", "demo1234"))
    shuji = Ctx(sqlite_db, auth.login(sqlite_db, "demo", "demo1234"))
    viewer = Ctx(sqlite_db, auth.login(sqlite_db, "chakan", "demo1234"))
    mine = mood.list_files(weiyuan, mood.FileFilter(), TODAY)
    assert len(mine) >= 5 and mood.count_files(shuji, mood.FileFilter(), TODAY) > 100
    open_mine = mood.list_warnings(weiyuan, mood.WarningFilter(), TODAY)
    assert len(open_mine) >= 3 and {r.worker_id for r in open_mine} <= {f.worker_id for f in mine}
    assert mood.badge_count(weiyuan, TODAY) >= 2
    assert mood.count_warnings(shuji, mood.WarningFilter(), TODAY) > len(open_mine)
    with pytest.raises(PermissionDenied):
        mood.list_warnings(viewer, mood.WarningFilter(), TODAY)


def test_answers_awaited_more_than_14_days_on_the_worklist(secretary, world):
    ids, ctxs = world
    wid = mood.raise_warning(secretary, ids["甲"], WarningLevel.YELLOW, "住房困难", TODAY - 30 * D, TODAY)
    mood.record_action(secretary, wid, WarningActionKind.REPORT, TODAY - 15 * D, "上报矿工会", TODAY)
    fresh = mood.raise_warning(ctxs["zhao"], ids["乙"], WarningLevel.BLUE, "工资疑问", TODAY - 20 * D, TODAY,
                               needs_report=True)
    mood.record_action(ctxs["zhao"], fresh, WarningActionKind.REPORT, TODAY - 3 * D, "已上报", TODAY)

    def titles(ctx: Ctx) -> list[str]:
        return [i.title for i in worklist.due_items(ctx, TODAY) if "答复" in i.title]

    assert titles(secretary) == ["甲 黄色预警：矿上答复已等待15天"]
    assert titles(ctxs["zhao"]) == ["甲 黄色预警：矿上答复已等待15天"] and titles(ctxs["li"]) == []
    assert titles(ctxs["chakan"]) == ["1 条上报事项等待矿上答复超过14天"]
    mood.record_answer(ctxs["zhao"], wid, "已协调", TODAY, TODAY)
    assert titles(secretary) == []
    with pytest.raises(ValidationError, match="不能取消"):
        mood.set_needs_report(secretary, wid, False, TODAY)
