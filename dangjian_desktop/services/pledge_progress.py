"""安全承诺: fulfilment of the commitments, the participation rate, and the 工作台 items.

Fulfilment is never typed twice: 责任区周报 counts ``zone_report`` (by the date reported),
合理化建议 ``suggestion``, 结对回访 ``follow_up`` of the member's pairings, 排查隐患 the
``hazard`` rows he found; only 深入现场 and 其他 are typed here (``commitment_progress``, one
count per commitment and period). A period is the commitment's week, month, quarter or the
whole campaign, clipped to the campaign's dates (``domain.pledges.commitment_windows``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.hazards import Hazard
from dangjian_desktop.domain.org import Branch, Person, WorkUnit
from dangjian_desktop.domain.pairing import FollowUp, Pairing
from dangjian_desktop.domain.pledges import (
    SIGNED_STATUSES,
    TYPED_METRICS,
    CampaignStatus,
    Commitment,
    CommitmentMetric,
    CommitmentPeriod,
    CommitmentProgress,
    CommitmentWindow,
    Pledge,
    PledgeCampaign,
    PledgeStatus,
    campaign_status,
    commitment_windows,
    current_window,
)
from dangjian_desktop.domain.text import clean_text
from dangjian_desktop.domain.zones import Suggestion, ZoneReport

from . import audit
from .audit import AuditAction, AuditEntity
from .pledges import CAMPAIGN_NOT_FOUND, PARTY, PLEDGE_NOT_FOUND
from .uow import Actor, Ctx

if TYPE_CHECKING:  # worklist imports this module for its SOURCES: its names are imported where used
    from .worklist import WorkItem

AREA = "安全承诺"
SIGN_WITHIN_DAYS = 7  # a campaign's pledges are due signed a week after it starts
NAMES_LISTED = 12


# ---------------------------------------------------------------- counting


def _dated(metric: CommitmentMetric) -> tuple[Any, Any, Select]:
    """(member column, date column, the select of both) of a metric counted from other records."""
    if metric is CommitmentMetric.ZONE_REPORT:
        return ZoneReport.member_id, ZoneReport.reported_on, select(ZoneReport.member_id, ZoneReport.reported_on)
    if metric is CommitmentMetric.SUGGESTION:
        return Suggestion.member_id, Suggestion.made_on, select(Suggestion.member_id, Suggestion.made_on)
    if metric is CommitmentMetric.HAZARD_FOUND:
        return Hazard.finder_id, Hazard.found_on, select(Hazard.finder_id, Hazard.found_on)
    if metric is CommitmentMetric.FOLLOW_UP:
        return Pairing.member_id, FollowUp.held_on, select(Pairing.member_id, FollowUp.held_on).join(
            Pairing, FollowUp.pairing_id == Pairing.id)
    raise ValueError(metric)


def member_dates(s: Session, metric: CommitmentMetric, member_id: int, start: date, end: date) -> list[date]:
    """The dates of the member's records that a counted metric counts, between start and end."""
    member_col, date_col, q = _dated(metric)
    return [d for _m, d in s.execute(q.where(member_col == member_id, date_col >= start, date_col <= end))]


def counts_by_member(s: Session, metric: CommitmentMetric, member_ids: Iterable[int] | None,
                     start: date, end: date) -> dict[int, int]:
    """How many records each member has for a counted metric between start and end (one query)."""
    member_col, date_col, q = _dated(metric)
    q = q.with_only_columns(member_col, func.count()).where(date_col >= start, date_col <= end, member_col.is_not(None))
    if member_ids is not None:
        q = q.where(member_col.in_(list(member_ids)))
    return {m: n for m, n in s.execute(q.group_by(member_col))}


# ---------------------------------------------------------------- one pledge's page


@dataclass(frozen=True)
class WindowProgress:
    key: date
    label: str
    start: date
    end: date
    target: int
    done: int
    started: bool  # the period has begun (by ``today``)
    finished: bool  # the period is over

    @property
    def behind(self) -> int:
        return max(0, self.target - self.done) if self.started else 0

    @property
    def met(self) -> bool:
        return self.done >= self.target


@dataclass(frozen=True)
class CommitmentProgressRow:
    id: int
    text: str
    metric: CommitmentMetric
    target: int
    period: CommitmentPeriod
    typed: bool  # 深入现场 / 其他: the count is typed in this tab
    windows: tuple[WindowProgress, ...]

    @property
    def done(self) -> int:
        return sum(w.done for w in self.windows)

    @property
    def due(self) -> int:
        """The target of the periods begun so far."""
        return sum(w.target for w in self.windows if w.started)

    @property
    def periods_met(self) -> tuple[int, int]:
        """(periods over whose target was met, periods over)."""
        over = [w for w in self.windows if w.finished]
        return sum(1 for w in over if w.met), len(over)


