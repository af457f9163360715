"""结对帮扶: pairs (结对子), 安全联保 guarantees, follow-ups and the one-step 包保 assignment.

Each public function is one unit of work: the role checked first, the input validated (every
problem in Chinese, nothing written on bad input), an audit entry in the same transaction.
Which worker is covered comes from the active pairings alone (``services.coverage``); the
lists the tab shows (follow-ups due, uncovered workers, member load, figures) are
``services.pairing_views``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.pairing import (
    DEFAULT_FREQUENCY_DAYS,
    MAX_FREQUENCY_DAYS,
    FollowUp,
    FollowUpKind,
    Guarantee,
    Pairing,
    PairingGoal,
    PairingWorker,
    is_active,
    next_due,
    scan_kind,
    scan_problem,
)
from dangjian_desktop.domain.text import clean_text, shorten

from . import audit, points
from .audit import AuditAction, AuditEntity
from .records import load_for_edit, raise_problems
from .uow import Ctx

PAIR_NOT_FOUND = "该结对不存在（可能已被删除）。"
GUARANTEE_NOT_FOUND = "该安全联保责任书不存在（可能已被删除）。"
#: What a one-step assignment writes when it starts a new pair.
ASSIGN_GOALS = (PairingGoal.TALK, PairingGoal.RULES)
TEXT_MAX = 2000


# ---------------------------------------------------------------- pairs


@dataclass(frozen=True)
class PairInput:
    """A pair as the dialog edits it."""

    member_id: int | None
    worker_ids: tuple[int, ...]
    starts_on: date | None
    ends_on: date | None = None
    goals: tuple[PairingGoal, ...] = ()
    frequency_days: int = DEFAULT_FREQUENCY_DAYS
    note: str = ""


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class GuaranteeRow:
    id: int
    pairing_id: int
    signed_on: date
    term_start: date
    term_end: date
    scan_name: str | None
    version: int


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    pairing_id: int
    worker_id: int | None
    worker: str
    held_on: date
    kind: FollowUpKind
    content: str
    outcome: str
    next_due_on: date | None


@dataclass(frozen=True)
class PairDetail:
    """A pair with its workers, guarantees (latest signed first) and follow-ups (latest first)."""

    id: int
    branch_id: int
    member: Named
    workers: tuple[Named, ...]
    starts_on: date
    ends_on: date | None
    goals: tuple[PairingGoal, ...]
    frequency_days: int
    note: str
    version: int
    guarantees: tuple[GuaranteeRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = field(default=())

    def active_on(self, today: date) -> bool:
        return is_active(self.starts_on, self.ends_on, today)

    def to_input(self) -> PairInput:
        return PairInput(self.member.id, tuple(w.id for w in self.workers), self.starts_on, self.ends_on,
                         self.goals, self.frequency_days, self.note)


def _name(s: Session, person_id: int | None) -> str:
    return (s.scalar(select(Person.name).where(Person.id == person_id)) if person_id else None) or f"#{person_id}"


def _pair_problems(s: Session, data: PairInput, pair_id: int | None = None) -> tuple[list[str], Person | None]:
    """Every problem of ``data`` (the member, the workers, the dates, overlaps with the member's
    other pairs of the same worker), and the member when he exists."""
    problems: list[str] = []
    member = s.get(Person, data.member_id) if data.member_id is not None else None
    if data.member_id is None:
        problems.append("请选择结对党员")
    elif member is None or member.archived_at is not None:
        problems.append("结对党员不存在或已归档")
        member = None
    elif not member.is_party_member:
        problems.append(f"“{member.name}”是{member.political_status.value}，结对党员须为中共党员或中共预备党员")
    if data.starts_on is None:
        problems.append("请填写结对开始日期")
    elif data.ends_on is not None and data.ends_on < data.starts_on:
        problems.append("结束日期不能早于开始日期")
    if not 1 <= data.frequency_days <= MAX_FREQUENCY_DAYS:
        problems.append(f"跟进频次须在 1 至 {MAX_FREQUENCY_DAYS} 天之间")
    workers = list(dict.fromkeys(data.worker_ids))
    if not workers:
        problems.append("请至少选择一名结对职工")
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(workers)))} if workers else {}
    for w in workers:
        p = people.get(w)
        if p is None or p.archived_at is not None:
            problems.append(f"职工 #{w} 不存在或已归档")
        elif member is not None and p.id == member.id:
            problems.append("党员不能与自己结对")
        elif member is not None and p.branch_id != member.branch_id:
            problems.append(f"职工“{p.name}”不在党员“{member.name}”所在的支部")
    if member is not None and data.starts_on is not None and workers:
        q = (select(PairingWorker.worker_id, Pairing.starts_on, Pairing.ends_on)
             .join(Pairing, PairingWorker.pairing_id == Pairing.id)
             .where(Pairing.member_id == member.id, PairingWorker.worker_id.in_(workers),
                    or_(Pairing.ends_on.is_(None), Pairing.ends_on >= data.starts_on)))
        if data.ends_on is not None:
            q = q.where(Pairing.starts_on <= data.ends_on)
        if pair_id is not None:
            q = q.where(Pairing.id != pair_id)
        for w, starts, ends in s.execute(q):
            span = f"{starts:%Y-%m-%d} 至 {ends:%Y-%m-%d}" if ends else f"{starts:%Y-%m-%d} 起"
            name = people[w].name if w in people else f"#{w}"
            problems.append(f"职工“{name}”已与党员“{member.name}”结对（{span}），期间重叠，不能重复结对")
    return problems, member


def _goals(data: PairInput) -> list[PairingGoal]:
    return [PairingGoal(g) for g in dict.fromkeys(data.goals)]


def create_pair(ctx: Ctx, data: PairInput) -> int:
    """A new pair of a member with his workers."""
    ctx.actor.require_write()
    note = clean_text(data.note, multiline=True)[:TEXT_MAX]
    with ctx.uow() as s:
        problems, member = _pair_problems(s, data)
        raise_problems(problems)
        assert member is not None and data.starts_on is not None
        p = Pairing(branch_id=member.branch_id, member_id=member.id, starts_on=data.starts_on, ends_on=data.ends_on,
                    goals=_goals(data), frequency_days=data.frequency_days, note=note or None)
        s.add(p)
        s.flush()
        s.add_all(PairingWorker(pairing_id=p.id, worker_id=w) for w in dict.fromkeys(data.worker_ids))
        names = "、".join(_name(s, w) for w in dict.fromkeys(data.worker_ids))
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.PAIRING, p.id,
                     shorten(f"新增结对：{member.name} — {names}（{data.starts_on:%Y-%m-%d} 起）", 200),
                     {"member_id": member.id, "worker_ids": list(dict.fromkeys(data.worker_ids))})
        return p.id


def update_pair(ctx: Ctx, pair_id: int, expected_version: int, data: PairInput) -> None:
    """Edit a pair: dates, goals, frequency, note and its workers (the member stays)."""
    ctx.actor.require_write()
    note = clean_text(data.note, multiline=True)[:TEXT_MAX]
    with ctx.uow() as s:
        p = load_for_edit(s, Pairing, pair_id, expected_version, PAIR_NOT_FOUND)
        if data.member_id != p.member_id:
            raise ValidationError("不能更换结对党员；请结束本结对，再为新党员建立结对。")
        problems, member = _pair_problems(s, data, pair_id)
        raise_problems(problems)
        assert member is not None and data.starts_on is not None
        had = set(s.scalars(select(PairingWorker.worker_id).where(PairingWorker.pairing_id == pair_id)))
        wanted = list(dict.fromkeys(data.worker_ids))
        removed = had - set(wanted)
        if removed:
            s.execute(delete(PairingWorker).where(PairingWorker.pairing_id == pair_id,
                                                  PairingWorker.worker_id.in_(removed)))
        s.add_all(PairingWorker(pairing_id=pair_id, worker_id=w) for w in wanted if w not in had)
        p.starts_on, p.ends_on, p.goals = data.starts_on, data.ends_on, _goals(data)
        p.frequency_days, p.note = data.frequency_days, note or None
        p.updated_at = utcnow()  # an edit of the workers alone moves the version on too
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PAIRING, pair_id,
                     f"修改结对：{member.name}（{data.starts_on:%Y-%m-%d} 起）",
                     {"added": [w for w in wanted if w not in had], "removed": sorted(removed)})


def end_pair(ctx: Ctx, pair_id: int, expected_version: int, ends_on: date) -> None:
    """End a pair on ``ends_on`` (its last day; the workers are uncovered from the day after)."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        p = load_for_edit(s, Pairing, pair_id, expected_version, PAIR_NOT_FOUND)
        if ends_on < p.starts_on:
            raise ValidationError(f"结束日期不能早于开始日期（{p.starts_on:%Y-%m-%d}）。")
        p.ends_on = ends_on
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PAIRING, pair_id,
                     f"结束结对：{_name(s, p.member_id)}，{ends_on:%Y-%m-%d} 为最后一天", {"ends_on": ends_on.isoformat()})


