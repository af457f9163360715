"""Backup and restore.

A SQLite database is copied with SQLite's online backup API (safe while the program has it
open, unlike a file copy of a WAL database). A PostgreSQL database is backed up into the
same kind of SQLite file, table by table inside one REPEATABLE READ transaction (one
consistent moment), so one restore path serves both.

Every backup is written to a temporary file beside the target (``partials.py``) and moved
onto it only when complete: a backup that fails leaves an existing file of that name as it
was. The live database file (or its -wal/-shm) is never a valid target.

A restore changes nothing until the backup has passed every check (``checks.py``) and has
been copied into a temporary file, brought to this program's schema and checked again; only
then is it copied into the live database (SQLite: one online-backup transaction; PostgreSQL:
one transaction). If anything fails after that, the safety copy taken just before is put back.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, insert, inspect, select

from dangjian_desktop import domain, paths  # domain.Base, the full schema, is loaded when first used
from dangjian_desktop.domain.errors import DomainError

from .checks import check_backup_file, check_database_file
from .engine import COMPANIONS, is_sqlite, make_private, sqlite_path
from .partials import partial_file, remove_partial, remove_stale_partials, written_beside

log = logging.getLogger(__name__)

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
            for table in reversed(domain.Base.metadata.sorted_tables):
                dst.execute(delete(table))
            for table in domain.Base.metadata.sorted_tables:
                result = src.execution_options(stream_results=True).execute(select(table))
                while rows := result.fetchmany(CHUNK):
                    dst.execute(insert(table), [dict(r._mapping) for r in rows])
            if not to_sqlite:
                _reset_sequences(dst)


def _reset_sequences(conn) -> None:
    for table in domain.Base.metadata.sorted_tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        )


def validate_backup_file(path: Path) -> str:
    """Refuse a file that is not a whole backup of this program, or is from a newer one.

    Returns its revision. Every check of ``checks.check_backup_file``: integrity, references,
    a known revision. Nothing is written, the file itself least of all.
    """
    return check_backup_file(path)


def _unreadable(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file is not a database or is damaged (not merely busy)."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT")


@dataclass(frozen=True)
class _Safety:
    path: Path
    raw: bool  # a byte copy of a damaged file (with its -wal beside it, if it had one)


def _safety_copy(engine: Engine, dest: Path) -> _Safety:
    """The current data, copied aside before a restore replaces it.

    A SQLite file too damaged for the online backup is copied byte for byte (with its -wal),
    so whatever can still be rescued from it is kept.
    """
    try:
        return _Safety(backup(engine, dest), raw=False)
    except sqlite3.DatabaseError as exc:
        live = sqlite_path(str(engine.url))
        if live is None or not live.is_file() or not _unreadable(exc):
            raise
        engine.dispose()
        with written_beside(dest) as tmp:
            shutil.copyfile(live, tmp)
        if Path(f"{live}-wal").is_file():
            shutil.copyfile(f"{live}-wal", f"{dest}-wal")
            paths.private_file(Path(f"{dest}-wal"))
        return _Safety(dest, raw=True)


def _restore_sqlite_file(src: Path, dest: Path) -> None:
    """Copy ``src`` over the database file ``dest``, in place when ``dest`` is readable.

    In place, SQLite's online backup writes every page in one transaction of ``dest``: it
    either completes or leaves ``dest`` as it was.
    """
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
    make_private(dest)


def _put_back_raw(safety: Path, live: Path) -> None:
    """The byte copy of a damaged database back in place, with its -wal: as it was."""
    for suffix in COMPANIONS:
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    if Path(f"{safety}-wal").is_file():
        shutil.copyfile(f"{safety}-wal", f"{live}-wal")
    with written_beside(live) as tmp:
        shutil.copyfile(safety, tmp)
    make_private(live)


def _stage(src: Path, folder: Path, revision: str) -> Path:
    """A checked copy of the backup ``src`` at this program's schema, in a temporary file.

    The user's file is never migrated itself. Raises DomainError (nothing else touched).
    """
    from .migrate import SchemaUpgradeFailed, head_revision, upgrade

    staged = partial_file(folder, "恢复暂存.sqlite")
    try:
        with closing(sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)) as s, \
                closing(sqlite3.connect(staged)) as d:
            s.backup(d)
        _to_single_file(staged)
        head = head_revision()
        if revision != head:
            engine = create_engine(f"sqlite:///{staged}")
            try:
                # The copy a migration takes first goes beside the staged file and is removed
                # with it (remove_partial): the user's backup file is that copy already.
                upgrade(engine, backup_dir=folder)
            except SchemaUpgradeFailed as exc:  # its own message names the staged file: not for the user
                raise DomainError(f"恢复未进行：备份文件（版本 {revision}）升级到本程序的数据结构时出错"
                                  f"（{exc.reason}）。当前数据未做任何改动。") from exc
            except DomainError as exc:
                raise DomainError(f"恢复未进行：备份文件（版本 {revision}）升级到本程序的数据结构时失败："
                                  f"{exc.message} 当前数据未做任何改动。") from exc
            except Exception as exc:
                log.exception("恢复用的临时副本升级失败")
                raise DomainError(f"恢复未进行：备份文件（版本 {revision}）升级到本程序的数据结构时出错"
                                  f"（{type(exc).__name__}: {exc}）。当前数据未做任何改动。") from exc
            finally:
                engine.dispose()
        check_database_file(staged, head)
    except BaseException:
        remove_partial(staged)
        raise
    return staged


def _swap_in(engine: Engine, staged: Path) -> None:
    """The staged data into the live database, in one transaction (it is all there or none)."""
    live = sqlite_path(str(engine.url))
    engine.dispose()
    if live is not None:
        _restore_sqlite_file(staged, live)
        return
    source = create_engine(f"sqlite:///{staged}")
    try:
        _copy_tables(source, engine)
    finally:
        source.dispose()


def _check_opens(engine: Engine) -> None:
    """The live database opens through the program's engine, and SQLite finds it whole."""
    with engine.connect() as c:
        if is_sqlite(str(engine.url)):
            problems = [str(r[0]) for r in c.exec_driver_sql("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise DomainError(f"数据库检查未通过（{problems[:3]}）")


def _check_restored(engine: Engine) -> None:
    """The live database after the swap: it opens, it is whole, it is at this program's schema."""
    from .migrate import head_revision, stored_revision

    _check_opens(engine)
    revision = stored_revision(engine)
    if revision != head_revision():
        raise DomainError(f"恢复后的数据库版本为 {revision}，应为 {head_revision()}")


def _put_back(engine: Engine, safety: _Safety) -> None:
    """The data from before the restore back in the live database."""
    live = sqlite_path(str(engine.url))
    engine.dispose()
    if live is not None:
        if safety.raw:
            _put_back_raw(safety.path, live)
        else:
            _restore_sqlite_file(safety.path, live)
        return
    source = create_engine(f"sqlite:///{safety.path}")
    try:
        _copy_tables(source, engine)
    finally:
        source.dispose()


def _reason(exc: BaseException) -> str:
    return exc.message.rstrip("。") if isinstance(exc, DomainError) else f"{type(exc).__name__}: {exc}"


def restore(engine: Engine, src: Path, safety_dir: Path, then: Callable[[Path], None] | None = None) -> Path:
    """Replace the database with ``src``; the current data is backed up into ``safety_dir`` first.

    Returns the path of that safety copy. In order, and nothing is changed before step 4:
    1. ``src`` is checked in full (``checks.check_backup_file``);
    2. it is copied into a temporary file, migrated there if it is older, and checked again;
    3. the current data is copied into ``safety_dir``;
    4. the staged data replaces the current data in one transaction;
    5. the database is migrated (a no-op for SQLite), checked, and ``then`` runs (the caller's record
       of the restore). If 5 fails, the safety copy is put back and the DomainError says so.

    Works on a database that cannot be opened normally (damaged, or written by a newer
    program): that is when it is needed.
    """
    from .migrate import upgrade

    src = Path(src)
    live = sqlite_path(str(engine.url))
    if live is not None and is_database_file(src, live):
        raise DomainError("所选备份文件就是当前正在使用的数据库，不能用它恢复。数据未做任何改动。")
    revision = validate_backup_file(src)
    # Temporary files an interrupted restore left: beside the safety copies, beside the database.
    for folder in {safety_dir, *([live.parent] if live is not None else [])}:
        remove_stale_partials(folder)
    staged = _stage(src, safety_dir, revision)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = _safety_copy(engine, safety_dir / f"恢复前自动备份-{stamp}.sqlite")
        try:
            _swap_in(engine, staged)
        except Exception as exc:
            log.exception("恢复时写入数据库失败")
            # One transaction (see _swap_in): the database is as it was.
            raise DomainError(f"恢复失败：{_reason(exc)}。当前数据未改动；恢复前的数据另已备份到 {safety.path}。") from exc
        try:
            upgrade(engine)  # a no-op for a SQLite file: the staged copy is at the head already
            _check_restored(engine)
            if then is not None:
                then(safety.path)
        except Exception as exc:
            log.exception("恢复后的步骤失败，放回恢复前的数据")
            raise _after_failure(engine, safety, exc) from exc
    finally:
        remove_partial(staged)
    return safety.path


def _after_failure(engine: Engine, safety: _Safety, exc: BaseException) -> DomainError:
    """Put the safety copy back; the error to show says whether that worked."""
    try:
        _put_back(engine, safety)
        if not safety.raw:  # (a damaged file is back as it was: it did not open before either)
            _check_opens(engine)  # not the revision: the data from before may be older or newer
    except Exception as again:
        log.exception("放回恢复前的数据失败")
        return DomainError(f"恢复失败：{_reason(exc)}；自动放回恢复前的数据也未成功（{_reason(again)}）。"
                           f"恢复前的数据保存在 {safety.path}，请用“恢复数据”选择这个文件再恢复一次，或联系管理员。")
    return DomainError(f"恢复失败：{_reason(exc)}。已自动恢复为恢复前的数据（副本保存在 {safety.path}）。")


def table_counts(engine: Engine) -> dict[str, int]:
    """Row counts per table, for checks after backup and restore."""
    from sqlalchemy import func

    names = set(inspect(engine).get_table_names())
    with engine.connect() as c:
        return {
            t.name: c.execute(select(func.count()).select_from(t)).scalar_one()
            for t in domain.Base.metadata.sorted_tables
            if t.name in names
        }
