"""A restore changes nothing until the backup has been checked in full; once it has changed
the data, a failure puts the data from before back (db/backup.py, db/checks.py).

Refused before anything is touched: damaged pages, broken references, an empty or unknown
schema version, an older backup whose upgrade fails. Each on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from dangjian_desktop import paths
from dangjian_desktop.db import backup as db_backup
from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.engine import is_sqlite, sqlite_path
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import Setting
from dangjian_desktop.services import audit, maintenance, roster
from dangjian_desktop.services.uow import Ctx

TODAY = date(2026, 11, 24)


def _add(ctx: Ctx, org: dict[str, int], name: str, no: str) -> int:
    return roster.add_person(ctx, PersonInput(
        name=name, employee_no=no, branch_id=org["branch"], unit_id=org["team"],
        political_status=PoliticalStatus.MEMBER, joined_party_on=date(2015, 7, 1)), TODAY).id


def _names(ctx: Ctx) -> list[str]:
    return sorted(p.name for p in roster.list_people(ctx))


def _state(ctx: Ctx) -> tuple[dict[str, int], list[str]]:
    """What must not change when a restore is refused: every table's rows, and the people by name."""
    return table_counts(ctx.db.engine), _names(ctx)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder per test: the safety copies of one test are not another's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def _live_is_whole(ctx: Ctx) -> None:
    live = sqlite_path(ctx.db.url)
    if live is not None:
        with closing(sqlite3.connect(live)) as c:
            assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert migrate.current_revision(ctx.db.engine) == migrate.head_revision()


def _backup_with_a_change(ctx: Ctx, org: dict[str, int], tmp_path: Path) -> tuple[Path, tuple]:
    """A backup of three people; then a fourth is added, so a restore would show."""
    for i in range(3):
        _add(ctx, org, f"职工{i}", f"G{i:03d}")
    saved = maintenance.backup_to(ctx, tmp_path / "saved.sqlite", today=TODAY)
    _add(ctx, org, "备份后新增", "N001")
    return saved, _state(ctx)


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as c:
        c.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            c.execute(statement)
        c.commit()


def _safety_copies() -> list[Path]:
    return sorted(paths.backups_dir().glob("恢复前自动备份-*.sqlite"))