def get_pair(ctx: Ctx, pair_id: int, follow_ups: int = 50) -> PairDetail:
    """A pair with its workers, guarantees and the latest ``follow_ups`` follow-ups."""
    with ctx.read() as s:
        p = s.get(Pairing, pair_id)
        if p is None:
            raise NotFound(PAIR_NOT_FOUND)
        workers = s.execute(select(Person.id, Person.name).join(PairingWorker, PairingWorker.worker_id == Person.id)
                            .where(PairingWorker.pairing_id == pair_id).order_by(Person.name_pinyin)).all()
        guarantees = tuple(_guarantee_row(g) for g in s.scalars(
            select(Guarantee).where(Guarantee.pairing_id == pair_id).order_by(Guarantee.signed_on.desc(), Guarantee.id.desc())))
        fus = s.execute(select(FollowUp, Person.name).outerjoin(Person, FollowUp.worker_id == Person.id)
                        .where(FollowUp.pairing_id == pair_id)
                        .order_by(FollowUp.held_on.desc(), FollowUp.id.desc()).limit(follow_ups)).all()
        return PairDetail(p.id, p.branch_id, Named(p.member_id, _name(s, p.member_id)),
                          tuple(Named(i, n) for i, n in workers), p.starts_on, p.ends_on, tuple(p.goals or ()),
                          p.frequency_days, p.note or "", p.version, guarantees,
                          tuple(_follow_up_row(f, n) for f, n in fus))


