"""工作台 sources isolated from each other on a real database: an SQL error in one source leaves
the others' items (on PostgreSQL it would abort the whole transaction without a SAVEPOINT)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import roster, worklist
from dangjian_desktop.services.uow import Ctx, Database
from dangjian_desktop.services.worklist import Source, Urgency, WorkItem

TODAY = date(2026, 11, 24)


def _bad_sql(session, actor, today):
    session.execute(text("SELECT no_such_column FROM no_such_table"))
    return []


def _counts_people(session, actor, today):
    n = session.scalar(text("SELECT count(*) FROM person"))
    return [WorkItem("测试区", f"共 {n} 人", "说明", today, Urgency.INFO)]


def test_an_sql_error_in_one_source_leaves_the_others(secretary: Ctx, org, caplog):
    roster.add_person(secretary, PersonInput(name="刘洋", employee_no="P1", branch_id=org["branch"],
                                             political_status=PoliticalStatus.PROBATIONARY,
                                             joined_party_on=date(2025, 11, 20)), TODAY)
    sources = (Source("bad", "隐患台账", _bad_sql), *worklist.SOURCES, Source("count", "测试区", _counts_people),
               Source("bad2", "结对帮扶", _bad_sql))
    items = worklist.due_items(secretary, TODAY, sources=sources)
    by_area = {i.area: i.title for i in items}
    assert by_area["隐患台账"] == by_area["结对帮扶"] == "该项暂时无法计算"
    assert by_area["人员"] == "刘洋 预备期已满，需讨论转正"  # after the failed one, same transaction
    assert by_area["数据"] == "尚未备份过数据"
    assert by_area["测试区"] == "共 1 人"
    assert len([r for r in caplog.records if r.levelname == "ERROR"]) == 2


def test_an_unreachable_database_is_said_once(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.sqlite'}")
    (tmp_path / "missing" / "dir").rmdir()  # the engine made the folder; without it SQLite cannot open
    from dangjian_desktop.services import auth

    with pytest.raises(DomainError, match="数据库暂时无法使用"):
        worklist.due_items(Ctx(db, auth.cli_actor()), TODAY)
    db.dispose()
