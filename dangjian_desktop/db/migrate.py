"""Alembic migrations run from the program, with a copy of the SQLite file taken first.

SQLite trap (STACK_NOTES.md): a batch migration rebuilds a table, and with foreign keys ON
that deletes every child row through ON DELETE CASCADE. Migrations therefore run on a
connection with foreign keys OFF, followed by ``PRAGMA foreign_key_check``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dangjian_desktop import paths
from dangjian_desktop.domain.errors import DomainError, SchemaTooNew

from .engine import is_sqlite, sqlite_path
from .migrations import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

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


def _has_user_tables(engine: Engine) -> bool:
    return any(t != "alembic_version" for t in inspect(engine).get_table_names())


def upgrade(engine: Engine, backup_dir: Path | None = None,
            script_location: Path | None = None) -> UpgradeResult:
    """Bring the database to the newest schema; a no-op when it is already there."""
    if script_location is None:
        stored = stored_revision(engine)
        if stored == HEAD:
            return UpgradeResult(stored, stored, None)
    current = check_not_newer(engine, script_location)
    head = head_revision(script_location)
    if current == head:
        return UpgradeResult(current, head, None)

    backup: Path | None = None
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and db_file.exists() and _has_user_tables(engine):
        from .backup import backup_sqlite_file  # local import: backup imports migrate too

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target_dir = backup_dir or paths.backups_dir()
        backup = target_dir / f"{db_file.stem}-升级前-{current or 'none'}-{stamp}.sqlite"
        backup_sqlite_file(db_file, backup)

    from alembic import command

    _run_with_foreign_keys_off(engine, lambda cfg: command.upgrade(cfg, "head"), script_location, backup, "升级")
    return UpgradeResult(current, head, backup)


def downgrade(engine: Engine, revision: str, script_location: Path | None = None) -> None:
    """Take the schema back to ``revision`` (tests, and a developer undoing a revision).

    Runs like ``upgrade``: foreign keys OFF on SQLite, then checked. No copy is taken first:
    whoever downgrades keeps his own.
    """
    from alembic import command

    _run_with_foreign_keys_off(engine, lambda cfg: command.downgrade(cfg, revision), script_location, None, "降级")


def _run_with_foreign_keys_off(engine: Engine, step: Callable[[Config], None],
                               script_location: Path | None, backup: Path | None, verb: str) -> None:
    cfg = alembic_config(script_location)
    sqlite = is_sqlite(str(engine.url))
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            step(cfg)
            if sqlite:
                # Checked before the commit, so a migration that broke references is not kept.
                broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if broken:
                    conn.rollback()
                    kept = f"；升级前的备份在 {backup}" if backup else ""
                    raise DomainError(f"数据库{verb}后外键检查失败（{broken[:5]}），{verb}未生效{kept}")
            conn.commit()
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        except BaseException:
            if sqlite:  # never hand a connection with foreign keys OFF back to the pool
                conn.invalidate()
            raise