def pairs_of_worker(ctx: Ctx, worker_id: int, today: date) -> list[int]:
    """The ids of the pairs covering ``worker_id`` today, latest started first."""
    with ctx.read() as s:
        return list(s.scalars(select(Pairing.id).join(PairingWorker, PairingWorker.pairing_id == Pairing.id)
                              .where(PairingWorker.worker_id == worker_id, Pairing.active_on(today))
                              .order_by(Pairing.starts_on.desc(), Pairing.id.desc())))


def assign(ctx: Ctx, worker_id: int, member_id: int, today: date) -> int:
    """包保 in one step: the worker joins the member's pair that is active today and open-ended
    (the latest started), or a new pair of the two starting today. Returns the pair's id."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        open_pair = s.scalar(select(Pairing).where(Pairing.member_id == member_id, Pairing.active_on(today),
                                                   Pairing.ends_on.is_(None))
                             .order_by(Pairing.starts_on.desc(), Pairing.id.desc()).limit(1))
        if open_pair is not None:
            had = tuple(s.scalars(select(PairingWorker.worker_id).where(PairingWorker.pairing_id == open_pair.id)))
            if worker_id in had:
                raise ValidationError(f"“{_name(s, worker_id)}”已在该党员的结对中。")
            data = PairInput(member_id, had + (worker_id,), open_pair.starts_on, None, tuple(open_pair.goals or ()),
                             open_pair.frequency_days)
            problems, member = _pair_problems(s, data, open_pair.id)
            raise_problems(problems)
            assert member is not None
            s.add(PairingWorker(pairing_id=open_pair.id, worker_id=worker_id))
            open_pair.updated_at = utcnow()  # its workers changed: its version moves on
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PAIRING, open_pair.id,
                         f"包保分配：{_name(s, worker_id)} 加入 {member.name} 的结对", {"added": [worker_id]})
            return open_pair.id
        data = PairInput(member_id, (worker_id,), today, None, ASSIGN_GOALS, DEFAULT_FREQUENCY_DAYS)
        problems, member = _pair_problems(s, data)
        raise_problems(problems)
        assert member is not None
        p = Pairing(branch_id=member.branch_id, member_id=member_id, starts_on=today, goals=list(ASSIGN_GOALS),
                    frequency_days=DEFAULT_FREQUENCY_DAYS)
        s.add(p)
        s.flush()
        s.add(PairingWorker(pairing_id=p.id, worker_id=worker_id))
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.PAIRING, p.id,
                     f"包保分配：新增结对 {member.name} — {_name(s, worker_id)}（{today:%Y-%m-%d} 起）",
                     {"member_id": member_id, "worker_ids": [worker_id]})
        return p.id


# ---------------------------------------------------------------- 安全联保责任书


@dataclass(frozen=True)
class GuaranteeInput:
    signed_on: date | None
    term_start: date | None
    term_end: date | None
    scan: bytes | None = None  # None: keep (an edit) or none (a new one)
    scan_name: str = ""


def _guarantee_row(g: Guarantee) -> GuaranteeRow:
    return GuaranteeRow(g.id, g.pairing_id, g.signed_on, g.term_start, g.term_end, g.scan_name, g.version)


def _guarantee_problems(data: GuaranteeInput) -> list[str]:
    problems = []
    if data.signed_on is None:
        problems.append("请填写签订日期")
    if data.term_start is None or data.term_end is None:
        problems.append("请填写责任期限的起止日期")
    elif data.term_end < data.term_start:
        problems.append("责任期限的结束日期不能早于开始日期")
    if data.scan is not None:
        problem = scan_problem(data.scan)
        if problem:
            problems.append(problem)
    return problems


def _scan_name(data: GuaranteeInput) -> str:
    assert data.scan is not None
    name = clean_text(data.scan_name).replace("/", "_").replace("\\", "_")[:200]
    return name or f"扫描件.{(scan_kind(data.scan) or 'pdf').lower()}"


def add_guarantee(ctx: Ctx, pair_id: int, data: GuaranteeInput) -> int:
    """A signed 安全联保责任书 for a pair, with its scan when one is given."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        p = s.get(Pairing, pair_id)
        if p is None:
            raise NotFound(PAIR_NOT_FOUND)
        raise_problems(_guarantee_problems(data))
        assert data.signed_on and data.term_start and data.term_end
        g = Guarantee(pairing_id=pair_id, signed_on=data.signed_on, term_start=data.term_start, term_end=data.term_end)
        if data.scan is not None:
            g.scan, g.scan_name = data.scan, _scan_name(data)
        s.add(g)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.GUARANTEE, g.id,
                     f"新增安全联保责任书：{_name(s, p.member_id)}，{data.signed_on:%Y-%m-%d} 签订"
                     + ("（含扫描件）" if data.scan is not None else ""), {"pairing_id": pair_id})
        return g.id


