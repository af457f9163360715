"""结对帮扶 figures: guarantees signed in a year, follow-ups per month, per 区队 and per member."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.pairing import FollowUp, Guarantee, HardshipPlan, HardshipStatus, Pairing

from .pairing_views import NO_UNIT_LABEL, Member, Worker, WorkerTopUnit, WorkerUnit
from .uow import Ctx


@dataclass(frozen=True)
class PairingFigures:
    year: int
    guarantees_signed: int
    follow_ups: int
    per_month: tuple[int, ...]  # January … December
    per_unit: tuple[tuple[str, int], ...]  # most first
    per_member: tuple[tuple[str, int], ...]  # most first
    hardship_opened: int
    hardship_closed: int


def figures(ctx: Ctx, year: int, branch_id: int | None = None) -> PairingFigures:
    """The year's figures, for one branch (by the pair's branch) or all."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ctx.read() as s:
        g = select(func.count(Guarantee.id)).join(Pairing, Guarantee.pairing_id == Pairing.id).where(
            Guarantee.signed_on.between(first, last))
        fu = (select(FollowUp.held_on, func.coalesce(WorkerTopUnit.name, WorkerUnit.name), Member.name)
              .join(Pairing, FollowUp.pairing_id == Pairing.id).join(Member, Pairing.member_id == Member.id)
              .outerjoin(Worker, FollowUp.worker_id == Worker.id)
              .outerjoin(WorkerUnit, Worker.unit_id == WorkerUnit.id)
              .outerjoin(WorkerTopUnit, WorkerUnit.parent_id == WorkerTopUnit.id)
              .where(FollowUp.held_on.between(first, last)))
        hp = select(HardshipPlan.opened_on, HardshipPlan.status, HardshipPlan.closed_on).join(
            Person, HardshipPlan.worker_id == Person.id)
        if branch_id is not None:
            g, fu = g.where(Pairing.branch_id == branch_id), fu.where(Pairing.branch_id == branch_id)
            hp = hp.where(Person.branch_id == branch_id)
        signed = s.scalar(g) or 0
        months: Counter[int] = Counter()
        units: Counter[str] = Counter()
        members: Counter[str] = Counter()
        n = 0
        for held, unit, member in s.execute(fu):
            n += 1
            months[held.month] += 1
            units[unit or NO_UNIT_LABEL] += 1
            members[member] += 1
        opened = closed = 0
        for opened_on, status, closed_on in s.execute(hp):
            opened += first <= opened_on <= last
            closed += status is HardshipStatus.CLOSED and closed_on is not None and first <= closed_on <= last
    return PairingFigures(year, signed, n, tuple(months[m] for m in range(1, 13)), tuple(units.most_common()),
                          tuple(members.most_common()), opened, closed)


