"""The audit log: who changed (or read) what, and when. Read by the secretary only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.security import AuditEntry

from .uow import Actor, Ctx


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an entry to the caller's transaction, so it commits or rolls back with the change."""
    session.add(
        AuditEntry(
            user_id=actor.user_id,
            username=actor.label,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
            details=details,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str


def count_entries(ctx: Ctx, text: str = "") -> int:
    ctx.actor.require_secretary()
    with ctx.read() as s:
        return s.scalar(_filtered(select(func.count(AuditEntry.id)), text)) or 0


def list_entries(ctx: Ctx, text: str = "", offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """Newest first."""
    ctx.actor.require_secretary()
    with ctx.read() as s:
        q = _filtered(select(AuditEntry), text).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        return [
            AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary)
            for e in s.scalars(q)
        ]


def _filtered(q, text: str):
    if text:
        like = f"%{text}%"
        q = q.where(AuditEntry.summary.like(like) | AuditEntry.username.like(like) | AuditEntry.action.like(like))
    return q
