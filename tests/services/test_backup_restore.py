"""Backup and restore on SQLite and PostgreSQL (services/maintenance.py, db/backup.py).

A backup is always a single SQLite file; restoring it brings every table's rows back,
after an automatic copy of what was there; a file that is not a backup, or that comes from
a newer program, is refused with a Chinese message and nothing changes.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from dangjian_desktop.db import backup as db_backup
from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.engine import is_sqlite, sqlite_path
from dangjian_desktop.domain.errors import DomainError, PermissionDenied, SchemaTooNew
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, Role
from dangjian_desktop.services import audit, auth, maintenance, roster, worklist
from dangjian_desktop.services.uow import Ctx

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)


def _add(ctx: Ctx, org: dict[str, int], name: str, no: str) -> int:
    return roster.add_person(ctx, PersonInput(
        name=name, employee_no=no, branch_id=org["branch"], unit_id=org["team"],
        political_status=PoliticalStatus.MEMBER, joined_party_on=date(2015, 7, 1)), TODAY).id


def _file_counts(path: Path) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        return table_counts(engine)
    finally:
        engine.dispose()


def _backup_items(ctx: Ctx, today: date) -> list[worklist.WorkItem]:
    return [i for i in worklist.due_items(ctx, today) if i.target == worklist.WorkTarget("backup")]


def test_backup_is_one_sqlite_file_with_every_row(secretary: Ctx, org, tmp_path: Path):
    for i in range(5):
        _add(secretary, org, f"职工{i}", f"G{i:03d}")
    live = table_counts(secretary.db.engine)
    assert live["person"] == 5 and live["work_unit"] == 3 and live["app_user"] == 1

    usb = tmp_path / "U盘"
    usb.mkdir()
    dest = maintenance.backup_to(secretary, usb, today=TODAY)  # a folder: the name is made
    assert dest.parent == usb and dest.name.startswith("党建安全数据备份-") and dest.suffix == ".sqlite"
    assert [p.name for p in usb.iterdir()] == [dest.name]  # self-contained: no -wal, no -shm
    assert _file_counts(dest) == live
    with sqlite3.connect(dest) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert {r[0] for r in c.execute("SELECT name FROM person")} == {f"职工{i}" for i in range(5)}


def test_restore_brings_the_rows_back_after_a_safety_copy(secretary: Ctx, org, tmp_path: Path):
    keep = [_add(secretary, org, f"职工{i}", f"G{i:03d}") for i in range(3)]
    saved = maintenance.backup_to(secretary, tmp_path / "saved.sqlite", today=TODAY)
    at_backup = _file_counts(saved)

    # Changes after the backup: one person archived, two added, a branch added.
    person = roster.get_person(secretary, keep[0])
    roster.archive_person(secretary, keep[0], person.version, "调离")
    _add(secretary, org, "新来的", "N001")
    _add(secretary, org, "又一个", "N002")
    roster.create_branch(secretary, "机电队党支部")
    changed = table_counts(secretary.db.engine)
    assert changed["person"] == 5 and changed["branch"] == 3

    safety = maintenance.restore_from(secretary, saved)

    after = table_counts(secretary.db.engine)
    # Every table as it was in the backup, plus the audit entry of the restore itself and
    # the last-backup date (the file was written before that date was recorded).
    assert {t: n for t, n in after.items() if t not in ("audit_entry", "setting")} == \
        {t: n for t, n in at_backup.items() if t not in ("audit_entry", "setting")}
    assert after["audit_entry"] == at_backup["audit_entry"] + 1
    restored = roster.get_person(secretary, keep[0])
    assert restored.name == "职工0" and roster.count_people(secretary) == 3

    # The automatic copy holds what was there just before the restore.
    assert safety.is_file() and safety != saved
    assert _file_counts(safety) == changed

    # The restored database is a working one (on PostgreSQL: the id sequences were reset).
    new_id = _add(secretary, org, "恢复后新增", "R001")
    assert new_id not in keep
    assert roster.count_people(secretary) == 4


def test_a_text_file_is_refused_and_nothing_changes(secretary: Ctx, org, tmp_path: Path):
    _add(secretary, org, "张三", "A001")
    before = table_counts(secretary.db.engine)
    fake = tmp_path / "备份.sqlite"
    fake.write_text("这不是数据库\n" * 200, encoding="utf-8")
    with pytest.raises(DomainError, match="不是本程序的备份文件"):
        maintenance.restore_from(secretary, fake)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    with pytest.raises(DomainError, match="不是本程序的备份文件"):
        maintenance.restore_from(secretary, other)
    with pytest.raises(DomainError, match="找不到备份文件"):
        maintenance.restore_from(secretary, tmp_path / "missing.sqlite")
    assert table_counts(secretary.db.engine) == before


def test_a_backup_from_a_newer_program_is_refused_and_nothing_changes(secretary: Ctx, org, tmp_path: Path):
    _add(secretary, org, "张三", "A001")
    newer = maintenance.backup_to(secretary, tmp_path / "newer.sqlite", today=TODAY)
    with sqlite3.connect(newer) as c:
        c.execute("UPDATE alembic_version SET version_num = '9001_from_the_future'")
    _add(secretary, org, "李四", "A002")
    before = table_counts(secretary.db.engine)

    with pytest.raises(SchemaTooNew, match="比本程序新"):
        maintenance.restore_from(secretary, newer)
    assert table_counts(secretary.db.engine) == before
    assert migrate.current_revision(secretary.db.engine) == migrate.head_revision()
    with sqlite3.connect(newer) as c:  # the user's file is not touched either
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001_from_the_future"


def test_only_the_secretary_restores(secretary: Ctx, org, tmp_path: Path):
    _add(secretary, org, "张三", "A001")
    saved = maintenance.backup_to(secretary, tmp_path / "saved.sqlite", today=TODAY)
    _add(secretary, org, "李四", "A002")
    with pytest.raises(PermissionDenied):
        maintenance.restore_from(viewer_of(secretary), saved)
    assert roster.count_people(secretary) == 2


def test_backup_clears_the_worklist_item_until_a_week_has_passed(secretary: Ctx, org, tmp_path: Path):
    assert _backup_items(secretary, TODAY) == []  # nothing to lose yet: no people
    _add(secretary, org, "张三", "A001")
    [item] = _backup_items(secretary, TODAY)
    assert item.title == "尚未备份过数据" and item.area == "数据"

    maintenance.backup_to(secretary, tmp_path, today=TODAY)
    assert _backup_items(secretary, TODAY) == []
    assert _backup_items(secretary, TODAY + timedelta(days=6)) == []
    [late] = _backup_items(secretary, TODAY + timedelta(days=8))
    assert late.title == "已8天未备份" and late.urgency is worklist.Urgency.OVERDUE
    assert _backup_items(viewer_of(secretary), TODAY + timedelta(days=8)) == []  # he cannot act on it

    maintenance.backup_to(secretary, tmp_path, today=TODAY + timedelta(days=8))  # updates the date
    assert _backup_items(secretary, TODAY + timedelta(days=8)) == []


def test_backup_into_a_folder_that_cannot_be_written(secretary: Ctx, org, tmp_path: Path):
    _add(secretary, org, "张三", "A001")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DomainError, match="无法写入备份文件"):
        maintenance.backup_to(secretary, blocker / "backup.sqlite", today=TODAY)
    assert len(_backup_items(secretary, TODAY)) == 1  # no backup was recorded


def test_restore_keeps_the_newer_last_backup_date(secretary: Ctx, org, tmp_path: Path):
    _add(secretary, org, "张三", "A001")
    old = maintenance.backup_to(secretary, tmp_path / "old.sqlite", today=TODAY)
    maintenance.backup_to(secretary, tmp_path / "new.sqlite", today=TODAY + timedelta(days=5))
    maintenance.restore_from(secretary, old)  # the old file says TODAY
    # The backup taken five days later still exists: no reminder on that day.
    assert _backup_items(secretary, TODAY + timedelta(days=6)) == []


def _live_file(ctx: Ctx) -> Path:
    path = sqlite_path(ctx.db.url)
    assert path is not None
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith("."))


def test_a_backup_onto_the_live_database_file_is_refused(sqlite_secretary: Ctx, tmp_path: Path):
    live = _live_file(sqlite_secretary)
    roster.create_branch(sqlite_secretary, "综采二区党支部")
    size = live.stat().st_size
    for target in (live, Path(f"{live}-wal"), Path(f"{live}-shm"), live.parent / "sub" / ".." / live.name):
        with pytest.raises(DomainError, match="不能备份到正在使用的数据库文件本身"):
            maintenance.backup_to(sqlite_secretary, target, today=TODAY)
    assert live.stat().st_size == size
    assert [b.name for b in roster.org_tree(sqlite_secretary)] == ["综采二区党支部"]
    assert _backup_items(sqlite_secretary, TODAY) == []  # no people: nothing was recorded either


def test_a_failed_backup_leaves_the_existing_file_as_it_was(sqlite_secretary: Ctx, tmp_path: Path):
    usb = tmp_path / "U盘"
    usb.mkdir()
    roster.create_branch(sqlite_secretary, "综采二区党支部")
    earlier = maintenance.backup_to(sqlite_secretary, usb / "备份.sqlite", today=TODAY)
    good = earlier.read_bytes()

    damaged = tmp_path / "damaged.sqlite"  # a source that breaks off the copy
    damaged.write_bytes(b"not a database" * 500)
    with pytest.raises(sqlite3.DatabaseError):
        db_backup.backup_sqlite_file(damaged, earlier)
    assert earlier.read_bytes() == good  # not deleted first, not half overwritten
    assert _leftovers(usb) == []  # and the temporary file is gone

    # A successful backup replaces the file, as a whole.
    roster.create_branch(sqlite_secretary, "运行部党支部")
    maintenance.backup_to(sqlite_secretary, earlier, today=TODAY)
    assert _file_counts(earlier)["branch"] == 2 and _leftovers(usb) == []


def test_restoring_the_live_database_file_onto_itself_is_refused(sqlite_secretary: Ctx):
    live = _live_file(sqlite_secretary)
    with pytest.raises(DomainError, match="就是当前正在使用的数据库"):
        maintenance.restore_from(sqlite_secretary, live)
    assert auth.has_users(sqlite_secretary.db)


def test_restore_of_a_backup_from_before_the_acting_users_account(secretary: Ctx, org, tmp_path: Path):
    _add(secretary, org, "张三", "A001")
    saved = maintenance.backup_to(secretary, tmp_path / "saved.sqlite", today=TODAY)  # only 王书记 exists
    auth.create_user(secretary, "lishuji", "李书记", "secret123", Role.SECRETARY)
    li = Ctx(secretary.db, auth.login(secretary.db, "lishuji", "secret123"))
    _add(li, org, "李四", "A002")

    maintenance.restore_from(li, saved)

    assert roster.count_people(secretary) == 1
    entry = audit.list_entries(secretary)[0]
    assert entry.action == "恢复" and entry.username == "李书记（lishuji）"
    with secretary.db.read() as s:
        assert s.get(AuditEntry, entry.id).user_id is None  # his account is not in the restored data
    with pytest.raises(PermissionDenied, match="请重新登录"):  # and his open window may write no more
        _add(li, org, "王五", "A003")


def test_restore_keeps_the_link_to_an_account_that_is_in_the_backup(secretary: Ctx, org, tmp_path: Path):
    saved = maintenance.backup_to(secretary, tmp_path / "saved.sqlite", today=TODAY)
    maintenance.restore_from(secretary, saved)
    entry = audit.list_entries(secretary)[0]
    with secretary.db.read() as s:
        assert s.get(AuditEntry, entry.id).user_id == secretary.actor.user_id


def test_a_committee_member_may_neither_back_up_nor_restore(secretary: Ctx, org, tmp_path: Path):
    member = _add(secretary, org, "赵强", "M001")
    auth.create_user(secretary, "weiyuan", "赵强", "secret123", Role.COMMITTEE, person_id=member)
    committee = Ctx(secretary.db, auth.login(secretary.db, "weiyuan", "secret123"))
    saved = maintenance.backup_to(secretary, tmp_path / "saved.sqlite", today=TODAY)
    _add(secretary, org, "李四", "A002")

    with pytest.raises(PermissionDenied):
        maintenance.backup_to(committee, tmp_path / "his.sqlite", today=TODAY)
    assert not (tmp_path / "his.sqlite").exists()
    with pytest.raises(PermissionDenied):
        maintenance.restore_from(committee, saved)
    assert roster.count_people(secretary) == 2


def test_a_disabled_secretary_may_not_back_up_from_a_window_left_open(secretary: Ctx, org, tmp_path: Path):
    auth.create_user(secretary, "lishuji", "李书记", "secret123", Role.SECRETARY)
    li = Ctx(secretary.db, auth.login(secretary.db, "lishuji", "secret123"))
    auth.set_active(secretary, li.actor.user_id, False)
    with pytest.raises(PermissionDenied, match="已被停用"):
        maintenance.backup_to(li, tmp_path / "his.sqlite", today=TODAY)
    assert not (tmp_path / "his.sqlite").exists()
    with pytest.raises(PermissionDenied, match="已被停用"):
        maintenance.restore_from(li, tmp_path / "his.sqlite")


def _postgresql_only(ctx: Ctx) -> None:
    if is_sqlite(ctx.db.url):
        pytest.skip("PostgreSQL 的备份按表复制；SQLite 用在线备份，没有这一步")


def test_postgresql_backup_reads_every_table_at_one_moment(secretary: Ctx, org, tmp_path: Path):
    _postgresql_only(secretary)
    _add(secretary, org, "张三", "A001")
    late: dict[str, int] = {}

    def another_office_writes(_conn, _cursor, statement, *_rest) -> None:
        # Between the copy's read of ``branch`` and its read of ``person``, another office adds
        # a branch and a person in it: the copy must hold both or neither.
        if late or not re.search(r"FROM person\b", statement) or "WHERE" in statement:
            return
        late["branch"] = roster.create_branch(secretary, "后来的党支部")
        late["person"] = roster.add_person(secretary, PersonInput(
            name="后来的人", employee_no="L001", branch_id=late["branch"],
            political_status=PoliticalStatus.MASSES), TODAY).id

    event.listen(secretary.db.engine, "before_cursor_execute", another_office_writes)
    try:
        dest = maintenance.backup_to(secretary, tmp_path / "moment.sqlite", today=TODAY)
    finally:
        event.remove(secretary.db.engine, "before_cursor_execute", another_office_writes)
    assert late, "the copy never read the person table"
    with sqlite3.connect(dest) as c:
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("SELECT name FROM person").fetchall() == [("张三",)]
        assert c.execute("SELECT count(*) FROM branch WHERE name = '后来的党支部'").fetchone()[0] == 0
    assert roster.count_people(secretary) == 2  # the other office's work is in the database itself


def test_postgresql_backup_with_a_broken_reference_is_refused(secretary: Ctx, org, tmp_path: Path):
    _postgresql_only(secretary)
    _add(secretary, org, "张三", "A001")
    earlier = maintenance.backup_to(secretary, tmp_path / "备份.sqlite", today=TODAY)
    good = earlier.read_bytes()
    with secretary.db.engine.begin() as c:
        # Only a superuser can switch reference checks off; here it stands in for a damaged server.
        c.exec_driver_sql("SET LOCAL session_replication_role = replica")
        c.exec_driver_sql("UPDATE audit_entry SET user_id = 999999")
    with pytest.raises(DomainError, match="引用了不存在的数据（audit_entry）"):
        maintenance.backup_to(secretary, earlier, today=TODAY)
    assert earlier.read_bytes() == good and _leftovers(tmp_path) == []