@dataclass(frozen=True)
class Fulfilment:
    pledge_id: int
    member: str
    status: PledgeStatus
    commitments: tuple[CommitmentProgressRow, ...]

    @property
    def proposal(self) -> str:
        """What the figures suggest for the review: 已践诺 when every finished period met its target."""
        met = sum(c.periods_met[0] for c in self.commitments)
        over = sum(c.periods_met[1] for c in self.commitments)
        if not over:
            return "尚无已结束的考核期，暂无建议"
        word = PledgeStatus.KEPT.value if met == over else PledgeStatus.BROKEN.value
        return f"已结束的考核期达标 {met}/{over}，建议：{word}"


def fulfilment(ctx: Ctx, pledge_id: int, today: date | None = None) -> Fulfilment:
    """Each commitment's target, done and behind for each period of the campaign."""
    today = today or date.today()
    with ctx.read() as s:
        p = s.get(Pledge, pledge_id)
        if p is None:
            raise NotFound(PLEDGE_NOT_FOUND)
        c = s.get(PledgeCampaign, p.campaign_id)
        assert c is not None
        member = s.scalar(select(Person.name).where(Person.id == p.member_id)) or ""
        rows = []
        dates: dict[CommitmentMetric, list[date]] = {}
        for com in p.commitments:
            windows = commitment_windows(com.period, c.starts_on, c.ends_on)
            typed = com.metric in TYPED_METRICS
            if typed:
                stored = dict(s.execute(select(CommitmentProgress.period_start, CommitmentProgress.count)
                                        .where(CommitmentProgress.commitment_id == com.id)).all())
                done = [stored.get(w.key, 0) for w in windows]
            else:
                if com.metric not in dates:
                    dates[com.metric] = member_dates(s, com.metric, p.member_id, c.starts_on, c.ends_on)
                done = [sum(1 for d in dates[com.metric] if w.start <= d <= w.end) for w in windows]
            rows.append(CommitmentProgressRow(
                com.id, com.text, com.metric, com.target_count, com.period, typed,
                tuple(WindowProgress(w.key, w.label, w.start, w.end, com.target_count, n, w.start <= today,
                                     w.end < today) for w, n in zip(windows, done, strict=True))))
        return Fulfilment(p.id, member, p.status, tuple(rows))


def record_progress(ctx: Ctx, commitment_id: int, period_key: date, count: int, note: str = "") -> None:
    """Type the count of a 深入现场 / 其他 commitment for one of its periods (0 clears it)."""
    ctx.actor.require_write()
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValidationError("完成次数应为不小于0的整数。")
    with ctx.uow() as s:
        com = s.get(Commitment, commitment_id)
        if com is None:
            raise NotFound("该承诺项不存在（可能已被删除）。")
        if com.metric not in TYPED_METRICS:
            raise ValidationError(f"“{com.metric.value}”的完成情况由其他记录自动统计，不能在此录入。")
        p = s.get(Pledge, com.pledge_id)
        assert p is not None
        c = s.get(PledgeCampaign, p.campaign_id)
        assert c is not None
        if c.status is CampaignStatus.CLOSED:
            raise ValidationError(f"承诺活动“{c.title}”已关闭，不能再录入。")
        if period_key not in {w.key for w in commitment_windows(com.period, c.starts_on, c.ends_on)}:
            raise ValidationError("该期间不在活动期间内。")
        row = s.scalar(select(CommitmentProgress).where(CommitmentProgress.commitment_id == com.id,
                                                        CommitmentProgress.period_start == period_key))
        before = row.count if row else 0
        if row is None:
            row = CommitmentProgress(commitment_id=com.id, period_start=period_key, count=count)
            s.add(row)
        row.count, row.note = count, clean_text(note, multiline=True) or None
        if before != count:
            name = s.scalar(select(Person.name).where(Person.id == p.member_id))
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PLEDGE, p.id,
                         f"录入承诺完成情况 {name}：{com.text}（{period_key:%Y-%m-%d} 起）{before} → {count}",
                         {"commitment_id": com.id, "count": [before, count]})


# ---------------------------------------------------------------- participation


@dataclass(frozen=True)
class Unsigned:
    person_id: int
    name: str
    branch_id: int
    branch: str
    pledge_id: int | None  # None: no pledge drafted at all


@dataclass(frozen=True)
class Rate:
    signed: int
    expected: int

    @property
    def percent(self) -> float:
        return 100.0 * self.signed / self.expected if self.expected else 100.0

    @property
    def line(self) -> str:
        """参与率 39/44（88.6%）."""
        return f"参与率 {self.signed}/{self.expected}（{self.percent:.1f}%）"

    @property
    def complete(self) -> bool:
        return self.signed >= self.expected


