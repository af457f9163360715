"""工作台: what is due and overdue today, gathered from every area.

The areas that feed it are named in one list, :data:`SOURCES`: a :class:`Source` is a key, the
area's name as the 工作台 shows it, and a function that gets a read session, the actor and
``today`` and returns WorkItems. The pledges, zones, hazards, mood, pairing and assessment
areas each add one line there; nothing registers itself by being imported.

Each source runs on its own: one that raises (a bug, an SQL error) is logged with its
traceback and shows as one line 「该项暂时无法计算」 for its area, and the others still show.
A source decides what its actor may see; one marked ``personal`` (the mood files) is not even
asked for an actor who may not read them (:attr:`Actor.may_read_mood_files`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus
from dangjian_desktop.domain.roster_rules import probation_ends
from dangjian_desktop.domain.security import Setting

from . import assessment, hazards, inspections, mood
from .pledge_progress import behind_items as pledges_behind
from .pledge_progress import unsigned_items as pledges_unsigned
from .uow import UNAVAILABLE_MESSAGE, Actor, Ctx
from .zone_reports import due_reports as zone_due_reports
from .zone_reports import due_suggestions as zone_due_suggestions
from .zone_reports import ending_soon as zones_ending_soon

log = logging.getLogger(__name__)


class Urgency(IntEnum):
    OVERDUE = 0  # listed first
    DUE_TODAY = 1
    DUE_SOON = 2
    INFO = 3

    @property
    def label(self) -> str:
        """The word the 工作台 and ``dangjian-desktop due`` show: 已逾期, 今日到期 …"""
        return URGENCY_LABELS[self]


URGENCY_LABELS = {
    Urgency.OVERDUE: "已逾期",
    Urgency.DUE_TODAY: "今日到期",
    Urgency.DUE_SOON: "近期",
    Urgency.INFO: "提示",
}


@dataclass(frozen=True)
class WorkTarget:
    """What a 工作台 item opens: a kind the tabs know (``person``, ``backup`` …) and a record."""

    kind: str
    record_id: int | None = None


@dataclass(frozen=True)
class WorkItem:
    area: str  # the tab's name: 人员, 安全承诺, 隐患台账 …
    title: str
    detail: str
    due_on: date | None
    urgency: Urgency
    target: WorkTarget | None = None  # None: nothing to open


SourceItems = Callable[[Session, Actor, date], list[WorkItem]]


@dataclass(frozen=True)
class Source:
    """One area's contribution to the 工作台."""

    key: str
    area: str  # the name its items and its error line show
    items: SourceItems
    #: It reads the mood files: asked only for an actor who may read them.
    personal: bool = False


FAILED_TITLE = "该项暂时无法计算"
FAILED_DETAIL = "计算这一项时出错，其他事项不受影响；错误详情已记入日志，请告知维护人员。"


def due_items(ctx: Ctx, today: date, sources: Sequence[Source] | None = None,
              stop: Callable[[], bool] | None = None) -> list[WorkItem]:
    """Every source's items, overdue first, then by date (``sources``: default :data:`SOURCES`).

    A database that cannot be reached at all is a DomainError (said once, not once a source).
    ``stop``: asked before each source; once it says True the sources left are skipped (the
    工作台 reads in a worker thread and stops a read whose window closes).
    """
    items: list[WorkItem] = []
    with ctx.read() as s:
        try:
            s.connection()
        except OperationalError as exc:
            raise DomainError(UNAVAILABLE_MESSAGE) from exc
        for source in SOURCES if sources is None else sources:
            if stop is not None and stop():
                break
            if source.personal and not ctx.actor.may_read_mood_files:
                continue
            items.extend(_run(source, s, ctx.actor, today))
    return sorted(items, key=lambda i: (i.urgency, i.due_on or date.max, i.area, i.title))


