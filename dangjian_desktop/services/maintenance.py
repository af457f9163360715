"""Opening, upgrading, backing up and restoring the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from dangjian_desktop import paths
from dangjian_desktop.db import backup as db_backup
from dangjian_desktop.db.engine import is_sqlite
from dangjian_desktop.db.migrate import UpgradeResult, upgrade
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.security import Setting, User

from . import audit
from .audit import AuditAction, AuditEntity
from .uow import Ctx, Database


def open_database(url: str | None = None) -> tuple[Database, UpgradeResult]:
    """Open (creating if needed) and migrate the database: what every start does.

    A migration that fails says so in its own words (``migrate.SchemaUpgradeFailed``, a
    DomainError); "cannot connect" is kept for the database not answering before it.
    """
    db = Database(url)
    try:
        result = upgrade(db.engine)
    except DomainError:
        db.dispose()
        raise
    except OperationalError as exc:  # reading the revision: the file or server did not answer
        db.dispose()
        raise _unreachable(db, exc) from exc
    except Exception as exc:
        db.dispose()
        raise DomainError(f"无法打开数据库 {db.description}：{exc}") from exc
    return db, result


def connect_database(url: str | None = None) -> Database:
    """The database without migrating it, for a restore (it may be damaged or newer).

    A server that cannot be reached is refused as open_database refuses it; a SQLite file is
    not read here: the restore copes with one that cannot be read.
    """
    db = Database(url)
    if not is_sqlite(db.url):
        try:
            with db.engine.connect():
                pass
        except OperationalError as exc:
            db.dispose()
            raise _unreachable(db, exc) from exc
    return db


def _unreachable(db: Database, exc: OperationalError) -> DomainError:
    # The driver's first line says what is wrong (refused, no such database …); the
    # rest of SQLAlchemy's text is a link and the SQL, which helps nobody at a desk.
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return DomainError(f"无法连接数据库 {db.description}：{reason}。请检查地址、网络和数据库服务器是否已启动。")


def backup_file_name(now: datetime | None = None) -> str:
    return f"党建安全数据备份-{(now or datetime.now()):%Y%m%d-%H%M%S}.sqlite"


def backup_to(ctx: Ctx, target: Path, today: date | None = None) -> Path:
    """Back up to ``target``: a folder (a file name is made) or a file path.

    Secretary only: a backup holds everything, mood files included. The target may not be
    the live database file; an existing file is replaced only by a complete backup.
    """
    ctx.actor.require_secretary()
    ctx.require_current_account()  # before the file is written, not only when it is recorded
    target = Path(target)
    dest = target / backup_file_name() if target.is_dir() else target
    if dest.suffix.lower() not in (".sqlite", ".db", ".sqlite3"):
        dest = dest.with_suffix(".sqlite")
    try:
        db_backup.backup(ctx.db.engine, dest)
    except OSError as exc:
        raise DomainError(f"无法写入备份文件 {dest}：{exc.strerror or exc}") from exc
    with ctx.uow() as s:
        _set_last_backup(s, (today or date.today()).isoformat())
        audit.record(s, ctx.actor, AuditAction.BACKUP, AuditEntity.DATABASE, None, f"备份数据到 {dest}")
    return dest


def _last_backup(s: Session) -> str | None:
    from .worklist import LAST_BACKUP_KEY  # the 工作台 and every area's sources: not at start

    return s.scalar(select(Setting.value).where(Setting.key == LAST_BACKUP_KEY))


def _set_last_backup(s: Session, stamp: str) -> None:
    from .worklist import LAST_BACKUP_KEY

    setting = s.scalar(select(Setting).where(Setting.key == LAST_BACKUP_KEY))
    if setting is None:
        s.add(Setting(key=LAST_BACKUP_KEY, value=stamp))
    else:
        setting.value = stamp


def restore_from(ctx: Ctx, source: Path) -> Path:
    """Replace all data with a backup; returns the automatic backup of what was there.

    The current database need not be readable (damaged, or from a newer program): that is
    when a restore is needed. The backup is checked in full before anything changes
    (db/backup.py); if the restore fails once the data has been replaced, recording it here
    included, the data from before is put back and the DomainError says so.
    """
    ctx.actor.require_secretary()
    try:
        with ctx.read() as s:
            ctx.check_account(s)
            last_before = _last_backup(s)
    except DatabaseError:  # unreadable: nothing to keep from it, the restore replaces it
        last_before = None
    safety_dir = paths.backups_dir()

    def record(safety: Path) -> None:
        # ctx.db, not ctx: the restored data decides nothing about a restore already done.
        with ctx.db.uow() as s:
            # The restored file carries its own, older date; the backups taken since still exist.
            restored = _last_backup(s)
            if last_before and (restored is None or restored < last_before):
                _set_last_backup(s, last_before)
            actor = ctx.actor
            user = s.get(User, actor.user_id) if actor.user_id is not None else None
            if actor.user_id is not None and (user is None or user.username != actor.username):
                # A backup from before his account existed (or when that id was someone else's):
                # the entry keeps his name (the label) without a link to an account.
                actor = replace(actor, user_id=None)
            audit.record(s, actor, AuditAction.RESTORE, AuditEntity.DATABASE, None,
                         f"从 {source} 恢复数据；恢复前的数据已备份到 {safety}")

    return db_backup.restore(ctx.db.engine, Path(source), safety_dir, then=record)
