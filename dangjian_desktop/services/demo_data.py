"""Demo data kept apart from real data: whether the database holds the demo, and clearing it.

``load_demo`` (services/demo) writes the setting ``DEMO_SETTING`` and an audit entry 载入演示数据.
While the setting is there the window says 演示数据 in its title and status bar
(:func:`demo_status`). :func:`clear_demo` (文件 → 清除演示数据, the secretary's) backs the
database up to the backups folder, then in one transaction deletes every row of every table but
the first secretary account (and the account doing it), and records the clearing. This module
is light: the window asks it at every start without loading the demo's builders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, delete, func, select, update

from dangjian_desktop import paths
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.security import AuditEntry, Role, Setting, User

from . import audit, maintenance
from .audit import AuditAction, AuditEntity
from .uow import Ctx
from .worklist import LAST_BACKUP_KEY

DEMO_SETTING = "demo_data"  # marks a demo database: seed, size, the date it was made for, loaded_at

# What a user did that leaves data behind (reads, logins, backups and exports leave none).
_WRITES = tuple(a.value for a in (AuditAction.ADD, AuditAction.EDIT, AuditAction.ARCHIVE, AuditAction.IMPORT,
                                  AuditAction.UNDO_IMPORT, AuditAction.CONFIRM, AuditAction.DELETE,
                                  AuditAction.RESTORE))


@dataclass(frozen=True)
class DemoStatus:
    """The database holds the demo: when it was loaded, and the changes recorded since."""

    loaded_at: datetime | None
    changes_since: int


@dataclass(frozen=True)
class ClearResult:
    backup: Path
    rows_deleted: int
    kept_accounts: tuple[str, ...]


def demo_status(ctx: Ctx) -> DemoStatus | None:
    """None for real data; for a demo database, when it was loaded and what was changed since
    (audit entries of writes after the newest 载入演示数据 entry)."""
    with ctx.read() as s:
        if s.scalar(select(Setting.id).where(Setting.key == DEMO_SETTING)) is None:
            return None
        loaded = s.execute(select(AuditEntry.id, AuditEntry.at).where(AuditEntry.action == AuditAction.LOAD_DEMO.value)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()
        if loaded is None:
            return DemoStatus(None, 0)
        since = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.id > loaded.id,
                                                                 AuditEntry.action.in_(_WRITES))) or 0
        return DemoStatus(loaded.at, since)


def clear_demo(ctx: Ctx, backup_dir: Path | None = None) -> ClearResult:
    """Back up, then empty the demo database back to its first secretary account.

    Secretary only, and only while the database holds the demo. Everything goes in one
    transaction: a failure leaves the data as it was (and the backup beside it).
    """
    ctx.actor.require_secretary()
    if demo_status(ctx) is None:
        raise ValidationError("数据库中没有演示数据，未做任何改动。")
    folder = backup_dir or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    backup = maintenance.backup_to(ctx, folder)
    deleted = 0
    with ctx.uow() as s:
        first = s.scalar(select(User.id).where(User.role == Role.SECRETARY).order_by(User.id).limit(1))
        keep = {i for i in (first, ctx.actor.user_id) if i is not None}
        kept = tuple(s.scalars(select(User.username).where(User.id.in_(keep)).order_by(User.id)))
        s.execute(update(User).where(User.id.in_(keep)).values(person_id=None))  # the people go
        for table in reversed(Base.metadata.sorted_tables):  # children before their parents
            q = delete(table)
            if table.name == User.__tablename__:
                q = q.where(table.c.id.not_in(keep)) if keep else q
            elif table.name == Setting.__tablename__:
                q = q.where(table.c.key != LAST_BACKUP_KEY)  # the backup just taken still counts
            result: CursorResult[Any] = s.execute(q)  # type: ignore[assignment]  # a DELETE's result
            deleted += result.rowcount or 0
        audit.record(s, ctx.actor, AuditAction.CLEAR_DEMO, AuditEntity.DATABASE, None,
                     f"清除演示数据（删除 {deleted} 行，保留账号 {'、'.join(kept) or '无'}）；清除前已备份到 {backup}")
    return ClearResult(backup, deleted, kept)