@dataclass(frozen=True)
class Participation:
    campaign_id: int
    title: str
    rate: Rate
    branches: tuple[tuple[int, str, Rate], ...]
    unsigned: tuple[Unsigned, ...]

    @property
    def line(self) -> str:
        return self.rate.line


def _participation(s: Session, c: PledgeCampaign) -> Participation:
    branch_ids = [b.branch_id for b in c.branches]
    rows = s.execute(
        select(Person.id, Person.name, Person.branch_id, Pledge.id, Pledge.status)
        .outerjoin(Pledge, (Pledge.member_id == Person.id) & (Pledge.campaign_id == c.id))
        .where(Person.branch_id.in_(branch_ids), Person.archived_at.is_(None), Person.political_status.in_(PARTY))
        .order_by(Person.branch_id, Person.name_pinyin, Person.id)).all()
    names = dict(s.execute(select(Branch.id, Branch.name).where(Branch.id.in_(branch_ids))).all())
    per: dict[int, list[int]] = {b: [0, 0] for b in branch_ids}
    unsigned = []
    for pid, name, branch_id, pledge_id, status in rows:
        per[branch_id][1] += 1
        if status in SIGNED_STATUSES:
            per[branch_id][0] += 1
        else:
            unsigned.append(Unsigned(pid, name, branch_id, names.get(branch_id, ""), pledge_id))
    signed = sum(v[0] for v in per.values())
    return Participation(c.id, c.title, Rate(signed, len(rows)),
                         tuple((b, names.get(b, ""), Rate(*per[b])) for b in branch_ids), tuple(unsigned))


def participation(ctx: Ctx, campaign_id: int) -> Participation:
    """承诺参与率: the 党员 and 预备党员 on the roster of the campaign's branches who should pledge;
    signed are those whose pledge is 已签, 已践诺 or 未践诺; the others listed by name."""
    with ctx.read() as s:
        c = s.get(PledgeCampaign, campaign_id)
        if c is None:
            raise NotFound(CAMPAIGN_NOT_FOUND)
        return _participation(s, c)


# ---------------------------------------------------------------- for the export


@dataclass(frozen=True)
class ExportCommitment:
    label: str  # 深入现场·每月10次
    due: int  # the target of the periods begun by today
    done: int


@dataclass(frozen=True)
class ExportLine:
    name: str
    branch: str
    unit: str
    post: str
    status: str  # 未起草 when no pledge
    signed_on: date | None
    commitments: tuple[ExportCommitment, ...]


def export_lines(s: Session, c: PledgeCampaign, today: date) -> list[ExportLine]:
    """One line per member who should pledge, signed or not (pinyin order within each branch)."""
    branch_ids = [b.branch_id for b in c.branches]
    parent = WorkUnit.__table__.alias("parent_unit")
    rows = s.execute(
        select(Person.id, Person.name, Branch.name, WorkUnit.name, parent.c.name, Person.post, Pledge)
        .join(Branch, Person.branch_id == Branch.id)
        .outerjoin(WorkUnit, Person.unit_id == WorkUnit.id).outerjoin(parent, WorkUnit.parent_id == parent.c.id)
        .outerjoin(Pledge, (Pledge.member_id == Person.id) & (Pledge.campaign_id == c.id))
        .where(Person.branch_id.in_(branch_ids), Person.archived_at.is_(None), Person.political_status.in_(PARTY))
        .order_by(Branch.id, Person.name_pinyin, Person.id)).all()
    end = min(c.ends_on, today)
    pledge_ids = [r[6].id for r in rows if r[6] is not None]
    commitments: dict[int, list[Commitment]] = defaultdict(list)
    for chunk in range(0, len(pledge_ids), 900):
        for com in s.scalars(select(Commitment).where(Commitment.pledge_id.in_(pledge_ids[chunk:chunk + 900]))
                             .order_by(Commitment.pledge_id, Commitment.position)):
            commitments[com.pledge_id].append(com)
    counted = {m: counts_by_member(s, m, None, c.starts_on, end) for m in CommitmentMetric if m not in TYPED_METRICS}
    typed = dict(s.execute(select(CommitmentProgress.commitment_id, func.sum(CommitmentProgress.count))
                           .join(Commitment, CommitmentProgress.commitment_id == Commitment.id)
                           .join(Pledge, Commitment.pledge_id == Pledge.id)
                           .where(Pledge.campaign_id == c.id).group_by(CommitmentProgress.commitment_id)).all())
    out = []
    for pid, name, branch, unit, parent_name, post, pledge in rows:
        items = []
        if pledge is not None:
            for com in commitments[pledge.id]:
                windows = commitment_windows(com.period, c.starts_on, c.ends_on)
                due = com.target_count * sum(1 for w in windows if w.start <= today)
                done = int(typed.get(com.id, 0) or 0) if com.metric in TYPED_METRICS else counted[com.metric].get(pid, 0)
                items.append(ExportCommitment(f"{com.metric.value}·{com.period.value}{com.target_count}", due, done))
        unit_label = f"{parent_name}{unit}" if parent_name and unit else (unit or "")
        out.append(ExportLine(name, branch, unit_label, (pledge.post if pledge else None) or post or "",
                              pledge.status.value if pledge else "未起草", pledge.signed_on if pledge else None,
                              tuple(items)))
    return out


