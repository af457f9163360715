"""The 结对帮扶 area's 工作台 items: follow-ups overdue or due within three days (one line per
member; one per branch for a branch with more than three members due), workers nobody covers (one line per branch, names on opening), guarantees whose term
ends within 30 days. ``services.worklist.SOURCES`` names these functions; hardship steps past
their target date are ``services.hardship.overdue_step_items``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.org import Branch, Person
from dangjian_desktop.domain.pairing import DUE_SOON_DAYS, GUARANTEE_NOTICE_DAYS, DueState, Guarantee, Pairing

from .pairing_views import AREA, DueFilter, DueRow, Member, UncoveredFilter, _coverage_of, _list_due, _list_uncovered
from .uow import Actor
from .worklist import Urgency, WorkItem, WorkTarget

#: A branch with more members due than this gets one line for them on the 工作台 (the large demo
#: has hundreds), which opens the branch's follow-up list (due only); like the hazards' and zones'.
MEMBERS_PER_BRANCH = 3


def due_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Follow-ups overdue or due within three days: one line per member, naming his workers;
    one line per branch for a branch with more than MEMBERS_PER_BRANCH members due."""
    per_member: dict[tuple[int, str], list[DueRow]] = defaultdict(list)
    for r in _list_due(s, DueFilter(today, due_only=True), 0, None):
        per_member[(r.member_id, r.member)].append(r)
    branch_of = _branches_of(s, [mid for mid, _m in per_member])
    per_branch: dict[tuple[int, str] | None, list[tuple[int, str, list[DueRow]]]] = defaultdict(list)
    for (mid, member), rows in per_member.items():
        per_branch[branch_of.get(mid)].append((mid, member, rows))
    items = []
    for branch, members in per_branch.items():
        if branch is not None and len(members) > MEMBERS_PER_BRANCH:
            items.append(_branch_line(branch, [r for _mid, _m, rows in members for r in rows], len(members), today))
        else:
            items += [_member_line(mid, member, rows, today) for mid, member, rows in members]
    return items


def _member_line(mid: int, member: str, rows: list[DueRow], today: date) -> WorkItem:
    first = min(r.next_due_on for r in rows)
    late = [r for r in rows if r.state is DueState.OVERDUE]
    names = "、".join(r.worker for r in rows[:8]) + ("等" if len(rows) > 8 else "")
    if late:
        title = f"{member}：{len(late)} 名结对职工跟进已逾期" + (f"，{len(rows) - len(late)} 名即将到期" if len(rows) > len(late) else "")
    else:
        title = f"{member}：{len(rows)} 名结对职工近 {DUE_SOON_DAYS} 天内应跟进"
    return WorkItem(AREA, title, f"{names} · 最早应跟进 {first:%Y-%m-%d}", first, _urgency(first, late, today),
                    WorkTarget("pairing_member", mid))


def _branch_line(branch: tuple[int, str], rows: list[DueRow], members: int, today: date) -> WorkItem:
    """The follow-ups due of a branch's many members, in one line with the counts."""
    branch_id, name = branch
    first = min(r.next_due_on for r in rows)
    late = [r for r in rows if r.state is DueState.OVERDUE]
    soon = len(rows) - len(late)
    # Short enough for the 事项 column at 1024×768; the rest is in the detail.
    if late:
        title = f"{name}：结对职工跟进逾期 {len(late)} 人"
        detail = (f"另有 {soon} 人 {DUE_SOON_DAYS} 天内应跟进 · " if soon else "") + f"涉及 {members} 名结对党员"
    else:
        title = f"{name}：结对职工 {DUE_SOON_DAYS} 天内应跟进 {soon} 人"
        detail = f"涉及 {members} 名结对党员"
    return WorkItem(AREA, title, f"{detail} · 最早应跟进 {first:%Y-%m-%d}", first, _urgency(first, late, today),
                    WorkTarget("pairing_due", branch_id))


def _urgency(first: date, late: list[DueRow], today: date) -> Urgency:
    return Urgency.OVERDUE if late else Urgency.DUE_TODAY if first <= today else Urgency.DUE_SOON


def _branches_of(s: Session, member_ids: list[int]) -> dict[int, tuple[int, str]]:
    """member id → (branch id, branch name)."""
    if not member_ids:
        return {}
    q = select(Person.id, Branch.id, Branch.name).join(Branch, Person.branch_id == Branch.id)
    return {mid: (bid, name) for mid, bid, name in s.execute(q.where(Person.id.in_(member_ids)))}


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