def edit_guarantee(ctx: Ctx, guarantee_id: int, expected_version: int, data: GuaranteeInput) -> None:
    """Change a guarantee's dates, and its scan when a new one is given."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        g = load_for_edit(s, Guarantee, guarantee_id, expected_version, GUARANTEE_NOT_FOUND)
        raise_problems(_guarantee_problems(data))
        assert data.signed_on and data.term_start and data.term_end
        g.signed_on, g.term_start, g.term_end = data.signed_on, data.term_start, data.term_end
        if data.scan is not None:
            g.scan, g.scan_name = data.scan, _scan_name(data)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.GUARANTEE, guarantee_id,
                     f"修改安全联保责任书（{data.signed_on:%Y-%m-%d} 签订）" + ("，更换扫描件" if data.scan is not None else ""))


def guarantee_scan(ctx: Ctx, guarantee_id: int) -> tuple[str, bytes]:
    """The scan's file name and bytes (NotFound when the guarantee has none)."""
    with ctx.read() as s:
        row = s.execute(select(Guarantee.scan_name, Guarantee.scan).where(Guarantee.id == guarantee_id)).one_or_none()
    if row is None:
        raise NotFound(GUARANTEE_NOT_FOUND)
    if row.scan is None:
        raise NotFound("这份责任书没有扫描件。")
    return row.scan_name or "扫描件", bytes(row.scan)


