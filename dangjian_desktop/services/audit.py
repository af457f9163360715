"""The audit log: who changed (or read) what, and when. Read by the secretary only.

An entry names its action and its entity with ``AuditAction`` and ``AuditEntity``: the stored
text is the enum's value (the Chinese action, the table name), so entries written before the
enums read the same; the log shows ``AuditEntity.label_of`` (人员, 支部 …).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.security import AuditEntry

from .search import matches_any
from .uow import Actor, Ctx

_Q = TypeVar("_Q", bound=Select)  # any select, its columns kept


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
    DELETE = "删除"  # an empty branch or unit
    CLEAR_DEMO = "清除演示数据"
    REVOKE = "摘牌"  # a zone or post loses its title
    END = "期满"  # a zone or post ended
    REVIEW = "评诺"  # a pledge marked 已践诺 or 未践诺
    CLOSE = "关闭"  # a pledge campaign closed after its review
    VIEW_REFUSED = "拒绝查看"  # a refused read of a mood file (services/mood.py)
    STATUS = "变更状态"  # a hazard moved through its status machine

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
    MONTHLY_SELF_CHECK = "monthly_self_check"
    SUPERVISION_NOTE = "supervision_note"

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
    AuditEntity.MONTHLY_SELF_CHECK: "月考核",
    AuditEntity.SUPERVISION_NOTE: "旬督导",
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


@dataclass(frozen=True)
class AuditFilter:
    """What the log is narrowed to: text, a date range (the PC's local days, both ends included),
    one user (as the log names him) and one area (an entity's stored name)."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    username: str | None = None
    entity: str | None = None


def count_entries(ctx: Ctx, text: str | AuditFilter = "") -> int:
    ctx.actor.require_secretary()
    with ctx.read() as s:
        return s.scalar(_filtered(select(func.count(AuditEntry.id)), text)) or 0


def list_entries(ctx: Ctx, text: str | AuditFilter = "", offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """Newest first."""
    ctx.actor.require_secretary()
    with ctx.read() as s:
        q = _filtered(select(AuditEntry), text).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        return [
            AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary)
            for e in s.scalars(q)
        ]


def filter_choices(ctx: Ctx) -> tuple[list[str], list[tuple[str, str]]]:
    """The users the log names and its areas as (stored name, label), for the filter's drop-downs."""
    ctx.actor.require_secretary()
    with ctx.read() as s:
        users = sorted(s.scalars(select(AuditEntry.username).distinct()))
        entities = list(s.scalars(select(AuditEntry.entity).distinct()))
    return users, sorted(((e, AuditEntity.label_of(e)) for e in entities), key=lambda el: el[1])


def _local_day_start(day: date) -> datetime:
    """The stored (UTC, naive) time at which ``day`` begins on this PC."""
    return datetime.combine(day, time()).astimezone(timezone.utc).replace(tzinfo=None)


def _filtered(q: _Q, f: str | AuditFilter) -> _Q:
    """Entries whose summary, user or action contains the text literally (services/search.py),
    within the dates, of the user and the area."""
    if isinstance(f, str):
        f = AuditFilter(text=f)
    condition = matches_any((AuditEntry.summary, AuditEntry.username, AuditEntry.action), f.text)
    if condition is not None:
        q = q.where(condition)
    if f.date_from is not None:
        q = q.where(AuditEntry.at >= _local_day_start(f.date_from))
    if f.date_to is not None:
        q = q.where(AuditEntry.at < _local_day_start(f.date_to + timedelta(days=1)))
    if f.username:
        q = q.where(AuditEntry.username == f.username)
    if f.entity:
        q = q.where(AuditEntry.entity == f.entity)
    return q


def export_entries(ctx: Ctx, path: Path, f: AuditFilter = AuditFilter()) -> int:
    """The entries ``f`` selects, newest first, to an xlsx file (secretary only; the export is
    itself recorded). Returns how many were written."""
    from dangjian_desktop.exporting.table_xlsx import write_table

    ctx.actor.require_secretary()
    with ctx.read() as s:
        entries = s.execute(_filtered(select(AuditEntry.at, AuditEntry.username, AuditEntry.action,
                                             AuditEntry.entity, AuditEntry.entity_id, AuditEntry.summary), f)
                            .order_by(AuditEntry.id.desc())).all()
    rows = [[at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None), user, action,
             AuditEntity.label_of(entity) + (f" #{entity_id}" if entity_id is not None else ""), summary]
            for at, user, action, entity, entity_id, summary in entries]
    scope = [f"{f.date_from or '最早'} 至 {f.date_to or '今天'}"]
    if f.username:
        scope.append(f"用户 {f.username}")
    if f.entity:
        scope.append(f"对象 {AuditEntity.label_of(f.entity)}")
    if f.text:
        scope.append(f"查找“{f.text}”")
    write_table(Path(path), "审计日志", ["时间", "用户", "操作", "对象", "内容"], rows,
                f"导出日期：{date.today().isoformat()}　范围：{'，'.join(scope)}　共 {len(rows)} 条",
                widths=[20, 16, 12, 18, 80])
    with ctx.uow() as s:
        record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.DATABASE, None,
               f"导出审计日志 {len(rows)} 条（{'，'.join(scope)}）到 {Path(path).name}")
    return len(rows)
