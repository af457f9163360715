"""Backup and restore on SQLite and PostgreSQL (services/maintenance.py, db/backup.py).

A backup is always a single SQLite file; restoring it brings every table's rows back,
after an automatic copy of what was there; a file that is not a backup, or that comes from
a newer program, is refused with a Chinese message and nothing changes.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.domain.errors import DomainError, PermissionDenied, SchemaTooNew
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import maintenance, roster, worklist
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
    return [i for i in worklist.due_items(ctx, today) if i.target[0] == "backup"]


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
