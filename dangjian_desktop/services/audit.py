"""The audit log: who changed (or read) what, and when. Read by the secretary only.

An entry names its action and its entity with ``AuditAction`` and ``AuditEntity``: the stored
text is the enum's value (the Chinese action, the table name), so entries written before the
enums read the same; the log shows ``AuditEntity.label_of`` (人员, 支部 …).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.security import AuditEntry

from .search import matches_any
from .uow import Actor, Ctx


class AuditAction(str, Enum):
    """What was done; the value is what the log stores and shows (at most 20 characters)."""

    ADD = "新增"
    EDIT = "修改"
    ARCHIVE = "归档"
    IMPORT = "导入"
    UNDO_IMPORT = "撤销导入"
    LOGIN = "登录"
    BACKUP = "备份"
    RESTORE = "恢复"
    LOAD_DEMO = "载入演示数据"
    VIEW = "查看"  # an audited read (a mood file)
    EXPORT = "导出"
    CONFIRM = "确认"  # a commendation confirmed
    LOGIN_FAILED = "登录失败"  # a wrong password, an unknown or disabled account (services/auth.py)

    @property
    def label(self) -> str:
        return self.value


class AuditEntity(str, Enum):
    """What it was done to: the value is the table's name as stored; ``label`` is what the log shows."""

    USER = "app_user"
    DATABASE = "database"
    SETTING = "setting"
    COMMITTEE = "committee"
    BRANCH = "branch"
    WORK_UNIT = "work_unit"
    PERSON = "person"
    IMPORT_BATCH = "import_batch"
    PLEDGE_CAMPAIGN = "pledge_campaign"
    PLEDGE = "pledge"
    ZONE = "zone"
    ZONE_REPORT = "zone_report"
    SUGGESTION = "suggestion"
    HAZARD = "hazard"
    VIOLATION = "violation"
    ACCIDENT = "accident"
    INSPECTION = "inspection"
    MOOD_FILE = "mood_file"
    MOOD_ENTRY = "mood_entry"
    MOOD_WARNING = "mood_warning"
    MOOD_ANALYSIS = "mood_analysis"
    PAIRING = "pairing"
    GUARANTEE = "guarantee"
    FOLLOW_UP = "follow_up"
    HARDSHIP_PLAN = "hardship_plan"
    WEEKLY_SCORE = "weekly_score"
    QUARTERLY_REVIEW = "quarterly_review"
    COMMENDATION = "commendation"
    POINT_ENTRY = "point_entry"

    @property
    def label(self) -> str:
        return _ENTITY_LABELS[self]

    @classmethod
    def label_of(cls, stored: str) -> str:
        """The label of a stored entity name; an unknown one (an older or newer program's) as it is."""
        try:
            return cls(stored).label
        except ValueError:
            return stored


_ENTITY_LABELS: dict[AuditEntity, str] = {
    AuditEntity.USER: "账号",
    AuditEntity.DATABASE: "数据库",
    AuditEntity.SETTING: "设置",
    AuditEntity.COMMITTEE: "党委",
    AuditEntity.BRANCH: "支部",
    AuditEntity.WORK_UNIT: "区队/班组",
    AuditEntity.PERSON: "人员",
    AuditEntity.IMPORT_BATCH: "名册导入",
    AuditEntity.PLEDGE_CAMPAIGN: "承诺活动",
    AuditEntity.PLEDGE: "安全承诺",
    AuditEntity.ZONE: "责任区/示范岗",
    AuditEntity.ZONE_REPORT: "责任区报告",
    AuditEntity.SUGGESTION: "合理化建议",
    AuditEntity.HAZARD: "隐患",
    AuditEntity.VIOLATION: "三违",
    AuditEntity.ACCIDENT: "事故",
    AuditEntity.INSPECTION: "安全巡视",
    AuditEntity.MOOD_FILE: "思想动态档案",
    AuditEntity.MOOD_ENTRY: "思想动态记录",
    AuditEntity.MOOD_WARNING: "红黄蓝预警",
    AuditEntity.MOOD_ANALYSIS: "思想动态分析",
    AuditEntity.PAIRING: "结对",
    AuditEntity.GUARANTEE: "安全联保责任书",
    AuditEntity.FOLLOW_UP: "结对跟进",
    AuditEntity.HARDSHIP_PLAN: "困难帮扶",
    AuditEntity.WEEKLY_SCORE: "周检查评分",
    AuditEntity.QUARTERLY_REVIEW: "季讲评",
    AuditEntity.COMMENDATION: "评先选优",
    AuditEntity.POINT_ENTRY: "积分",
}


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: AuditEntity,
    entity_id: int | None,
    summary: str,
    details: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Add an entry to the caller's transaction, so it commits or rolls back with the change.

    ``action`` and ``entity`` are stored as their values; a plain string that is not one of them
    is refused (ValueError), so the log only holds what it can label. ``at`` is the time to
    record (default: now), for a service that is given its clock.
    """
    _add(session, actor.user_id, actor.label, action, entity, entity_id, summary, details, at)


def record_unsigned(
    session: Session,
    name: str,
    action: AuditAction,
    entity: AuditEntity,
    entity_id: int | None,
    summary: str,
    details: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Like ``record``, for someone who is not signed in (a failed login): the entry has no user
    and names him by the ``name`` he gave."""
    _add(session, None, name, action, entity, entity_id, summary, details, at)


def _add(session: Session, user_id: int | None, username: str, action: AuditAction, entity: AuditEntity,
         entity_id: int | None, summary: str, details: dict[str, Any] | None, at: datetime | None) -> None:
    entry = AuditEntry(
        user_id=user_id,
        username=username,
        action=AuditAction(action).value,
        entity=AuditEntity(entity).value,
        entity_id=entity_id,
        summary=summary,
        details=details,
    )
    if at is not None:  # else the column's default: now
        entry.at = at
    session.add(entry)


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


def _filtered(q: Select[Any], text: str) -> Select[Any]:
    """Entries whose summary, user or action contains ``text`` literally (services/search.py)."""
    condition = matches_any((AuditEntry.summary, AuditEntry.username, AuditEntry.action), text)
    return q if condition is None else q.where(condition)
