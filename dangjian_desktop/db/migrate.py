"""Alembic migrations run from the program, with a copy of the SQLite file taken first.

Every run is one transaction, on SQLite too (``_one_transaction``): creating the schema of a
new database, or upgrading an old one, happens entirely or not at all, whatever interrupts it.
A schema half-created by an older version is rebuilt or refused (``schema_state``). A failure
is a ``SchemaUpgradeFailed`` whose Chinese message says the database was left as it was.

SQLite trap (STACK_NOTES.md): a batch migration rebuilds a table, and with foreign keys ON
that deletes every child row through ON DELETE CASCADE. Migrations therefore run on a
connection with foreign keys OFF, followed by ``PRAGMA foreign_key_check``.

The copy taken before an upgrade is of a SQLite file that holds data, one per revision and day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, event, inspect, text

from dangjian_desktop import paths
from dangjian_desktop.domain.errors import DomainError, SchemaTooNew

from . import schema_state
from .engine import describe, is_sqlite, sqlite_path
from .migrations import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Alembic is imported only when a migration is due: every daily start checks the stored
# revision against HEAD with one plain query and does not pay ~0.15 s of imports.


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(script_location: Path | None = None) -> Config:
    """``script_location``: another migrations folder (tests try extra revisions this way)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or paths.migrations_dir()))
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine, script_location: Path | None = None) -> str | None:
    """The database's revision; refuses one written by a newer program."""
    from alembic.script import ScriptDirectory

    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config(script_location))
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises a ResolutionError subclass
            raise SchemaTooNew(
                f"数据库版本（{current}）比本程序新，请先升级 dangjian-desktop 再打开它；数据未被改动。"
            ) from exc
    return current


def stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version``, read with plain SQL (None for a new database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, backup_dir: Path | None = None,
            script_location: Path | None = None) -> UpgradeResult:
    """Bring the database to the newest schema; a no-op when it is already there.

    All revisions due run in one transaction: a failure or a kill leaves the database as it was
    (on a new file: no table at all). Raises DomainError with a Chinese message when it fails.
    """
    if script_location is None:
        stored = stored_revision(engine)
        if stored == HEAD:
            return UpgradeResult(stored, stored, None)
    current = check_not_newer(engine, script_location)
    head = head_revision(script_location)
    if current == head:
        return UpgradeResult(current, head, None)
    with engine.connect() as conn:
        found = schema_state.inspect_schema(conn)
    found.refuse_if_unrecoverable(describe(str(engine.url)))  # before any copy: nothing will change

    backup = _copy_before_upgrade(engine, current, backup_dir) if found.has_rows else None

    from alembic import command

    def step(conn: Connection, cfg: Config) -> None:
        # Looked at again inside the transaction: another program may have finished (or filled)
        # it meanwhile, and the rebuild and the upgrade must be one change.
        schema_state.rebuild_if_half_created(conn, describe(str(engine.url)))
        command.upgrade(cfg, "head")

    try:
        _run_in_one_transaction(engine, step, script_location, backup, "升级")
    except DomainError:
        raise
    except Exception as exc:
        log.exception("数据库结构升级失败（%s → %s）", current, head)
        raise SchemaUpgradeFailed.of(exc, engine, current, head, backup) from exc
    return UpgradeResult(current, head, backup)


