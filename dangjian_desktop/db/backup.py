"""Backup and restore.

A SQLite database is copied with SQLite's online backup API (safe while the program has it
open, unlike a file copy of a WAL database). A PostgreSQL database is backed up into the
same kind of SQLite file, table by table inside one REPEATABLE READ transaction (one
consistent moment), so one restore path serves both.

Every backup is written to a temporary file beside the target (``partials.py``) and moved
onto it only when complete: a backup that fails leaves an existing file of that name as it was. The live
database file (or its -wal/-shm) is never a valid target.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, insert, inspect, select

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import DomainError

from .engine import COMPANIONS, is_sqlite, sqlite_path
from .partials import written_beside

CHUNK = 2000


def _same_path(a: Path, b: Path) -> bool:
    """Whether two names lead to one file (``..``, symlinks, letter case on Windows)."""
    if os.path.normcase(str(a.resolve())) == os.path.normcase(str(b.resolve())):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: not the same file
        return False


def is_database_file(path: Path, database: Path) -> bool:
    """Whether ``path`` is the database file ``database`` or one of its -wal/-shm/-journal files."""
    return any(_same_path(path, Path(f"{database}{suffix}")) for suffix in ("", *COMPANIONS))


def _refuse_live_target(dest: Path, live: Path) -> None:
    if is_database_file(dest, live):
        raise DomainError(f"不能备份到正在使用的数据库文件本身（{dest}）：请另选一个文件夹或文件名。数据未做任何改动。")


def _online_copy(src: Path, dest: Path) -> None:
    # closing(): ``with sqlite3.connect()`` only commits; an open handle would keep Windows
    # from renaming the file afterwards.
    with closing(sqlite3.connect(src)) as s, closing(sqlite3.connect(dest)) as d:
        s.backup(d)


def backup_sqlite_file(src: Path, dest: Path) -> Path:
    """Copy the SQLite database ``src`` into the single file ``dest`` (replaced when complete)."""
    _refuse_live_target(dest, src)
    with written_beside(dest) as tmp:
        _online_copy(src, tmp)
        _to_single_file(tmp)
    return dest


def _to_single_file(path: Path) -> None:
    # A backup should be one self-contained file (for a USB stick): no -wal beside it.
    with closing(sqlite3.connect(path)) as c:
        c.execute("PRAGMA journal_mode=DELETE")


def backup(engine: Engine, dest: Path) -> Path:
    """Write the whole database to ``dest`` (a SQLite file)."""
    src = sqlite_path(str(engine.url))
    if src is not None:
        return backup_sqlite_file(src, dest)
    return _copy_to_sqlite(engine, dest)


def _copy_to_sqlite(engine: Engine, dest: Path) -> Path:
    from .migrate import upgrade  # the copy gets the same schema and alembic revision

    with written_beside(dest) as tmp:  # as for SQLite: a bad target is an OSError
        target = create_engine(f"sqlite:///{tmp}")
        try:
            upgrade(target)
            _copy_tables(engine, target)
            _check_foreign_keys(target)
        finally:
            target.dispose()
        _to_single_file(tmp)
    return dest


def _check_foreign_keys(target: Engine) -> None:
    """Refuse a copy in which a row points at a row that is not there."""
    with target.connect() as c:
        broken = c.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = "、".join(sorted({str(r[0]) for r in broken}))
        raise DomainError(f"备份未完成：复制出的数据中有 {len(broken)} 条记录引用了不存在的数据（{tables}），"
                          "备份文件未写入。请稍后重试；如仍失败，请联系管理员检查数据库。")


def _copy_tables(source: Engine, target: Engine) -> None:
    to_sqlite = is_sqlite(str(target.url))
    with source.connect() as src, target.connect() as dst:
        if to_sqlite:
            # A backup file: references are checked once the copy is complete (_check_foreign_keys),
            # which names the tables, rather than by a bare error at commit.
            dst.exec_driver_sql("PRAGMA foreign_keys=OFF")
            dst.commit()
        if not is_sqlite(str(source.url)):
            # Every table read at one moment: rows written by another office meanwhile are
            # either all in the copy or all out of it, so no row points at a missing one.
            src.execution_options(isolation_level="REPEATABLE READ")
        with src.begin(), dst.begin():
            for table in reversed(Base.metadata.sorted_tables):
                dst.execute(delete(table))
            for table in Base.metadata.sorted_tables:
                result = src.execution_options(stream_results=True).execute(select(table))
                while rows := result.fetchmany(CHUNK):
                    dst.execute(insert(table), [dict(r._mapping) for r in rows])
            if not to_sqlite:
                _reset_sequences(dst)


def _reset_sequences(conn) -> None:
    for table in Base.metadata.sorted_tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        )


def validate_backup_file(path: Path) -> None:
    """Refuse a file that is not a dangjian-desktop database, or is from a newer program."""
    from .migrate import check_not_newer

    if not path.is_file():
        raise DomainError(f"找不到备份文件：{path}")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise DomainError(f"{path.name} 不是本程序的备份文件（无法作为数据库打开）。") from exc
    if not {"alembic_version", "person", "branch"} <= tables:
        raise DomainError(f"{path.name} 不是本程序的备份文件（缺少人员、支部等数据表）。")
    probe = create_engine(f"sqlite:///{path}")
    try:
        check_not_newer(probe)
    finally:
        probe.dispose()


def _unreadable(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file is not a database or is damaged (not merely busy)."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def _safety_copy(engine: Engine, dest: Path) -> Path:
    """The current data, copied aside before a restore replaces it.

    A SQLite file too damaged for the online backup is copied byte for byte (with its -wal),
    so whatever can still be rescued from it is kept.
    """
    try:
        return backup(engine, dest)
    except sqlite3.DatabaseError as exc:
        live = sqlite_path(str(engine.url))
        if live is None or not live.is_file() or not _unreadable(exc):
            raise
        engine.dispose()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(live, dest)
        if Path(f"{live}-wal").is_file():
            shutil.copyfile(f"{live}-wal", f"{dest}-wal")
        return dest


def _restore_sqlite_file(src: Path, dest: Path) -> None:
    """Copy ``src`` over the database file ``dest``, in place when ``dest`` is readable."""
    try:
        _online_copy(src, dest)
    except sqlite3.DatabaseError as exc:
        if not _unreadable(exc):  # busy, read-only …: never replace a file someone holds
            raise
        # ``dest`` is not a readable database (damaged, or not SQLite at all): it cannot be
        # written page by page, so a complete copy replaces it; its old -wal/-shm belong to
        # the damaged file and would be applied to the new one, so they go too.
        backup_sqlite_file(src, dest)
        for suffix in COMPANIONS:
            Path(f"{dest}{suffix}").unlink(missing_ok=True)


def restore(engine: Engine, src: Path, safety_dir: Path) -> Path:
    """Replace the database with ``src``; the current data is backed up into ``safety_dir`` first.

    Returns the path of that safety copy. The restored data is then migrated to this
    program's schema if it came from an older one. Works on a database that cannot be
    opened normally (damaged, or written by a newer program): that is when it is needed.
    """
    from datetime import datetime

    from .migrate import upgrade

    validate_backup_file(src)
    dest = sqlite_path(str(engine.url))
    if dest is not None and is_database_file(src, dest):
        raise DomainError("所选备份文件就是当前正在使用的数据库，不能用它恢复。数据未做任何改动。")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = _safety_copy(engine, safety_dir / f"恢复前自动备份-{stamp}.sqlite")
    engine.dispose()
    if dest is not None:
        _restore_sqlite_file(src, dest)
    else:
        # Migrate a private copy, never the user's backup file itself.
        staged = backup_sqlite_file(src, safety_dir / f"恢复暂存-{stamp}.sqlite")
        source = create_engine(f"sqlite:///{staged}")
        try:
            upgrade(source)  # bring the file to this schema before copying rows across
            _copy_tables(source, engine)
        finally:
            source.dispose()
            staged.unlink(missing_ok=True)
    upgrade(engine)
    return safety


def table_counts(engine: Engine) -> dict[str, int]:
    """Row counts per table, for checks after backup and restore."""
    from sqlalchemy import func

    names = set(inspect(engine).get_table_names())
    with engine.connect() as c:
        return {
            t.name: c.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
            if t.name in names
        }
