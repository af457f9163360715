"""Migration 0002 on a database with data in it (the demo), on SQLite and PostgreSQL.

The demo is written at the newest schema, taken down to 0001 (checked: covering members and
month dates are back), given the untidy rows an older database may hold, and brought up
again: every table keeps its rows (plus the rows the upgrade adds on purpose, counted), the
demo's values come back the same, and the untidy ones are normalised as documented.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, Table, select, text
from sqlalchemy.engine import Connection

from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.engine import is_sqlite
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.assessment import BranchTarget, Commendation, DutyCheck, MonthlySelfCheck, PointRule, QuarterlyReview
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.hazards import Hazard, HazardPhoto, PhotoStage
from dangjian_desktop.domain.mood import MoodAnalysis, MoodFile, MoodWarning
from dangjian_desktop.domain.pairing import Pairing, PairingGoal
from dangjian_desktop.domain.periods import PeriodKind
from dangjian_desktop.domain.pledges import Pledge
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.services.coverage import covering_members
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Database

BASE = "0001_baseline"
TODAY = date.today()  # the migration decides "active" with the real date: the demo is made for it too
NOW = datetime(2026, 11, 1, 8, 0)
PERIODS = {QuarterlyReview: "period", DutyCheck: "period", BranchTarget: "period", Commendation: "period",
           MoodAnalysis: "month", MonthlySelfCheck: "month"}


def _values(db: Database) -> dict[str, Any]:
    """What the upgrade must give back unchanged, read through the model."""
    with db.read() as s:
        files = dict(s.execute(select(MoodFile.id, MoodFile.worker_id)).all())
        return {
            "periods": {m.__tablename__: dict(s.execute(select(m.id, getattr(m, col))).all()) for m, col in PERIODS.items()},
            "due_on": dict(s.execute(select(MoodWarning.id, MoodWarning.due_on)).all()),
            "pledge_branch": dict(s.execute(select(Pledge.id, Pledge.branch_id)).all()),
            "finding": dict(s.execute(select(Hazard.id, Hazard.finding_id)).all()),
            "stage": dict(s.execute(select(HazardPhoto.id, HazardPhoto.stage)).all()),
            "cap_period": dict(s.execute(select(PointRule.id, PointRule.cap_period)).all()),
            "goals": dict(s.execute(select(Pairing.id, Pairing.goals)).all()),
            "coverage": covering_members(s, files.values(), TODAY),
        }


def _table(conn: Connection, name: str) -> Table:
    return Table(name, MetaData(), autoload_with=conn)


def _insert(conn: Connection, table_name: str, /, **values: Any) -> int:
    t = _table(conn, table_name)
    stamps = {"created_at": NOW, "updated_at": NOW}
    return conn.execute(t.insert().values(**stamps, **values).returning(t.c.id)).scalar_one()


def _untidy_rows(conn: Connection) -> dict[str, int]:
    """Rows an older database may hold, written at 0001 with plain SQL."""
    branch, member, member2 = conn.execute(text(
        "SELECT p.branch_id, p.id, (SELECT min(id) FROM person WHERE political_status = '中共党员' AND id <> p.id)"
        " FROM person p WHERE p.political_status = '中共党员' ORDER BY p.id LIMIT 1")).one()
    ids: dict[str, int] = {"member": member, "member2": member2, "branch": branch}
    # A worker whose file names a member who has no pairing with him.
    ids["worker"] = _insert(conn, "person", name="升级测试职工", name_pinyin="sheng ji", employee_no="UPG-1",
                            branch_id=branch, special_post=False, political_status="群众")
    ids["file"] = _insert(conn, "mood_file", worker_id=ids["worker"], covering_member_id=member, opened_on=TODAY + timedelta(days=3))
    # A red warning in 处置中 after the talk: its measures are due 3 days after it was raised.
    raised = TODAY - timedelta(days=1)
    ids["warning"] = _insert(conn, "mood_warning", file_id=ids["file"], level="红", reason="升级测试", raised_on=raised,
                             status="处置中", needs_report=False)
    for kind, day in (("指派", raised), ("谈心谈话", TODAY)):
        _insert(conn, "warning_action", warning_id=ids["warning"], kind=kind, acted_on=day, content="")
    # A second hazard for a finding that already has one.
    finding, first = conn.execute(text("SELECT finding_id, id FROM hazard WHERE finding_id IS NOT NULL ORDER BY id LIMIT 1")).one()
    ids["finding"], ids["first_hazard"] = finding, first
    ids["second_hazard"] = _insert(conn, "hazard", branch_id=branch, found_on=TODAY, description="重复登记", level="一般",
                                   source="党代表巡视", finding_id=finding, deadline=TODAY, status="待整改")
    ids["photo_after"] = _insert(conn, "hazard_photo", hazard_id=first, stage="整改后（复查）", image=b"x")
    ids["photo_before"] = _insert(conn, "hazard_photo", hazard_id=first, stage=" 前", image=b"x")
    for code, cap in (("upg_month", "每月"), ("upg_q", "Q"), ("upg_odd", "随时")):
        ids[code] = _insert(conn, "point_rule", code=code, item=code, points=1, cap_period=cap, evidence_required=False, active=True)
    ids["pairing"] = _insert(conn, "pairing", branch_id=branch, member_id=member2, starts_on=TODAY, goals=["谈心", "喝茶", "技术传帮带", "谈心谈话"],
                             frequency_days=30)
    ids["commendation"] = _insert(conn, "commendation", branch_id=branch, period="2019q3", kind="党员之星", person_id=member, status="提名")
    ids["duty"] = _insert(conn, "duty_check", person_id=member, period="2019年二季度", met=True)
    ids["target"] = _insert(conn, "branch_target", branch_id=branch, period="2019-H1", targets_met=True)
    ids["analysis"] = _insert(conn, "mood_analysis", branch_id=branch, month=date(2019, 1, 1))
    return ids


def _diff(db: Database) -> list:
    with db.engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)


def test_demo_database_down_to_0001_and_up_again_keeps_every_row(any_db: Database):
    load_demo(any_db, today=TODAY)
    counts = table_counts(any_db.engine)
    before = _values(any_db)
    assert all(len(v) == 1 for v in before["coverage"].values())  # the demo covers each file's worker once

    migrate.downgrade(any_db.engine, BASE)
    assert migrate.current_revision(any_db.engine) == BASE
    assert table_counts(any_db.engine) == counts
    with any_db.engine.connect() as conn:
        covering = dict(conn.execute(text("SELECT worker_id, covering_member_id FROM mood_file")).all())
        assert covering == {w: members[0] for w, members in before["coverage"].items()}
        months = dict(conn.execute(select(_table(conn, "mood_analysis").c["id", "month"])).all())
        assert {i: f"{d:%Y-%m}" for i, d in months.items()} == before["periods"]["mood_analysis"]
        assert all(d.day == 1 for d in months.values())
        assert "due_on" not in _table(conn, "mood_warning").c and "branch_id" not in _table(conn, "pledge").c

    with any_db.engine.begin() as conn:
        ids = _untidy_rows(conn)
    untidy = table_counts(any_db.engine)

    migrate.upgrade(any_db.engine)
    assert migrate.current_revision(any_db.engine) == migrate.head_revision()
    assert _diff(any_db) == []
    after_counts = table_counts(any_db.engine)
    added = {"pairing": 1, "pairing_worker": 1}  # the file's member got the pairing he lacked
    audit_added = after_counts.pop("audit_entry") - untidy.pop("audit_entry")
    assert after_counts == {t: n + added.get(t, 0) for t, n in untidy.items()}
    if is_sqlite(any_db.url):
        with any_db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []

    after = _values(any_db)
    for key, old in before.items():
        if key == "coverage":
            continue
        new = after[key]
        if key == "periods":
            assert {t: {i: v for i, v in rows.items() if i in old[t]} for t, rows in new.items()} == old
        else:
            assert {i: v for i, v in new.items() if i in old} == old, key

    with any_db.read() as s:
        # Coverage: the demo's unchanged, and the untidy file's member now covers its worker by a pairing.
        files = list(s.scalars(select(MoodFile.worker_id)))
        assert covering_members(s, files, TODAY) == before["coverage"] | {ids["worker"]: [ids["member"]]}
        made = s.scalars(select(Pairing).where(Pairing.member_id == ids["member"], Pairing.starts_on == TODAY)).one()
        assert made.branch_id == ids["branch"] and made.ends_on is None and "补建" in (made.note or "")
        # due_on by the same rule as the domain's: red, talk done, no measures yet.
        assert s.get(MoodWarning, ids["warning"]).due_on == TODAY - timedelta(days=1) + timedelta(days=3)
        assert s.scalar(select(MoodWarning.due_on).where(MoodWarning.status == "已解除").limit(1)) is None
        assert s.get(Hazard, ids["second_hazard"]).finding_id is None
        assert s.get(Hazard, ids["first_hazard"]).finding_id == ids["finding"]
        assert s.get(HazardPhoto, ids["photo_after"]).stage is PhotoStage.AFTER
        assert s.get(HazardPhoto, ids["photo_before"]).stage is PhotoStage.BEFORE
        assert [s.get(PointRule, ids[c]).cap_period for c in ("upg_month", "upg_q", "upg_odd")] == [
            PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.QUARTER]
        pairing = s.get(Pairing, ids["pairing"])
        assert pairing.goals == [PairingGoal.TALK, PairingGoal.MENTORING] and "喝茶" in (pairing.note or "")
        assert s.get(Commendation, ids["commendation"]).period == "2019Q3"
        assert s.get(DutyCheck, ids["duty"]).period == "2019Q2"
        assert s.get(BranchTarget, ids["target"]).period == "2019H1"
        assert s.get(MoodAnalysis, ids["analysis"]).month == "2019-01"
        pledge_branches = set(s.execute(select(Pledge.branch_id)).scalars())
        assert pledge_branches and None not in pledge_branches
        # What the upgrade decided is in the audit log, under its own name.
        notes = s.execute(select(AuditEntry.entity, AuditEntry.entity_id).where(AuditEntry.username == "数据库升级 0002")).all()
        assert ("pairing", made.id) in notes and ("hazard", ids["second_hazard"]) in notes
        assert ("pairing", ids["pairing"]) in notes and len(notes) == audit_added


def test_an_unreadable_period_stops_the_upgrade_and_changes_nothing(any_db: Database):
    load_demo(any_db, today=TODAY)
    migrate.downgrade(any_db.engine, BASE)
    with any_db.engine.begin() as conn:
        branch = conn.execute(text("SELECT min(id) FROM branch")).scalar_one()
        _insert(conn, "branch_target", branch_id=branch, period="去年", targets_met=True)
        _insert(conn, "point_rule", code="upg_month", item="x", points=1, cap_period="每月", evidence_required=False,
                active=True)
    counts = table_counts(any_db.engine)
    with pytest.raises(DomainError, match="branch_target.*去年.*未做任何改动"):
        migrate.upgrade(any_db.engine)
    assert migrate.current_revision(any_db.engine) == BASE
    assert table_counts(any_db.engine) == counts
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT cap_period FROM point_rule WHERE code = 'upg_month'")).scalar_one() == "每月"