# ---------------------------------------------------------------- 工作台


def _running(s: Session, today: date) -> list[PledgeCampaign]:
    return [c for c in s.scalars(select(PledgeCampaign).where(PledgeCampaign.starts_on <= today,
                                                            PledgeCampaign.ends_on >= today))
            if campaign_status(c.status, c.ends_on, today) is CampaignStatus.RUNNING]


def unsigned_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Unsigned pledges of each running campaign: one item per branch with the count, the names
    in its detail; it opens the campaign's participation list."""
    from .worklist import Urgency, WorkItem, WorkTarget

    items = []
    for c in _running(s, today):
        part = _participation(s, c)
        by_branch: dict[int, list[str]] = defaultdict(list)
        for u in part.unsigned:
            by_branch[u.branch_id].append(u.name)
        due = c.starts_on + timedelta(days=SIGN_WITHIN_DAYS)
        urgency = Urgency.OVERDUE if due < today else Urgency.DUE_TODAY if due == today else Urgency.DUE_SOON
        for branch_id, branch, rate in part.branches:
            names = by_branch.get(branch_id)
            if not names:
                continue
            shown = "、".join(names[:NAMES_LISTED]) + (f" 等{len(names)}人" if len(names) > NAMES_LISTED else "")
            items.append(WorkItem(AREA, f"{branch} {len(names)} 名党员未签承诺书（{c.title}）",
                                  f"{rate.line} · 未签：{shown}", due, urgency, WorkTarget("pledge_unsigned", c.id)))
    return items


def behind_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Commitments of signed pledges behind their target in the current period, per campaign and
    branch; 近期 when the period ends within a week, else a 提示."""
    from .worklist import Urgency, WorkItem, WorkTarget

    items = []
    for c in _running(s, today):
        rows = s.execute(select(Commitment.id, Commitment.metric, Commitment.period, Commitment.target_count,
                                Pledge.member_id, Pledge.branch_id)
                         .join(Pledge, Commitment.pledge_id == Pledge.id)
                         .where(Pledge.campaign_id == c.id, Pledge.status == PledgeStatus.SIGNED)).all()
        windows: dict[CommitmentPeriod, CommitmentWindow | None] = {
            p: current_window(p, c.starts_on, c.ends_on, today) for p in CommitmentPeriod}
        cache: dict[tuple[CommitmentMetric, date], dict[int, int]] = {}
        typed_keys = {w.key for w in windows.values() if w is not None}
        typed = {(cid, key): n for cid, key, n in s.execute(
            select(CommitmentProgress.commitment_id, CommitmentProgress.period_start, CommitmentProgress.count)
            .join(Commitment, CommitmentProgress.commitment_id == Commitment.id)
            .join(Pledge, Commitment.pledge_id == Pledge.id)
            .where(Pledge.campaign_id == c.id, CommitmentProgress.period_start.in_(typed_keys)))} if typed_keys else {}
        behind: dict[int, list[date]] = defaultdict(list)  # branch → ends of the periods behind
        for cid, metric, period, target, member, branch in rows:
            w = windows[period]
            if w is None:
                continue
            if metric in TYPED_METRICS:
                done = typed.get((cid, w.key), 0)
            else:
                if (metric, w.start) not in cache:
                    cache[(metric, w.start)] = counts_by_member(s, metric, None, w.start, min(w.end, today))
                done = cache[(metric, w.start)].get(member, 0)
            if done < target:
                behind[branch].append(w.end)
        names = dict(s.execute(select(Branch.id, Branch.name).where(Branch.id.in_(list(behind)))).all()) if behind else {}
        for branch, ends in behind.items():
            soonest = min(ends)
            urgency = Urgency.DUE_SOON if (soonest - today).days <= SIGN_WITHIN_DAYS else Urgency.INFO
            items.append(WorkItem(AREA, f"{names.get(branch, '')} {len(ends)} 项承诺本期尚未达标（{c.title}）",
                                  f"{c.title} · 本期最早 {soonest:%Y-%m-%d} 结束", soonest, urgency,
                                  WorkTarget("pledge_campaign", c.id)))
    return items
