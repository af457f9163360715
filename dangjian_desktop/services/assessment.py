"""考核与评比: commendations (评先选优) and their per-quarter limits.

The start of the assessment area (issue 14 builds its tab on it). Each public function is one
unit of work that checks the actor, records the change in the audit log and returns frozen
rows. How many 党员之星 and 优质责任区 a branch may confirm each quarter is a shared setting
(``domain.assessment.COMMENDATION_CAPS_KEY``, one each by default), checked here on confirming.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.assessment import (
    COMMENDATION_CAPS_KEY,
    QUARTERLY_KINDS,
    Commendation,
    CommendationKind,
    CommendationStatus,
    commendation_cap_problem,
    commendation_caps,
    commendation_period_problem,
)
from dangjian_desktop.domain.errors import ConflictError, NotFound, ValidationError
from dangjian_desktop.domain.org import Branch, Person
from dangjian_desktop.domain.periods import parse_period
from dangjian_desktop.domain.zones import Zone

from . import audit
from .audit import AuditAction, AuditEntity
from .pledges import broken_pledges_in
from .shared_settings import read_setting, write_setting
from .uow import Ctx


@dataclass(frozen=True)
class CommendationRow:
    id: int
    version: int
    branch_id: int
    branch_name: str
    period: str  # 2026Q3 / 2026H2 / 2026
    kind: CommendationKind
    status: CommendationStatus
    person_id: int | None
    person_name: str | None
    zone_id: int | None
    zone_name: str | None
    score: float | None
    confirmed_on: date | None
    veto_reason: str | None

    @property
    def candidate(self) -> str:
        """Who or what is commended, as a list shows it."""
        return self.zone_name or self.person_name or ""


def _row(s: Session, c: Commendation) -> CommendationRow:
    branch = s.get(Branch, c.branch_id)
    person = s.get(Person, c.person_id) if c.person_id is not None else None
    zone = s.get(Zone, c.zone_id) if c.zone_id is not None else None
    return CommendationRow(c.id, c.version, c.branch_id, branch.name if branch else "", c.period, c.kind, c.status,
                           c.person_id, person.name if person else None, c.zone_id, zone.name if zone else None,
                           c.score, c.confirmed_on, c.veto_reason)


def get_commendation(ctx: Ctx, commendation_id: int) -> CommendationRow:
    with ctx.read() as s:
        c = s.get(Commendation, commendation_id)
        if c is None:
            raise NotFound("该评先选优记录不存在。")
        return _row(s, c)


# ---------------------------------------------------------------- the per-quarter limits

def quarter_caps(ctx: Ctx) -> dict[CommendationKind, int]:
    """How many 党员之星 / 优质责任区 each branch may confirm per quarter."""
    with ctx.read() as s:
        return commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY))


def set_quarter_caps(ctx: Ctx, caps: dict[CommendationKind, int]) -> dict[CommendationKind, int]:
    """Change the per-quarter limits (secretary only); a kind not given keeps its value."""
    ctx.actor.require_secretary()
    bad = [k.value for k, n in caps.items() if k not in QUARTERLY_KINDS or not isinstance(n, int) or n < 1]
    if bad:
        raise ValidationError(f"{'、'.join(bad)}的每季度名额应为不小于1的整数（且只限党员之星、优质责任区）。")
    with ctx.uow() as s:
        before = commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY))
        after = before | caps
        write_setting(s, COMMENDATION_CAPS_KEY, {k.value: n for k, n in after.items()})
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.SETTING, None,
                     "修改每季度评选名额：" + "、".join(f"{k.value}{n}个" for k, n in after.items()),
                     {"before": {k.value: n for k, n in before.items()}, "after": {k.value: n for k, n in after.items()}})
    return after


# ---------------------------------------------------------------- confirming

def confirm_commendation(ctx: Ctx, commendation_id: int, expected_version: int,
                         today: date | None = None) -> CommendationRow:
    """Confirm a proposed commendation (提名 → 已确认).

    Refused when it was vetoed or is already confirmed, when a 党员之星 / 优质责任区 is not for
    a quarter, and when its branch already has the allowed number of that kind confirmed for
    that quarter (the setting, one by default).
    """
    ctx.actor.require_write()
    with ctx.uow() as s:
        c = s.get(Commendation, commendation_id)
        if c is None:
            raise NotFound("该评先选优记录不存在（可能已被删除）。")
        if c.version != expected_version:
            raise ConflictError()
        if c.status is CommendationStatus.CONFIRMED:
            raise ValidationError("该评先选优已经确认。")
        if c.status is CommendationStatus.VETOED:
            raise ValidationError(f"该提名已被否决（{c.veto_reason or '未填写原因'}），不能确认。")
        problem = commendation_period_problem(c.kind, c.period)
        if problem:
            raise ValidationError(problem)
        if c.person_id is not None:  # a broken safety pledge in the period vetoes it (安全承诺)
            period = parse_period(c.period)
            broken = broken_pledges_in(s, c.person_id, period.start, period.end)
            if broken:
                raise ValidationError(f"该党员在{c.period}有未践诺的安全承诺（{broken[0]}），不能确认{c.kind.value}。")
        # The branch row is locked (PostgreSQL) so two offices confirming at once are counted
        # one after the other; SQLite allows one writer at a time anyway.
        branch = s.execute(select(Branch).where(Branch.id == c.branch_id).with_for_update()).scalar_one()
        if c.kind in QUARTERLY_KINDS:
            confirmed = s.scalar(select(func.count(Commendation.id)).where(
                Commendation.branch_id == c.branch_id, Commendation.period == c.period, Commendation.kind == c.kind,
                Commendation.status == CommendationStatus.CONFIRMED, Commendation.id != c.id)) or 0
            problem = commendation_cap_problem(c.kind, c.period, confirmed,
                                               commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY)), branch.name)
            if problem:
                raise ValidationError(problem)
        c.status = CommendationStatus.CONFIRMED
        c.confirmed_on = today or date.today()
        s.flush()
        row = _row(s, c)
        audit.record(s, ctx.actor, AuditAction.CONFIRM, AuditEntity.COMMENDATION, c.id,
                     f"确认{branch.name}{c.period}{c.kind.value}：{row.candidate}",
                     {"period": c.period, "kind": c.kind.value, "person_id": c.person_id, "zone_id": c.zone_id})
    return row
