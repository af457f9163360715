"""Opening, upgrading, backing up and restoring the database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from dangjian_desktop import paths
from dangjian_desktop.db import backup as db_backup
from dangjian_desktop.db.migrate import UpgradeResult, upgrade
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.security import Setting

from . import audit
from .uow import Ctx, Database
from .worklist import LAST_BACKUP_KEY


def open_database(url: str | None = None) -> tuple[Database, UpgradeResult]:
    """Open (creating if needed) and migrate the database: what every start does."""
    db = Database(url)
    try:
        result = upgrade(db.engine)
    except DomainError:
        db.dispose()
        raise
    except Exception as exc:
        db.dispose()
        raise DomainError(f"无法打开数据库 {db.description}：{exc}") from exc
    return db, result


def backup_file_name(now: datetime | None = None) -> str:
    return f"党建安全数据备份-{(now or datetime.now()):%Y%m%d-%H%M%S}.sqlite"


def backup_to(ctx: Ctx, target: Path, today: date | None = None) -> Path:
    """Back up to ``target``: a folder (a file name is made) or a file path."""
    target = Path(target)
    dest = target / backup_file_name() if target.is_dir() else target
    if dest.suffix.lower() not in (".sqlite", ".db", ".sqlite3"):
        dest = dest.with_suffix(".sqlite")
    try:
        db_backup.backup(ctx.db.engine, dest)
    except OSError as exc:
        raise DomainError(f"无法写入备份文件 {dest}：{exc.strerror or exc}") from exc
    with ctx.uow() as s:
        setting = s.scalar(select(Setting).where(Setting.key == LAST_BACKUP_KEY))
        stamp = (today or date.today()).isoformat()
        if setting is None:
            s.add(Setting(key=LAST_BACKUP_KEY, value=stamp))
        else:
            setting.value = stamp
        audit.record(s, ctx.actor, "备份", "database", None, f"备份数据到 {dest}")
    return dest


def restore_from(ctx: Ctx, source: Path) -> Path:
    """Replace all data with a backup; returns the automatic backup of what was there."""
    ctx.actor.require_secretary()
    safety = db_backup.restore(ctx.db.engine, Path(source), paths.backups_dir())
    with ctx.uow() as s:
        audit.record(s, ctx.actor, "恢复", "database", None, f"从 {source} 恢复数据；恢复前的数据已备份到 {safety}")
    return safety