def _run(source: Source, s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """One source's items, or its error line. The SAVEPOINT matters on PostgreSQL: an SQL error
    aborts the whole transaction there, and the sources after it would fail too."""
    try:
        with s.begin_nested():
            return list(source.items(s, actor, today))
    except Exception:  # noqa: BLE001 - one area's bug must not empty the whole 工作台
        log.exception("工作台：%s（%s）计算失败", source.area, source.key)
        return [WorkItem(source.area, FAILED_TITLE, FAILED_DETAIL, None, Urgency.DUE_TODAY)]


# ------------------------------------------------------------------ the foundation's own items

PROBATION_NOTICE_DAYS = 30
BACKUP_EVERY_DAYS = 7
LAST_BACKUP_KEY = "last_backup_on"
AREA_PEOPLE = "人员"
AREA_DATA = "数据"


def _probation(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """预备党员 whose one-year probation ends within a month: the branch must discuss 转正."""
    rows = s.execute(
        select(Person.id, Person.name, Person.joined_party_on, Branch.name)
        .join(Branch, Person.branch_id == Branch.id)
        .where(Person.archived_at.is_(None), Person.political_status == PoliticalStatus.PROBATIONARY,
               Person.joined_party_on.is_not(None))
    )
    items = []
    for pid, name, joined, branch in rows:
        if joined is None:  # excluded by the query; for the type checker
            continue
        ends = probation_ends(joined)
        if ends - today > timedelta(days=PROBATION_NOTICE_DAYS):
            continue
        urgency = Urgency.OVERDUE if ends < today else Urgency.DUE_TODAY if ends == today else Urgency.DUE_SOON
        items.append(WorkItem(AREA_PEOPLE, f"{name} 预备期{'已满' if ends <= today else '将满'}，需讨论转正",
                              f"{branch} · 入党日期 {joined:%Y-%m-%d} · 预备期满 {ends:%Y-%m-%d}",
                              ends, urgency, WorkTarget("person", pid)))
    return items


def _backup(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    if not actor.is_secretary:  # only the secretary may back up (a backup holds mood files)
        return []
    last = s.scalar(select(Setting.value).where(Setting.key == LAST_BACKUP_KEY))
    if not s.scalar(select(Person.id).limit(1)):
        return []  # nothing to lose yet
    target = WorkTarget("backup")
    if last is None:
        return [WorkItem(AREA_DATA, "尚未备份过数据", "请在“文件 → 备份数据”中备份到U盘或其他文件夹。", None, Urgency.DUE_TODAY,
                         target)]
    last_on = date.fromisoformat(last)
    due = last_on + timedelta(days=BACKUP_EVERY_DAYS)
    if due > today:
        return []
    return [WorkItem(AREA_DATA, f"已{(today - last_on).days}天未备份", f"上次备份 {last_on:%Y-%m-%d}，建议每周备份一次。",
                     due, Urgency.OVERDUE if due < today else Urgency.DUE_TODAY, target)]


from . import hardship as _hardship  # noqa: E402 - the areas' sources use the names above
from . import pairing_work as _pairing  # noqa: E402

#: Every area that feeds the 工作台, one line each (a new area adds its line here).

SOURCES: tuple[Source, ...] = (
    Source("probation", AREA_PEOPLE, _probation),
    Source("backup", AREA_DATA, _backup),
    Source("zone-reports", "责任区", zone_due_reports),
    Source("zone-suggestions", "责任区", zone_due_suggestions),
    Source("zone-ending", "责任区", zones_ending_soon),
    Source("pledges_unsigned", "安全承诺", pledges_unsigned),
    Source("pledges_behind", "安全承诺", pledges_behind),
    Source("mood_overdue", mood.AREA, mood.worklist_overdue, personal=True),
    Source("mood_answers", mood.AREA, mood.worklist_answers, personal=True),
    Source("mood_counts", mood.AREA, mood.worklist_counts),  # counts only, for whoever may not read names
    Source("pairing_due", "结对帮扶", lambda s, a, t: _pairing.due_items(s, a, t)),
    Source("pairing_uncovered", "结对帮扶", lambda s, a, t: _pairing.uncovered_items(s, a, t)),
    Source("pairing_guarantees", "结对帮扶", lambda s, a, t: _pairing.guarantee_items(s, a, t)),
    Source("hardship_steps", "结对帮扶", lambda s, a, t: _hardship.overdue_step_items(s, a, t)),
    Source("assessment_week", assessment.AREA, assessment.work_unscored),
    Source("assessment_selection", assessment.AREA, assessment.work_selection),
    Source("assessment_late_veto", assessment.AREA, assessment.work_late_vetoes),
    Source("hazard_due_soon", hazards.AREA, hazards.due_soon_items),
    Source("hazard_overdue", hazards.AREA, hazards.overdue_items),
    Source("hazard_awaiting_check", hazards.AREA, hazards.awaiting_check_items),
    Source("inspection_this_week", inspections.AREA, inspections.planned_this_week_items),
)
