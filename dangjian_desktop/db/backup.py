"""Backup and restore.

A SQLite database is copied with SQLite's online backup API (safe while the program has it
open, unlike a file copy of a WAL database). A PostgreSQL database is backed up into the
same kind of SQLite file, table by table, so one restore path serves both.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, insert, inspect, select

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import DomainError

from .engine import is_sqlite, sqlite_path

CHUNK = 2000


def backup_sqlite_file(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        dest.unlink()
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    _to_single_file(dest)
    return dest


def _to_single_file(path: Path) -> None:
    # A backup should be one self-contained file (for a USB stick): no -wal beside it.
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA journal_mode=DELETE")


def backup(engine: Engine, dest: Path) -> Path:
    """Write the whole database to ``dest`` (a SQLite file)."""
    src = sqlite_path(str(engine.url))
    if src is not None:
        return backup_sqlite_file(src, dest)
    return _copy_to_sqlite(engine, dest)


def _copy_to_sqlite(engine: Engine, dest: Path) -> Path:
    from .migrate import upgrade  # the copy gets the same schema and alembic revision

    dest.parent.mkdir(parents=True, exist_ok=True)  # as for SQLite: a bad target is an OSError
    if dest.exists():
        dest.unlink()
    target = create_engine(f"sqlite:///{dest}")
    try:
        upgrade(target)
        _copy_tables(engine, target)
    finally:
        target.dispose()
    _to_single_file(dest)
    return dest


def _copy_tables(source: Engine, target: Engine) -> None:
    with source.connect() as src, target.begin() as dst:
        if is_sqlite(str(target.url)):
            dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for table in reversed(Base.metadata.sorted_tables):
            dst.execute(delete(table))
        for table in Base.metadata.sorted_tables:
            result = src.execution_options(stream_results=True).execute(select(table))
            while rows := result.fetchmany(CHUNK):
                dst.execute(insert(table), [dict(r._mapping) for r in rows])
        if not is_sqlite(str(target.url)):
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
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
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


def restore(engine: Engine, src: Path, safety_dir: Path) -> Path:
    """Replace the database with ``src``; the current data is backed up into ``safety_dir`` first.

    Returns the path of that safety copy. The restored data is then migrated to this
    program's schema if it came from an older one.
    """
    from datetime import datetime

    from .migrate import upgrade

    validate_backup_file(src)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backup(engine, safety_dir / f"恢复前自动备份-{stamp}.sqlite")
    engine.dispose()
    dest = sqlite_path(str(engine.url))
    if dest is not None:
        with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
            s.backup(d)
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
