"""工作台 extension point and the foundation's own items, with a fixed today."""

from __future__ import annotations

from datetime import date

from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import roster, worklist
from dangjian_desktop.services.worklist import Urgency, WorkItem


def _probationer(ctx, branch, name, no, joined):
    return roster.add_person(ctx, PersonInput(name=name, employee_no=no, branch_id=branch,
                                              political_status=PoliticalStatus.PROBATIONARY,
                                              joined_party_on=joined), date(2026, 11, 24))


def test_probation_items_sorted_overdue_first(sqlite_secretary):
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "运行部党支部")
    _probationer(ctx, b, "刘洋", "P1", date(2025, 12, 4))  # ends in 10 days
    _probationer(ctx, b, "陈静", "P2", date(2025, 11, 1))  # ended: overdue
    _probationer(ctx, b, "周明", "P3", date(2026, 6, 1))  # far off: not listed
    items = [i for i in worklist.due_items(ctx, date(2026, 11, 24)) if i.area == "人员"]
    assert [i.title for i in items] == ["陈静 预备期已满，需讨论转正", "刘洋 预备期将满，需讨论转正"]
    assert items[0].urgency is Urgency.OVERDUE and items[1].due_on == date(2026, 12, 4)
    assert items[1].target[0] == "person"


def test_backup_reminder_only_with_data_and_writers(sqlite_secretary):
    ctx = sqlite_secretary
    today = date(2026, 11, 24)
    assert not [i for i in worklist.due_items(ctx, today) if i.area == "数据"]  # nothing to lose yet
    b = roster.create_branch(ctx, "运行部党支部")
    roster.add_person(ctx, PersonInput(name="刘洋", employee_no="X1", branch_id=b), today)
    assert [i.title for i in worklist.due_items(ctx, today) if i.area == "数据"] == ["尚未备份过数据"]


def test_a_registered_provider_appears(sqlite_secretary):
    def provider(session, actor, today):
        return [WorkItem("测试区", "示例事项", "说明", today, Urgency.DUE_TODAY)]

    worklist.register("test-area", provider)
    try:
        titles = [i.title for i in worklist.due_items(sqlite_secretary, date(2026, 11, 24))]
        assert "示例事项" in titles
    finally:
        worklist._providers.pop("test-area")
