"""A 区队 name is unique in its branch even when two programs create it at the same moment.

The unique index on (branch, parent, name) let NULL parents differ, so two imports that both
created a new top-level 区队 made two of them (3 of 3 runs, SQLite and PostgreSQL). Migration
0003 adds the rule for top-level units (renaming, never deleting, the duplicates already
there); the services turn the collision into a conflict message that names the unit.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import ConflictError, DomainError
from dangjian_desktop.domain.org import WorkUnit
from dangjian_desktop.domain.security import AuditEntry, ImportBatch
from dangjian_desktop.services import roster
from dangjian_desktop.services import roster_import as ri
from dangjian_desktop.services.uow import Ctx

from ..services.roster_files import HEADER, write_xlsx

B1 = "综采二区党支部"
NEW_UNIT = "综采一区"
BEFORE_0003 = "0002_model_corrections"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    """Two rosters, different people, both naming the new 区队 综采一区 (one with a new 班组 in it)."""
    a = write_xlsx(tmp_path / "甲.xlsx", [
        HEADER,
        ["张伟", "男", "A001", B1, NEW_UNIT, "采煤", "群众", None, None],
        ["李娜", "女", "A002", B1, NEW_UNIT, "检修", "群众", None, None],
    ])
    b = write_xlsx(tmp_path / "乙.xlsx", [
        HEADER,
        ["王强", "男", "B001", B1, NEW_UNIT, "采煤", "群众", None, None],
        ["赵敏", "女", "B002", B1, f"{NEW_UNIT}/检修班", "检修", "群众", None, None],
    ])
    return a, b


def _units_named(ctx: Ctx, name: str) -> list[int]:
    with ctx.read() as s:
        return list(s.scalars(select(WorkUnit.id).where(WorkUnit.name == name)))


def _employee_numbers(ctx: Ctx) -> set[str]:
    return {p.employee_no for p in roster.list_people(ctx, roster.PersonFilter(include_archived=True), limit=1000)}


def _import_count(ctx: Ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(ImportBatch)) or 0


# --------------------------------------------------------------- two imports at once

def test_an_import_whose_new_unit_was_created_meanwhile_is_refused_whole(secretary, org, tmp_path, monkeypatch):
    """Deterministic: import 乙 has checked its rows (综采一区 is new) when import 甲 creates it."""
    file_a, file_b = _files(tmp_path)
    plan_a, plan_b = ri.plan_import(secretary, file_a), ri.plan_import(secretary, file_b)
    assert "将新建区队：综采一区（综采二区党支部）" in plan_a.notes and "将新建区队：综采一区（综采二区党支部）" in plan_b.notes

    check = ri._check
    other_done: list[ri.ImportResult] = []
    started = threading.Event()

    def check_then_the_other_import(*args, **kwargs):
        found = check(*args, **kwargs)
        if not started.is_set():  # (the other import's own check passes straight through)
            started.set()
            other_done.append(ri.apply_import(secretary, plan_a))
        return found

    monkeypatch.setattr(ri, "_check", check_then_the_other_import)
    with pytest.raises(ConflictError) as err:
        ri.apply_import(secretary, plan_b)
    assert err.value.message == "区队“综采一区”刚被其他操作创建，未导入任何数据。请重新预览后再导入。"

    assert other_done[0].units_created == 1
    assert len(_units_named(secretary, NEW_UNIT)) == 1
    assert _units_named(secretary, "检修班") == [org["team"]]  # 乙's new 班组 was not written either
    assert _employee_numbers(secretary) == {"A001", "A002"}
    assert _import_count(secretary) == 1


def test_two_imports_in_two_threads_create_one_unit(secretary, org, tmp_path, monkeypatch):
    """Really at once: both have checked their rows before either writes."""
    file_a, file_b = _files(tmp_path)
    plans = [ri.plan_import(secretary, file_a), ri.plan_import(secretary, file_b)]
    both_checked = threading.Barrier(2, timeout=30)
    check = ri._check

    def check_then_wait(*args, **kwargs):
        found = check(*args, **kwargs)
        both_checked.wait()
        return found

    monkeypatch.setattr(ri, "_check", check_then_wait)
    outcomes: list[object] = [None, None]

    def run(i: int) -> None:
        try:
            outcomes[i] = ri.apply_import(secretary, plans[i])
        except Exception as exc:  # noqa: BLE001 - collected and checked below
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    done = [o for o in outcomes if isinstance(o, ri.ImportResult)]
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], ConflictError) and "区队“综采一区”刚被其他操作创建" in refused[0].message
    assert len(_units_named(secretary, NEW_UNIT)) == 1
    winner = "A" if outcomes[0] is done[0] else "B"
    assert {n[0] for n in _employee_numbers(secretary)} == {winner}
    assert _import_count(secretary) == 1


# --------------------------------------------------------------- creating and renaming a unit

def test_a_unit_created_twice_at_once_is_a_clear_conflict(secretary, org, monkeypatch):
    # Both calls passed the check before either wrote: what two programs at once do.
    monkeypatch.setattr(roster, "_require_unit_name_free", lambda *_args: None)
    first = roster.create_unit(secretary, org["branch"], NEW_UNIT)
    with pytest.raises(ConflictError) as err:
        roster.create_unit(secretary, org["branch"], NEW_UNIT)
    assert err.value.message == "区队“综采一区”刚被其他操作创建，请刷新后重试；未做任何修改。"
    assert _units_named(secretary, NEW_UNIT) == [first]
    assert roster.create_unit(secretary, org["branch2"], NEW_UNIT) != first  # another branch: allowed

    with pytest.raises(ConflictError) as err:
        roster.create_unit(secretary, org["branch"], "检修班", parent_id=org["unit"])
    assert err.value.message == "班组“检修班”刚被其他操作创建，请刷新后重试；未做任何修改。"


def test_a_rename_onto_a_name_just_taken_is_a_clear_conflict(secretary, org, monkeypatch):
    other = roster.create_unit(secretary, org["branch"], "掘进一工区")
    monkeypatch.setattr(roster, "_require_unit_name_free", lambda *_args: None)
    with pytest.raises(ConflictError) as err:
        roster.rename_unit(secretary, other, "综采二区")
    assert err.value.message == "区队“综采二区”刚被其他操作创建或改名而来，请刷新后重试；未做任何修改。"
    assert _units_named(secretary, "掘进一工区") == [other]


def test_a_database_made_from_the_models_has_the_rule_too(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'models.sqlite'}")
    try:
        Base.metadata.create_all(engine)
        row = {"branch_id": 1, "parent_id": None, "name": NEW_UNIT, "kind": "区队",
               "created_at": datetime(2026, 11, 1), "updated_at": datetime(2026, 11, 1), "version": 1}
        with engine.begin() as c:
            c.execute(WorkUnit.__table__.insert(), [row])
        with pytest.raises(IntegrityError), engine.begin() as c:
            c.execute(WorkUnit.__table__.insert(), [row])
    finally:
        engine.dispose()


# --------------------------------------------------------------- migration 0003

def _insert_unit(conn, branch: int, name: str, parent: int | None = None) -> int:
    return conn.execute(text(
        "INSERT INTO work_unit (branch_id, parent_id, name, kind, created_at, updated_at, version)"
        " VALUES (:b, :p, :n, :k, :t, :t, 1) RETURNING id"),
        {"b": branch, "p": parent, "n": name, "k": "区队" if parent is None else "班组",
         "t": datetime(2026, 11, 1)}).scalar_one()


def _insert_person(conn, branch: int, unit: int, number: str) -> int:
    return conn.execute(text(
        "INSERT INTO person (name, name_pinyin, employee_no, branch_id, unit_id, special_post, political_status,"
        " created_at, updated_at, version) VALUES (:n, '', :no, :b, :u, false, '群众', :t, :t, 1) RETURNING id"),
        {"n": f"职工{number}", "no": number, "b": branch, "u": unit, "t": datetime(2026, 11, 1)}).scalar_one()


def _names(conn) -> dict[int, str]:
    return dict(conn.execute(text("SELECT id, name FROM work_unit")).all())


def test_0003_renames_the_duplicates_already_there_and_keeps_every_row(secretary, org):
    engine = secretary.db.engine
    migrate.downgrade(engine, BEFORE_0003)
    long_name = "长" * 100
    with engine.begin() as c:
        b1, b2 = org["branch"], org["branch2"]
        first = _insert_unit(c, b1, NEW_UNIT)
        second = _insert_unit(c, b1, NEW_UNIT)
        third = _insert_unit(c, b1, NEW_UNIT)
        taken = _insert_unit(c, b1, "综采一区（重复2）")  # a name the renaming must not take
        elsewhere = _insert_unit(c, b2, NEW_UNIT)  # another branch: not a duplicate
        long_first, long_second = _insert_unit(c, b1, long_name), _insert_unit(c, b1, long_name)
        team = _insert_unit(c, b1, "检修班", parent=second)
        people = {u: _insert_person(c, b1, u, f"P{u}") for u in (first, second, third, team)}
    counts = table_counts(engine)

    migrate.upgrade(engine)
    assert migrate.stored_revision(engine) == migrate.head_revision()
    with engine.connect() as c:
        names = _names(c)
        assert names[first] == NEW_UNIT and names[elsewhere] == NEW_UNIT and names[taken] == "综采一区（重复2）"
        assert names[second] == "综采一区（重复3）" and names[third] == "综采一区（重复4）"
        assert names[long_first] == long_name
        assert len(names[long_second]) == 100 and names[long_second].endswith("（重复2）")
        assert names[team] == "检修班"
        # Every person still in his unit, the team still under its 区队.
        assert dict(c.execute(text("SELECT unit_id, id FROM person WHERE employee_no LIKE 'P%'")).all()) == {
            u: p for u, p in people.items()}
        assert c.execute(text("SELECT parent_id FROM work_unit WHERE id = :t"), {"t": team}).scalar() == second
    after = table_counts(engine)
    assert after.pop("audit_entry") == counts.pop("audit_entry") + 3 and after == counts

    with secretary.read() as s:
        notes = {e.entity_id: (e.entity, e.action, e.summary, e.details)
                 for e in s.scalars(select(AuditEntry).where(AuditEntry.username == "数据库升级 0003"))}
    assert set(notes) == {second, third, long_second}
    entity, action, summary, details = notes[second]
    assert entity == "work_unit" and action == "升级" and "综采一区（重复3）" in summary
    assert details == {"before": NEW_UNIT, "after": "综采一区（重复3）", "kept_unit_id": first}

    # The rule holds in the database from now on, on SQLite and PostgreSQL.
    with pytest.raises(IntegrityError), engine.begin() as c:
        _insert_unit(c, org["branch"], NEW_UNIT)

    # Down and up again: the index goes and comes back; the names stay as they are.
    migrate.downgrade(engine, BEFORE_0003)
    migrate.upgrade(engine)
    with engine.connect() as c:
        assert _names(c) == names