class SchemaUpgradeFailed(DomainError):
    """The migration itself failed (not the connection before it); nothing was changed.

    ``reason``: the error in the driver's own words ("RuntimeError: …"), for a caller that
    words the message its own way (a restore upgrading its staged copy).
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    @classmethod
    def of(cls, exc: Exception, engine: Engine, current: str | None, head: str,
           backup: Path | None) -> SchemaUpgradeFailed:
        orig = getattr(exc, "orig", None) or exc  # the driver's words, not SQLAlchemy's SQL and link
        first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
        reason = f"{type(orig).__name__}: {first_line}" if first_line else type(orig).__name__
        after = f"升级前的副本：{backup}。" if backup else ""
        if "locked" in first_line:  # SQLite's busy timeout ran out: another program holds the file
            after += "数据库正被其他程序使用（可能正在升级），请稍后重试；如仍失败，"
        return cls(f"数据库结构升级未完成（{current or '新数据库'} → {head}）：{reason}。"
                   f"整个升级已撤销，数据库 {describe(str(engine.url))} 未做任何改动。{after}请把日志文件发给管理员。",
                   reason)


def _copy_before_upgrade(engine: Engine, current: str | None, backup_dir: Path | None) -> Path | None:
    """A SQLite file with data is copied aside before it is migrated.

    One copy per revision and day (``NAME-升级前-REVISION-YYYYMMDD.sqlite``), replaced by the next
    attempt: a failed upgrade changes nothing, so a second copy would only repeat the first, and a
    start retried again and again must not fill the disk with them.
    """
    db_file = sqlite_path(str(engine.url))
    if db_file is None or not db_file.exists():
        return None
    from .backup import backup_sqlite_file  # local import: backup imports migrate too

    target_dir = backup_dir or paths.backups_dir()
    copy = target_dir / f"{db_file.stem}-升级前-{current or 'none'}-{date.today():%Y%m%d}.sqlite"
    return backup_sqlite_file(db_file, copy)


def downgrade(engine: Engine, revision: str, script_location: Path | None = None) -> None:
    """Take the schema back to ``revision`` (tests, and a developer undoing a revision).

    Runs like ``upgrade``: one transaction, foreign keys OFF on SQLite, then checked. No copy is
    taken first: whoever downgrades keeps his own.
    """
    from alembic import command

    _run_in_one_transaction(engine, lambda _conn, cfg: command.downgrade(cfg, revision), script_location, None, "降级")


def _begin_immediate(conn: Connection) -> None:
    # IMMEDIATE: the write lock is taken at once, so a second program starting at the same moment
    # waits (busy timeout) and then finds the schema made, instead of making it a second time.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def _one_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection inside one real transaction, committed when the block succeeds.

    SQLite: pysqlite's legacy transaction handling sends BEGIN only before INSERT, UPDATE and
    DELETE, so every CREATE TABLE and every step of a batch rebuild was committed on its own
    (a kill left some of the tables and an empty alembic_version). SQLite's DDL is transactional:
    SQLAlchemy's recipe for it (documented under the pysqlite dialect) puts the driver in
    autocommit mode, so it sends no BEGIN or COMMIT of its own, and emits the BEGIN itself.
    Foreign keys are turned OFF first (a table rebuild would delete child rows through ON DELETE
    CASCADE; STACK_NOTES.md), outside the transaction, where SQLite ignores that PRAGMA.

    PostgreSQL: DDL is transactional; an advisory lock plays the part of BEGIN IMMEDIATE.
    Alembic sees the connection already in a transaction and neither begins nor commits one.
    """
    sqlite = is_sqlite(str(engine.url))
    with engine.connect() as conn:  # (closing it resets the isolation level for the pool)
        if sqlite:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()  # (SQLAlchemy's own bookkeeping: the driver sent nothing)
            event.listen(conn, "begin", _begin_immediate)
        try:
            with conn.begin():
                if not sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                yield conn
        except BaseException:
            if sqlite:  # never hand a connection with foreign keys OFF back to the pool
                conn.invalidate()
            raise
        if sqlite:
            event.remove(conn, "begin", _begin_immediate)
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


# pg_advisory_xact_lock's key: any number, the same in every copy of the program.
_PG_LOCK_KEY = 0x64616E676A69616E  # "dangjian"


def _run_in_one_transaction(engine: Engine, step: Callable[[Connection, Config], None],
                            script_location: Path | None, backup: Path | None, verb: str) -> None:
    cfg = alembic_config(script_location)
    with _one_transaction(engine) as conn:
        cfg.attributes["connection"] = conn
        step(conn, cfg)
        if is_sqlite(str(engine.url)):
            # Checked before the commit, so a migration that broke references is not kept.
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                kept = f"；升级前的备份在 {backup}" if backup else ""
                raise DomainError(f"数据库{verb}后外键检查失败（{broken[:5]}），{verb}未生效{kept}")
