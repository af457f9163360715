"""Demo data kept apart: the marker, the changes counted since, and clearing back to the first account."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, User
from dangjian_desktop.services import auth, demo_data, roster
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Actor, Ctx

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)


def test_demo_is_marked_counted_and_cleared_back_to_the_first_account(secretary, tmp_path):
    assert demo_data.demo_status(secretary) is None  # real (empty) data
    with pytest.raises(ValidationError, match="没有演示数据"):
        demo_data.clear_demo(secretary, tmp_path)
    load_demo(secretary.db, today=TODAY, actor=secretary.actor)
    status = demo_data.demo_status(secretary)
    assert status is not None and status.changes_since == 0 and status.loaded_at is not None

    b = roster.create_branch(secretary, "检修部党支部")
    roster.add_person(secretary, PersonInput(name="张伟", employee_no="Z001", branch_id=b))
    auth.login(secretary.db, "demo", "demo1234", auth.LoginSource.GUI)  # a login changes nothing
    assert demo_data.demo_status(secretary).changes_since == 2

    with pytest.raises(PermissionDenied):
        demo_data.clear_demo(viewer_of(secretary), tmp_path)
    committee = next(a for a in _users(secretary) if a.role.value == "委员")
    with pytest.raises(PermissionDenied):  # a 委员 of the demo
        demo_data.clear_demo(Ctx(secretary.db, committee), tmp_path)
    assert demo_data.demo_status(secretary) is not None

    result = demo_data.clear_demo(secretary, tmp_path / "备份")
    assert result.backup.parent == tmp_path / "备份" and result.backup.stat().st_size > 0
    assert result.kept_accounts == ("shuji",) and result.rows_deleted > 1000
    counts = table_counts(secretary.db.engine)
    left = {t.name: counts[t.name] for t in Base.metadata.sorted_tables if counts[t.name]}
    assert left == {"app_user": 1, "audit_entry": 1, "setting": 1}  # the account, the clearing, the last backup
    assert demo_data.demo_status(secretary) is None and roster.is_empty(secretary)
    with secretary.db.read() as s:
        action, summary = s.execute(select(AuditEntry.action, AuditEntry.summary)).one()
    assert action == "清除演示数据" and str(result.backup) in summary
    assert auth.login(secretary.db, "shuji", "secret123", auth.LoginSource.GUI).username == "shuji"


def _users(ctx: Ctx) -> list[Actor]:
    with ctx.read() as s:
        return [Actor(u.id, u.username, u.display_name, u.role) for u in s.scalars(select(User))]
