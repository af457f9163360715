"""工作台: the listed sources, the foundation's own items at their boundaries, with a fixed today."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import Role
from dangjian_desktop.services import auth, maintenance, roster, worklist
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import Source, Urgency, WorkItem, WorkTarget

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)


def _probationer(ctx, branch, name, no, joined):
    return roster.add_person(ctx, PersonInput(name=name, employee_no=no, branch_id=branch,
                                              political_status=PoliticalStatus.PROBATIONARY,
                                              joined_party_on=joined), TODAY)


def _people_items(ctx: Ctx, today: date = TODAY) -> list[WorkItem]:
    return [i for i in worklist.due_items(ctx, today) if i.area == "人员"]


def test_the_sources_are_listed_once_each():
    keys = [s.key for s in worklist.SOURCES]
    assert {"probation", "backup"} <= set(keys)
    assert len(set(keys)) == len(keys)
    assert all(s.area and callable(s.items) for s in worklist.SOURCES)


def test_probation_items_sorted_overdue_first(sqlite_secretary):
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "运行部党支部")
    liu = _probationer(ctx, b, "刘洋", "P1", date(2025, 12, 4)).id  # ends in 10 days
    _probationer(ctx, b, "陈静", "P2", date(2025, 11, 1))  # ended: overdue
    _probationer(ctx, b, "周明", "P3", date(2026, 6, 1))  # far off: not listed
    items = _people_items(ctx)
    assert [i.title for i in items] == ["陈静 预备期已满，需讨论转正", "刘洋 预备期将满，需讨论转正"]
    assert items[0].urgency is Urgency.OVERDUE and items[1].due_on == date(2026, 12, 4)
    assert items[1].target == WorkTarget("person", liu)


@pytest.mark.parametrize(("ends_in", "urgency", "word"), [
    (-1, Urgency.OVERDUE, "已满"),  # ended yesterday
    (0, Urgency.DUE_TODAY, "已满"),  # ends today
    (30, Urgency.DUE_SOON, "将满"),  # the last day of the notice
    (31, None, None),  # a day beyond it: not yet
])
def test_probation_at_the_due_today_boundary(sqlite_secretary, ends_in, urgency, word):
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "运行部党支部")
    ends = TODAY + timedelta(days=ends_in)
    _probationer(ctx, b, "刘洋", "P1", ends.replace(year=ends.year - 1))
    items = _people_items(ctx)
    if urgency is None:
        assert items == []
        return
    (item,) = items
    assert item.urgency is urgency and item.due_on == ends
    assert item.title == f"刘洋 预备期{word}，需讨论转正"


def test_an_archived_or_full_member_is_not_listed(sqlite_secretary):
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "运行部党支部")
    p = _probationer(ctx, b, "刘洋", "P1", date(2025, 11, 24))
    roster.add_person(ctx, PersonInput(name="张伟", employee_no="P2", branch_id=b, political_status=PoliticalStatus.MEMBER,
                                       joined_party_on=date(2025, 11, 24)), TODAY)
    roster.archive_person(ctx, p.id, p.version, "调离")
    assert _people_items(ctx) == []


def test_backup_reminder_only_with_data_and_writers(sqlite_secretary):
    ctx = sqlite_secretary
    assert not [i for i in worklist.due_items(ctx, TODAY) if i.area == "数据"]  # nothing to lose yet
    b = roster.create_branch(ctx, "运行部党支部")
    roster.add_person(ctx, PersonInput(name="刘洋", employee_no="X1", branch_id=b), TODAY)
    (item,) = [i for i in worklist.due_items(ctx, TODAY) if i.area == "数据"]
    assert item.title == "尚未备份过数据" and item.urgency is Urgency.DUE_TODAY and item.target == WorkTarget("backup")
    assert not [i for i in worklist.due_items(viewer_of(ctx), TODAY) if i.area == "数据"]  # he cannot back up


@pytest.mark.parametrize(("days_ago", "urgency"), [(6, None), (7, Urgency.DUE_TODAY), (8, Urgency.OVERDUE)])
def test_backup_reminder_a_week_after_the_last_backup(sqlite_secretary, tmp_path: Path, days_ago, urgency):
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "运行部党支部")
    roster.add_person(ctx, PersonInput(name="刘洋", employee_no="X1", branch_id=b), TODAY)
    maintenance.backup_to(ctx, tmp_path, today=TODAY - timedelta(days=days_ago))
    items = [i for i in worklist.due_items(ctx, TODAY) if i.area == "数据"]
    if urgency is None:
        assert items == []
        return
    (item,) = items
    assert item.title == f"已{days_ago}天未备份" and item.urgency is urgency
    assert item.due_on == TODAY - timedelta(days=days_ago - 7)


def _source(key: str, title: str, personal: bool = False) -> Source:
    def items(session, actor, today):
        return [WorkItem("测试区", title, "说明", today, Urgency.DUE_TODAY)]

    return Source(key, "测试区", items, personal=personal)


def test_sources_can_be_given_and_a_failing_one_shows_its_own_line(sqlite_secretary, caplog):
    def broken(session, actor, today):
        raise ZeroDivisionError("一个程序错误")

    sources = (*worklist.SOURCES, Source("broken", "隐患台账", broken), _source("after", "示例事项"))
    with caplog.at_level("ERROR", logger="dangjian_desktop.services.worklist"):
        items = worklist.due_items(sqlite_secretary, TODAY, sources=sources)
    failed = [i for i in items if i.area == "隐患台账"]
    assert [(i.title, i.urgency, i.target) for i in failed] == [("该项暂时无法计算", Urgency.DUE_TODAY, None)]
    assert "日志" in failed[0].detail
    assert "示例事项" in [i.title for i in items]  # the source after it still counts
    (record,) = caplog.records
    assert "隐患台账" in record.getMessage() and record.exc_info and record.exc_info[0] is ZeroDivisionError


def test_a_personal_source_only_for_who_may_read_mood_files(sqlite_secretary):
    ctx = sqlite_secretary
    sources = (_source("mood", "思想动态预警", personal=True), _source("public", "公开事项"))

    def titles(c: Ctx) -> list[str]:
        return [i.title for i in worklist.due_items(c, TODAY, sources=sources)]

    assert titles(ctx) == ["公开事项", "思想动态预警"]  # the signed-in 书记
    assert titles(Ctx(ctx.db, auth.cli_actor())) == ["公开事项"]  # the command line, though it acts as 书记
    assert titles(viewer_of(ctx)) == ["公开事项"]
    b = roster.create_branch(ctx, "运行部党支部")
    member = roster.add_person(ctx, PersonInput(name="李卫国", employee_no="Z1", branch_id=b,
                                                political_status=PoliticalStatus.MEMBER), TODAY).id
    auth.create_user(ctx, "weiyuan", "李委员", "secret123", Role.COMMITTEE, person_id=member)
    committee = auth.login(ctx.db, "weiyuan", "secret123")
    assert titles(Ctx(ctx.db, committee)) == ["公开事项", "思想动态预警"]
