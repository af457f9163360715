"""Data of the 公开监督栏: the 一区一岗 and 安全联保 results of a month or a quarter, one row per zone.

Counts only: weekly reports made of those due, hazards found and closed on time, the member's
安全联保 (workers paired, follow-ups held), 三违 in the zone, the score and rank. No worker is
named and nothing comes from the mood files.

The score: for a quarter with a 季讲评, its total and rank; otherwise the mean of the period's
anonymous weekly scores (周检查), ranked within the board.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Executable, and_, case, func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.assessment import QuarterlyReview, WeeklyScore
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.hazards import Hazard, HazardStatus, Violation
from dangjian_desktop.domain.pairing import FollowUp, Pairing, PairingWorker
from dangjian_desktop.domain.periods import Period, PeriodKind, month_of, parse_period, week_start, weeks_in
from dangjian_desktop.domain.zones import Zone, ZoneReport, ZoneStatus
from dangjian_desktop.printing.data import CardData, SupervisionBoard, SupervisionRow

from ..uow import Ctx
from .scope import CardSelection, NothingToPrint, load_names, period_text, resolve, scope_text

WEEKLY_BASIS = "周检查平均分"
REVIEW_BASIS = "季讲评总分"


def board_period(text: str | None, today: date) -> Period:
    """A month or a quarter (``2026-11``, ``2026Q3``); by default the current month."""
    if not text:
        return month_of(today)
    period = parse_period(text)
    if period.kind not in (PeriodKind.MONTH, PeriodKind.QUARTER):
        raise ValidationError(f"公开监督栏按月或按季度打印，期间应写作如 2026-11 或 2026Q3，不能是“{text}”。")
    return period


def _zone_end(z: Zone) -> date | None:
    if z.status is ZoneStatus.REVOKED and z.revoked_on is not None:
        return z.revoked_on
    return z.ends_on


def _counts(s: Session, stmt: Executable) -> dict[int, int]:
    return {k: int(v or 0) for k, v in s.execute(stmt)}


def _ranks(scores: dict[int, float]) -> dict[int, int]:
    """1, 2, 2, 4: equal scores share a rank."""
    ordered = sorted(scores.values(), reverse=True)
    return {zid: ordered.index(v) + 1 for zid, v in scores.items()}


def load_supervision_board(ctx: Ctx, sel: CardSelection) -> CardData[SupervisionBoard]:
    today = sel.day
    period = board_period(sel.period, today)
    first, last = period.start, period.end
    with ctx.read() as s:
        scopes = resolve(s, sel)
        by_id = {sc.id: sc for sc in scopes}
        zones = [z for z in s.scalars(select(Zone).where(Zone.branch_id.in_(list(by_id)), Zone.status != ZoneStatus.DRAFT)
                                      .order_by(Zone.branch_id, Zone.unit_id, Zone.id))
                 if (z.starts_on is None or z.starts_on <= last) and ((end := _zone_end(z)) is None or end >= first)]
        names = load_names(s, [z.member_id for z in zones], by_id)
        zones = [z for z in zones if by_id[z.branch_id].holds_unit(
            z.unit_id if z.unit_id is not None else getattr(names.people.get(z.member_id or -1), "unit_id", None))]
        if not zones:
            where = scope_text(sel, scopes)
            raise NothingToPrint(f"{where}在{period_text(period)}没有党员责任区或示范岗，没有可打印的内容。")
        ids = [z.id for z in zones]
        members = sorted({z.member_id for z in zones if z.member_id is not None})

        reported: dict[int, set[date]] = defaultdict(set)
        for zid, week in s.execute(select(ZoneReport.zone_id, ZoneReport.week_start).distinct()
                                   .where(ZoneReport.zone_id.in_(ids), ZoneReport.week_start.between(first, last))):
            reported[zid].add(week)
        found = _counts(s, select(Hazard.zone_id, func.count()).where(
            Hazard.zone_id.in_(ids), Hazard.found_on.between(first, last)).group_by(Hazard.zone_id))
        on_time = _counts(s, select(Hazard.zone_id, func.sum(case((and_(
            Hazard.status == HazardStatus.CLOSED, Hazard.closed_on.is_not(None), Hazard.closed_on <= Hazard.deadline), 1),
            else_=0))).where(Hazard.zone_id.in_(ids), Hazard.found_on.between(first, last)).group_by(Hazard.zone_id))
        violations = _counts(s, select(Violation.zone_id, func.count()).where(
            Violation.zone_id.in_(ids), Violation.occurred_on.between(first, last)).group_by(Violation.zone_id))
        as_of = min(today, last)
        paired = _counts(s, select(Pairing.member_id, func.count(func.distinct(PairingWorker.worker_id)))
                         .join(PairingWorker, PairingWorker.pairing_id == Pairing.id)
                         .where(Pairing.member_id.in_(members), Pairing.active_on(as_of)).group_by(Pairing.member_id))
        follow_ups = _counts(s, select(Pairing.member_id, func.count(FollowUp.id))
                             .join(FollowUp, FollowUp.pairing_id == Pairing.id)
                             .where(Pairing.member_id.in_(members), FollowUp.held_on.between(first, last))
                             .group_by(Pairing.member_id))
        reviews: dict[int, QuarterlyReview] = {}
        if period.kind is PeriodKind.QUARTER:
            reviews = {r.zone_id: r for r in s.scalars(select(QuarterlyReview).where(
                QuarterlyReview.zone_id.in_(ids), QuarterlyReview.period == period.label))}
        weekly = {zid: float(mean) for zid, mean in s.execute(
            select(WeeklyScore.zone_id, func.avg(WeeklyScore.total))
            .where(WeeklyScore.zone_id.in_(ids), WeeklyScore.week_start.between(first, last))
            .group_by(WeeklyScore.zone_id)) if mean is not None}

        weeks = [w for w in weeks_in(period) if w <= today]
        boards = []
        for sc in scopes:
            mine = [z for z in zones if z.branch_id == sc.id]
            if not mine:
                continue
            scored = {z.id: reviews[z.id] for z in mine if z.id in reviews and reviews[z.id].total is not None}
            basis = REVIEW_BASIS if scored else WEEKLY_BASIS
            if scored:
                score = {zid: float(r.total) for zid, r in scored.items() if r.total is not None}
                rank = {zid: r.rank for zid, r in scored.items() if r.rank is not None}
            else:
                score = {z.id: round(weekly[z.id], 1) for z in mine if z.id in weekly}
                rank = _ranks(score)
            rows = []
            for z in mine:
                start = week_start(z.starts_on) if z.starts_on else None
                end = _zone_end(z)
                due = [w for w in weeks if (start is None or w >= start) and (end is None or w <= end)]
                rows.append(SupervisionRow(
                    zone=z.name, kind=z.kind.value, category=z.category.value, member=names.name(z.member_id),
                    reports_made=len(reported[z.id] & set(due)), reports_expected=len(due),
                    hazards_found=found.get(z.id, 0), hazards_closed_on_time=on_time.get(z.id, 0),
                    paired_workers=paired.get(z.member_id or -1, 0), follow_ups=follow_ups.get(z.member_id or -1, 0),
                    violations=violations.get(z.id, 0), score=score.get(z.id), rank=rank.get(z.id),
                    status=z.status.value))
            rows.sort(key=lambda r: (r.rank is None, r.rank or 0))
            boards.append(SupervisionBoard(sc.info, sc.label, period_text(period), period.label, basis, tuple(rows)))
    return CardData(tuple(boards), today)