# ---------------------------------------------------------------- follow-ups


@dataclass(frozen=True)
class FollowUpInput:
    pairing_id: int
    worker_id: int | None
    held_on: date | None
    kind: FollowUpKind
    content: str
    outcome: str = ""
    next_due_on: date | None = None  # None: the date plus the pair's frequency


def _follow_up_row(f: FollowUp, worker: str | None) -> FollowUpRow:
    return FollowUpRow(f.id, f.pairing_id, f.worker_id, worker or "", f.held_on, f.kind, f.content,
                       f.outcome or "", f.next_due_on)


def record_follow_up(ctx: Ctx, data: FollowUpInput, today: date) -> FollowUpRow:
    """A follow-up of one worker of a pair; its next due date is the date plus the pair's
    frequency unless one was typed. Refused: a date in the future, before the pair started or
    after it ended, a worker not in the pair."""
    ctx.actor.require_write()
    content = clean_text(data.content, multiline=True)[:TEXT_MAX]
    outcome = clean_text(data.outcome, multiline=True)[:TEXT_MAX]
    with ctx.uow() as s:
        p = s.get(Pairing, data.pairing_id)
        if p is None:
            raise NotFound(PAIR_NOT_FOUND)
        problems = []
        workers = set(s.scalars(select(PairingWorker.worker_id).where(PairingWorker.pairing_id == p.id)))
        if data.worker_id is None or data.worker_id not in workers:
            problems.append("请选择本结对中的职工")
        if data.held_on is None:
            problems.append("请填写跟进日期")
        elif data.held_on > today:
            problems.append(f"跟进日期（{data.held_on:%Y-%m-%d}）不能晚于今天")
        elif data.held_on < p.starts_on:
            problems.append(f"跟进日期（{data.held_on:%Y-%m-%d}）不能早于结对开始日期（{p.starts_on:%Y-%m-%d}）")
        elif p.ends_on is not None and data.held_on > p.ends_on:
            problems.append(f"跟进日期（{data.held_on:%Y-%m-%d}）晚于结对结束日期（{p.ends_on:%Y-%m-%d}）")
        if not content:
            problems.append("请填写跟进内容")
        if data.held_on is not None and data.next_due_on is not None and data.next_due_on <= data.held_on:
            problems.append("下次跟进日期须晚于本次跟进日期")
        raise_problems(problems)
        assert data.held_on is not None
        f = FollowUp(pairing_id=p.id, worker_id=data.worker_id, held_on=data.held_on, kind=FollowUpKind(data.kind),
                     content=content, outcome=outcome or None,
                     next_due_on=next_due(data.held_on, p.frequency_days, data.next_due_on),
                     recorder_id=ctx.actor.person_id)
        s.add(f)
        s.flush()
        worker = _name(s, data.worker_id)
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.FOLLOW_UP, f.id,
                     f"记录结对跟进：{_name(s, p.member_id)} → {worker}，{data.held_on:%Y-%m-%d} {f.kind.value}",
                     {"pairing_id": p.id, "worker_id": data.worker_id})
        points.record_for(s, "follow_up", f.id, today)  # 党员积分: in the same unit of work
        return _follow_up_row(f, worker)
