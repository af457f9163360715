"""The demo data: every table filled, realistic, deterministic, refused on a non-empty roster."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazards import Hazard, HazardStatus
from dangjian_desktop.domain.inspections import FindingOutcome, InspectionFinding
from dangjian_desktop.domain.mood import MoodEntry, MoodWarning
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.security import AuditEntry, Role
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services.demo import DemoCancelled, load_demo
from dangjian_desktop.services.uow import Database

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)


def test_normal_demo_fills_every_table_next_to_existing_accounts(secretary):
    db = secretary.db  # the fixture's own account "shuji" exists: accounts do not block the demo
    steps: list[tuple[int, str]] = []
    summary = load_demo(db, today=TODAY, progress=lambda pct, step: steps.append((pct, step)))

    counts = table_counts(db.engine)
    empty = [t.name for t in Base.metadata.sorted_tables if counts[t.name] == 0]
    assert empty == []  # alembic_version is not in the metadata; every model table has rows
    assert summary.username == "demo" and summary.password == "demo1234"
    assert summary.counts["支部"] == 2 and summary.counts["人员"] == 220 and summary.counts["党员"] == 44
    assert [p for p, _ in steps] == sorted(p for p, _ in steps) and steps[-1] == (100, "完成")

    with db.read() as s:
        assert set(s.scalars(select(Branch.name))) == {"综采二区党支部", "运行部党支部"}
        assert {"检修班", "运行一班"} <= set(s.scalars(select(WorkUnit.name)))
        statuses = dict(s.execute(select(Person.political_status, func.count()).group_by(Person.political_status)).all())
        assert statuses[PoliticalStatus.PROBATIONARY] >= 2 and statuses[PoliticalStatus.ACTIVIST] >= 2
        probation_dates = s.scalars(select(Person.joined_party_on).where(
            Person.political_status == PoliticalStatus.PROBATIONARY)).all()
        assert all(d is not None and (TODAY - d).days < 365 for d in probation_dates)
        overdue = s.scalar(select(func.count(Hazard.id)).where(Hazard.deadline < TODAY, Hazard.status != HazardStatus.CLOSED))
        assert 0 < overdue < 100
        fail_hazard = s.scalar(select(func.count(Hazard.id)).join(InspectionFinding, Hazard.finding_id == InspectionFinding.id)
                               .where(InspectionFinding.outcome == FindingOutcome.FAIL))
        assert fail_hazard > 0
        moods = s.scalars(select(MoodEntry.content)).all() + s.scalars(select(MoodWarning.reason)).all()
        assert moods and all(m.startswith("【演示】") for m in moods)  # obviously fictional
        audit_rows = s.scalars(select(AuditEntry.action)).all()
        assert "载入演示数据" in audit_rows

    # Ids were given in Python: the next ordinary insert must still get a fresh one (PostgreSQL sequences).
    branch = roster.create_branch(secretary, "检修部党支部")
    assert branch > 2


def test_demo_accounts_log_in_with_their_roles(sqlite_db):
    summary = load_demo(sqlite_db, today=TODAY)
    roles = {a.username: a.role for a in summary.accounts}
    assert roles == {"demo": Role.SECRETARY, "weiyuan": Role.COMMITTEE, "chakan": Role.VIEWER}
    actor = auth.login(sqlite_db, "demo", "demo1234")
    assert actor.role is Role.SECRETARY and actor.display_name == "张书记" and actor.person_id is not None
    member = auth.login(sqlite_db, "weiyuan", "demo1234")
    assert member.role is Role.COMMITTEE and member.person_id is not None  # a 委员 is linked to his member record
    assert auth.login(sqlite_db, "chakan", "demo1234").role is Role.VIEWER


def test_same_seed_same_data_other_seed_other_names(tmp_path):
    def names(seed: int, name: str) -> list[str]:
        db = Database(f"sqlite:///{tmp_path / name}")
        upgrade(db.engine, backup_dir=tmp_path)
        try:
            load_demo(db, seed=seed, today=TODAY)
            with db.read() as s:
                return list(s.scalars(select(Person.name).order_by(Person.id)))
        finally:
            db.dispose()

    first, again, other = names(7, "a.sqlite"), names(7, "b.sqlite"), names(8, "c.sqlite")
    assert first == again
    assert first != other
    assert len(set(first)) == len(first)  # no two people share a name in the normal demo


def test_refused_when_roster_has_people_and_nothing_written(secretary, org):
    before = table_counts(secretary.db.engine)
    with pytest.raises(ValidationError, match="已有人员名册"):
        load_demo(secretary.db, today=TODAY)
    assert table_counts(secretary.db.engine) == before


def test_existing_demo_account_is_kept(sqlite_secretary):
    auth.create_user(sqlite_secretary, "demo", "原来的演示账号", "keepme99", Role.SECRETARY)
    summary = load_demo(sqlite_secretary.db, today=TODAY)
    assert summary.password is None  # not ours to reset
    assert auth.login(sqlite_secretary.db, "demo", "keepme99").display_name == "原来的演示账号"


def test_cancel_writes_nothing_and_viewer_is_refused(sqlite_secretary):
    db = sqlite_secretary.db
    before = table_counts(db.engine)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 4  # after a few steps have already inserted rows

    with pytest.raises(DemoCancelled):
        load_demo(db, today=TODAY, cancelled=cancelled)
    assert table_counts(db.engine) == before
    with pytest.raises(PermissionDenied):
        load_demo(db, today=TODAY, actor=viewer_of(sqlite_secretary).actor)
    with pytest.raises(ValidationError, match="规模"):
        load_demo(db, size="huge")
