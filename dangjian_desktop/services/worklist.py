"""工作台: what is due and overdue today, gathered from every area.

The extension point: each area registers a provider, a function that gets a read session,
the actor and ``today`` and returns WorkItems. The pledges, zones, hazards, mood, pairing
and assessment issues each add theirs here; the panel only shows what providers return.
A provider decides what its actor may see (mood items show names only to those allowed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus
from dangjian_desktop.domain.roster_rules import probation_ends
from dangjian_desktop.domain.security import Setting

from .uow import Actor, Ctx


class Urgency(IntEnum):
    OVERDUE = 0  # listed first
    DUE_TODAY = 1
    DUE_SOON = 2
    INFO = 3


@dataclass(frozen=True)
class WorkItem:
    area: str  # the tab's name: 人员, 安全承诺, 隐患台账 …
    title: str
    detail: str
    due_on: date | None
    urgency: Urgency
    target: tuple[str, int | None] = ("", None)  # (area key, record id) to open it


Provider = Callable[[Session, Actor, date], list[WorkItem]]
_providers: dict[str, Provider] = {}


def register(key: str, provider: Provider) -> None:
    """Add (or replace) an area's provider."""
    _providers[key] = provider


def due_items(ctx: Ctx, today: date) -> list[WorkItem]:
    """Every provider's items, overdue first, then by date."""
    items: list[WorkItem] = []
    with ctx.read() as s:
        for provider in _providers.values():
            items.extend(provider(s, ctx.actor, today))
    return sorted(items, key=lambda i: (i.urgency, i.due_on or date.max, i.area, i.title))


# ------------------------------------------------------------------ the foundation's own items

PROBATION_NOTICE_DAYS = 30
BACKUP_EVERY_DAYS = 7
LAST_BACKUP_KEY = "last_backup_on"


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
        ends = probation_ends(joined)
        if ends - today > timedelta(days=PROBATION_NOTICE_DAYS):
            continue
        urgency = Urgency.OVERDUE if ends < today else Urgency.DUE_TODAY if ends == today else Urgency.DUE_SOON
        items.append(WorkItem("人员", f"{name} 预备期{'已满' if ends <= today else '将满'}，需讨论转正",
                              f"{branch} · 入党日期 {joined:%Y-%m-%d} · 预备期满 {ends:%Y-%m-%d}",
                              ends, urgency, ("person", pid)))
    return items


def _backup(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    if not actor.is_secretary:  # only the secretary may back up (a backup holds mood files)
        return []
    last = s.scalar(select(Setting.value).where(Setting.key == LAST_BACKUP_KEY))
    if not s.scalar(select(Person.id).limit(1)):
        return []  # nothing to lose yet
    if last is None:
        return [WorkItem("数据", "尚未备份过数据", "请在“文件 → 备份数据”中备份到U盘或其他文件夹。", None, Urgency.DUE_TODAY, ("backup", None))]
    last_on = date.fromisoformat(last)
    due = last_on + timedelta(days=BACKUP_EVERY_DAYS)
    if due > today:
        return []
    return [WorkItem("数据", f"已{(today - last_on).days}天未备份", f"上次备份 {last_on:%Y-%m-%d}，建议每周备份一次。",
                     due, Urgency.OVERDUE if due < today else Urgency.DUE_TODAY, ("backup", None))]


register("probation", _probation)
register("backup", _backup)