def _damage_pages(path: Path, table: str) -> None:
    """Overwrite the second half of the first page of ``table``'s b-tree (its cells) with garbage."""
    with closing(sqlite3.connect(path)) as c:
        page_size = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0]
    assert root > 1  # sqlite_master itself stays readable: the file still looks like a backup
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size + page_size // 2)
        f.write(bytes(range(256)) * (page_size // 2 // 256))
    with closing(sqlite3.connect(path)) as c:
        try:
            report = c.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:  # "database disk image is malformed"
            report = [(str(exc),)]
    assert report != [("ok",)]


# ------------------------------------------------------------ refused before anything is touched

def test_a_backup_with_damaged_pages_is_refused_and_nothing_changes(secretary: Ctx, org, tmp_path: Path):
    saved, before = _backup_with_a_change(secretary, org, tmp_path)
    _damage_pages(saved, "person")
    damaged = saved.read_bytes()

    with pytest.raises(DomainError, match="已损坏.*当前数据未做任何改动"):
        maintenance.restore_from(secretary, saved)

    assert _state(secretary) == before
    _live_is_whole(secretary)
    assert _safety_copies() == []  # refused before even the safety copy
    assert saved.read_bytes() == damaged  # the user's file is only read


def test_a_backup_with_a_damaged_index_is_refused(secretary: Ctx, org, tmp_path: Path):
    saved, before = _backup_with_a_change(secretary, org, tmp_path)
    with closing(sqlite3.connect(saved)) as c:
        # The index on the names now claims to hold employee numbers: every entry is wrong.
        c.execute("PRAGMA writable_schema=ON")
        c.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_person_name ON person (employee_no)' "
                  "WHERE name = 'ix_person_name'")
        c.commit()
    with closing(sqlite3.connect(saved)) as c:
        report = c.execute("PRAGMA integrity_check").fetchall()  # a report, not an error this time
    assert report != [("ok",)] and "ix_person_name" in str(report)

    with pytest.raises(DomainError, match="已损坏"):
        maintenance.restore_from(secretary, saved)
    assert _state(secretary) == before


def test_a_backup_with_a_broken_reference_is_refused(secretary: Ctx, org, tmp_path: Path):
    saved, before = _backup_with_a_change(secretary, org, tmp_path)
    _sql(saved, "UPDATE person SET branch_id = 9999 WHERE employee_no = 'G001'")
    with pytest.raises(DomainError, match=r"引用了不存在的数据（person）.*当前数据未做任何改动"):
        maintenance.restore_from(secretary, saved)
    assert _state(secretary) == before and _safety_copies() == []


@pytest.mark.parametrize(("change", "message"), [
    ("DELETE FROM alembic_version", "alembic_version 为空"),
    ("UPDATE alembic_version SET version_num = ''", "alembic_version 为空"),
    ("UPDATE alembic_version SET version_num = 'abc_not_ours'", r"版本（abc_not_ours）不是本程序认识的版本"),
    ("INSERT INTO alembic_version VALUES ('0001_other_branch')", "不是本程序认识的版本"),
])
def test_a_backup_with_an_empty_or_unknown_version_is_refused(secretary: Ctx, org, tmp_path: Path,
                                                              change: str, message: str):
    saved, before = _backup_with_a_change(secretary, org, tmp_path)
    _sql(saved, change)
    with pytest.raises(DomainError, match=message):
        maintenance.restore_from(secretary, saved)
    assert _state(secretary) == before and _safety_copies() == []
    _live_is_whole(secretary)


# ------------------------------------------------------------ an older backup, upgraded in a copy

EXTRA_REVISION = '''"""test only: a revision after the baseline, failing on data marked for it"""
from alembic import op
import sqlalchemy as sa

revision = "0999_test_after_baseline"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    marked = op.get_bind().execute(sa.text("SELECT count(*) FROM setting WHERE key = 'test.fail_upgrade'")).scalar()
    if marked:
        raise RuntimeError("this migration fails on purpose")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Turn this program into one with a revision after the baseline; returns a function that does it."""
    folder = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0999_test_after_baseline.py").write_text(
        EXTRA_REVISION.format(down=migrate.head_revision()), encoding="utf-8")

    def upgrade_program(ctx: Ctx) -> None:
        monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
        monkeypatch.setattr(migrate, "HEAD", "0999_test_after_baseline")
        migrate.upgrade(ctx.db.engine, backup_dir=tmp_path / "auto")  # the live database follows
        assert migrate.current_revision(ctx.db.engine) == "0999_test_after_baseline"

    return upgrade_program


def test_an_older_backup_is_upgraded_in_a_copy_not_in_the_users_file(secretary: Ctx, org, tmp_path: Path,
                                                                     newer_program):
    saved, _before = _backup_with_a_change(secretary, org, tmp_path)
    older = migrate.head_revision()  # the backup's revision: this program's before the "upgrade"
    newer_program(secretary)

    safety = maintenance.restore_from(secretary, saved)

    assert _names(secretary) == ["职工0", "职工1", "职工2"]
    assert migrate.current_revision(secretary.db.engine) == "0999_test_after_baseline"
    with closing(sqlite3.connect(saved)) as c:  # the user's file is as it was
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == older
    # Beside the safety copy nothing is left: no staged file, no copy of it from before its upgrade.
    assert sorted(p.name for p in paths.backups_dir().iterdir()) == [safety.name]


def test_an_older_backup_whose_upgrade_fails_changes_nothing(secretary: Ctx, org, tmp_path: Path, newer_program):
    with secretary.db.uow() as s:
        s.add(Setting(key="test.fail_upgrade", value=True))  # in the backup only
    saved, _ = _backup_with_a_change(secretary, org, tmp_path)
    with secretary.db.uow() as s:
        s.delete(s.query(Setting).filter_by(key="test.fail_upgrade").one())
    newer_program(secretary)
    before = _state(secretary)

    with pytest.raises(DomainError, match="升级到本程序的数据结构时出错.*当前数据未做任何改动"):
        maintenance.restore_from(secretary, saved)

    assert _state(secretary) == before and _safety_copies() == []
    assert migrate.current_revision(secretary.db.engine) == "0999_test_after_baseline"
    assert list(paths.backups_dir().iterdir()) == []


# ------------------------------------------------------------ a failure once the data was replaced

@pytest.mark.parametrize("step", ["upgrade", "audit"])
def test_a_failure_after_the_data_was_replaced_puts_it_back(secretary: Ctx, org, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, step: str):
    saved, before = _backup_with_a_change(secretary, org, tmp_path)
    if step == "upgrade":
        real_upgrade = migrate.upgrade

        def failing_upgrade(engine, *args, **kwargs):
            if engine is secretary.db.engine:  # the live database, once the backup is in it
                raise RuntimeError("升级失败（测试）")
            return real_upgrade(engine, *args, **kwargs)

        monkeypatch.setattr(migrate, "upgrade", failing_upgrade)
    else:
        def failing_record(*_args, **_kwargs):
            raise DomainError("操作日志写入失败（测试）")

        monkeypatch.setattr(audit, "record", failing_record)

    with pytest.raises(DomainError, match="已自动恢复为恢复前的数据") as err:
        maintenance.restore_from(secretary, saved)

    [safety] = _safety_copies()
    assert str(safety) in err.value.message
    assert _state(secretary) == before  # the data from before the restore, every row of it
    _live_is_whole(secretary)
    db, _result = maintenance.open_database(secretary.db.url)  # and the program opens it
    db.dispose()


def test_a_failure_after_replacing_a_damaged_database_puts_the_damaged_file_back(
        sqlite_secretary: Ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    ctx = sqlite_secretary
    roster.create_branch(ctx, "综采二区党支部")
    saved = maintenance.backup_to(ctx, tmp_path / "saved.sqlite", today=TODAY)
    live = sqlite_path(ctx.db.url)
    assert live is not None
    ctx.db.dispose()
    damaged = b"\x00garbage after a crash" * 4000
    live.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)

    def failing_record(*_args, **_kwargs):
        raise DomainError("操作日志写入失败（测试）")

    monkeypatch.setattr(audit, "record", failing_record)
    with pytest.raises(DomainError, match="已自动恢复为恢复前的数据"):
        maintenance.restore_from(ctx, saved)
    ctx.db.dispose()
    assert live.read_bytes() == damaged  # as it was: whatever could be rescued from it is still there


def test_postgresql_restore_is_one_transaction(secretary: Ctx, org, tmp_path: Path):
    if is_sqlite(secretary.db.url):
        pytest.skip("SQLite 的恢复是一次在线备份事务；这里测试 PostgreSQL 的按表复制")
    saved, before = _backup_with_a_change(secretary, org, tmp_path)
    failed: list[str] = []

    def fail_once_in_the_middle(_conn, _cursor, statement, *_rest) -> None:
        # The branches are in already when the people are copied: the failure comes mid-way.
        if not failed and statement.startswith("INSERT INTO person"):
            failed.append(statement)
            raise RuntimeError("连接中断（测试）")

    event.listen(secretary.db.engine, "before_cursor_execute", fail_once_in_the_middle)
    try:
        with pytest.raises(DomainError, match="当前数据未改动"):
            maintenance.restore_from(secretary, saved)
    finally:
        event.remove(secretary.db.engine, "before_cursor_execute", fail_once_in_the_middle)
    assert failed and _state(secretary) == before


# ------------------------------------------------------------ temporary files of an interrupted restore

def _make(folder: Path, name: str, age_minutes: float) -> Path:
    path = folder / name
    path.write_bytes(b"partial copy" * 100)
    stamp = time.time() - age_minutes * 60
    os.utime(path, (stamp, stamp))
    return path


def test_a_restore_clears_what_an_interrupted_restore_left(sqlite_secretary: Ctx, tmp_path: Path):
    ctx = sqlite_secretary
    roster.create_branch(ctx, "综采二区党支部")
    saved = maintenance.backup_to(ctx, tmp_path / "saved.sqlite", today=TODAY)
    live = sqlite_path(ctx.db.url)
    assert live is not None
    staged = _make(paths.backups_dir(), "恢复暂存.sqlite.dangjian-partial-zxcv0987.tmp", 30)
    beside_live = _make(live.parent, f"{live.name}.dangjian-partial-poiu6543.tmp", 30)

    safety = db_backup.restore(ctx.db.engine, saved, paths.backups_dir())

    assert not staged.exists() and not beside_live.exists()
    assert sorted(p.name for p in paths.backups_dir().iterdir()) == [safety.name]
