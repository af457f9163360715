"""The 结对帮扶 area's 工作台 items: follow-ups overdue or due within three days (one line per
member), workers nobody covers (one line per branch, names on opening), guarantees whose term
ends within 30 days. ``services.worklist.SOURCES`` names these functions; hardship steps past
their target date are ``services.hardship.overdue_step_items``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.pairing import DUE_SOON_DAYS, GUARANTEE_NOTICE_DAYS, DueState, Guarantee, Pairing

from .pairing_views import AREA, DueFilter, DueRow, Member, UncoveredFilter, _coverage_of, _list_due, _list_uncovered
from .uow import Actor
from .worklist import Urgency, WorkItem, WorkTarget


def due_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Follow-ups overdue or due within three days: one line per member, naming his workers."""
    per_member: dict[tuple[int, str], list[DueRow]] = defaultdict(list)
    for r in _list_due(s, DueFilter(today, due_only=True), 0, None):
        per_member[(r.member_id, r.member)].append(r)
    items = []
    for (mid, member), rows in per_member.items():
        first = min(r.next_due_on for r in rows)
        late = [r for r in rows if r.state is DueState.OVERDUE]
        names = "、".join(r.worker for r in rows[:8]) + ("等" if len(rows) > 8 else "")
        if late:
            title = f"{member}：{len(late)} 名结对职工跟进已逾期" + (f"，{len(rows) - len(late)} 名即将到期" if len(rows) > len(late) else "")
        else:
            title = f"{member}：{len(rows)} 名结对职工近 {DUE_SOON_DAYS} 天内应跟进"
        urgency = Urgency.OVERDUE if late else Urgency.DUE_TODAY if first <= today else Urgency.DUE_SOON
        items.append(WorkItem(AREA, title, f"{names} · 最早应跟进 {first:%Y-%m-%d}", first, urgency,
                              WorkTarget("pairing_member", mid)))
    return items


def uncovered_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """One line per branch with workers nobody covers today."""
    items = []
    for b in _coverage_of(s, today):
        missing = b.total - b.covered
        if not missing:
            continue
        names = [r.name for r in _list_uncovered(s, UncoveredFilter(today, branch_id=b.branch_id), 0, 10)]
        detail = "、".join(names) + ("等" if missing > len(names) else "") + f" · {b.label}"
        items.append(WorkItem(AREA, f"{b.branch}：{missing} 名职工未包保", detail, None, Urgency.DUE_TODAY,
                              WorkTarget("pairing_uncovered", b.branch_id)))
    return items


def guarantee_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Guarantees of active pairs whose term ends within 30 days (and no later one was signed)."""
    later = aliased(Guarantee)
    newer = select(later.id).where(later.pairing_id == Guarantee.pairing_id, later.term_end > Guarantee.term_end).exists()
    q = (select(Guarantee.id, Guarantee.pairing_id, Guarantee.term_end, Member.name)
         .join(Pairing, Guarantee.pairing_id == Pairing.id).join(Member, Pairing.member_id == Member.id)
         .where(Pairing.active_on(today), Guarantee.term_end >= today,
                Guarantee.term_end <= today + timedelta(days=GUARANTEE_NOTICE_DAYS), ~newer))
    return [WorkItem(AREA, f"{member} 的安全联保责任书将于 {end:%Y-%m-%d} 到期", "请续签安全联保责任书。", end,
                     Urgency.DUE_TODAY if end == today else Urgency.DUE_SOON, WorkTarget("pairing", pid))
            for _gid, pid, end, member in s.execute(q)]
