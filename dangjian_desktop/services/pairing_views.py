"""What the 结对帮扶 tab lists: follow-ups due (overdue first), uncovered workers, each member's
load, the coverage line per 区队 and branch, and the 工作台 items of the area.

Coverage is ``services.coverage`` (the active pairings are the one source of truth); the
follow-up list is one row per worker of a pair active today, its next due date being the
latest follow-up's (or, before the first, the pair's start plus its frequency), filtered,
sorted and paged in SQL. Reads need no write permission: nothing here is from the mood files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import Date, and_, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.pairing import (
    DUE_SOON_DAYS,
    DueState,
    FollowUp,
    Pairing,
    PairingWorker,
    coverage_label,
    due_state,
)

from . import coverage
from .coverage import NO_UNIT, CoverageCount
from .search import contains, search_text
from .uow import Ctx

AREA = "结对帮扶"
NO_UNIT_LABEL = "（未分区队）"


class _AddDays(FunctionElement[Any]):
    """``date + n days`` in SQL: ``date(d, '+n days')`` on SQLite, ``d + n`` on PostgreSQL."""

    type = Date()
    inherit_cache = True
    name = "add_days"


@compiles(_AddDays)
def _add_days_default(element: _AddDays, compiler: Any, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"({compiler.process(day, **kw)} + {compiler.process(days, **kw)})"


@compiles(_AddDays, "sqlite")
def _add_days_sqlite(element: _AddDays, compiler: Any, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"date({compiler.process(day, **kw)}, '+' || ({compiler.process(days, **kw)}) || ' days')"


Worker = aliased(Person, name="worker")
Member = aliased(Person, name="member")
WorkerUnit = aliased(WorkUnit, name="worker_unit")
WorkerTopUnit = aliased(WorkUnit, name="worker_top_unit")


def _latest_follow_ups() -> Any:
    """Each (pair, worker)'s latest follow-up: its date and next due date."""
    ranked = select(FollowUp.pairing_id, FollowUp.worker_id, FollowUp.held_on, FollowUp.next_due_on,
                    func.row_number().over(partition_by=(FollowUp.pairing_id, FollowUp.worker_id),
                                           order_by=(FollowUp.held_on.desc(), FollowUp.id.desc())).label("rn")
                    ).subquery("ranked")
    return select(ranked.c.pairing_id, ranked.c.worker_id, ranked.c.held_on, ranked.c.next_due_on
                  ).where(ranked.c.rn == 1).subquery("latest")


def _unit_label(unit: str | None, top: str | None) -> str:
    return f"{top} / {unit}" if top and unit else unit or ""


# ---------------------------------------------------------------- follow-ups due


class DueSort(str, Enum):
    DUE = "due"
    WORKER = "worker"
    MEMBER = "member"
    UNIT = "unit"
    LAST = "last"


@dataclass(frozen=True)
class DueFilter:
    """The follow-up list: one branch, one 区队 (with its 班组), one member, a text, due only."""

    today: date
    branch_id: int | None = None
    unit_id: int | None = None
    member_id: int | None = None
    text: str = ""
    due_only: bool = False  # overdue and due within DUE_SOON_DAYS
    sort: DueSort = DueSort.DUE
    descending: bool = False


@dataclass(frozen=True)
class DueRow:
    """A worker of a pair active today, with his last follow-up and the next one due."""

    pairing_id: int
    worker_id: int
    worker: str
    unit: str
    post: str
    member_id: int
    member: str
    starts_on: date
    frequency_days: int
    last_held_on: date | None
    next_due_on: date
    state: DueState

    @property
    def id(self) -> int:  # the paged model's row id: pair and worker in one number
        return self.pairing_id * 1_000_000 + self.worker_id


def _due_query(cols: Any, f: DueFilter) -> tuple[Any, Any, Any]:
    latest = _latest_follow_ups()
    due = func.coalesce(latest.c.next_due_on, _AddDays(latest.c.held_on, Pairing.frequency_days),
                        _AddDays(Pairing.starts_on, Pairing.frequency_days))
    q = (cols.add_columns(latest.c.held_on, due.label("due"))
         .select_from(PairingWorker)
         .join(Pairing, PairingWorker.pairing_id == Pairing.id)
         .join(Worker, PairingWorker.worker_id == Worker.id)
         .join(Member, Pairing.member_id == Member.id)
         .outerjoin(WorkerUnit, Worker.unit_id == WorkerUnit.id)
         .outerjoin(WorkerTopUnit, WorkerUnit.parent_id == WorkerTopUnit.id)
         .outerjoin(latest, and_(latest.c.pairing_id == Pairing.id, latest.c.worker_id == PairingWorker.worker_id))
         .where(Pairing.active_on(f.today), Worker.archived_at.is_(None)))
    if f.branch_id is not None:
        q = q.where(Worker.branch_id == f.branch_id)
    if f.unit_id is not None:
        q = q.where(or_(Worker.unit_id == f.unit_id, WorkerUnit.parent_id == f.unit_id))
    if f.member_id is not None:
        q = q.where(Pairing.member_id == f.member_id)
    text = search_text(f.text)
    if text:
        q = q.where(or_(contains(Worker.name, text), contains(Member.name, text), contains(Worker.post, text),
                        contains(Worker.employee_no, text)))
    if f.due_only:
        q = q.where(due <= f.today + timedelta(days=DUE_SOON_DAYS))
    return q, due, latest.c.held_on


_DUE_COLUMNS: Any = select(Pairing.id, Worker.id, Worker.name, WorkerUnit.name, WorkerTopUnit.name, Worker.post,
                      Member.id, Member.name, Pairing.starts_on, Pairing.frequency_days)


def count_due(ctx: Ctx, f: DueFilter) -> int:
    with ctx.read() as s:
        q, _due, _last = _due_query(select(PairingWorker.id), f)
        return s.scalar(select(func.count()).select_from(q.subquery())) or 0


def list_due(ctx: Ctx, f: DueFilter, offset: int = 0, limit: int = 200) -> list[DueRow]:
    """A page of the follow-up list: overdue first (the earliest due date first) by default."""
    with ctx.read() as s:
        return _list_due(s, f, offset, limit)


def _list_due(s: Session, f: DueFilter, offset: int = 0, limit: int | None = 200) -> list[DueRow]:
    q, due, last = _due_query(_DUE_COLUMNS, f)
    sort_col: Any = {DueSort.DUE: due, DueSort.WORKER: Worker.name_pinyin, DueSort.MEMBER: Member.name_pinyin,
                     DueSort.UNIT: func.coalesce(WorkerTopUnit.name, WorkerUnit.name), DueSort.LAST: last}[f.sort]
    order = [sort_col.desc() if f.descending else sort_col.asc(), due.asc(), Worker.name_pinyin, PairingWorker.id]
    q = q.order_by(*order).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    rows = []
    for pid, wid, wname, unit, top, post, mid, mname, starts, freq, last, next_due in s.execute(q):
        next_due = next_due if isinstance(next_due, date) else date.fromisoformat(str(next_due))
        rows.append(DueRow(pid, wid, wname, _unit_label(unit, top), post or "", mid, mname, starts, freq, last,
                           next_due, due_state(next_due, f.today)))
    return rows


# ---------------------------------------------------------------- uncovered workers


@dataclass(frozen=True)
class UncoveredFilter:
    today: date
    branch_id: int | None = None
    unit_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class UncoveredRow:
    id: int
    name: str
    employee_no: str
    branch_id: int
    branch: str
    unit_id: int | None
    unit: str
    post: str
    political_status: PoliticalStatus


def _uncovered_query(cols: Any, f: UncoveredFilter) -> Any:
    q = (cols.select_from(Person).join(Branch, Person.branch_id == Branch.id)
         .outerjoin(WorkerUnit, Person.unit_id == WorkerUnit.id)
         .outerjoin(WorkerTopUnit, WorkerUnit.parent_id == WorkerTopUnit.id)
         .where(coverage.uncovered_condition(f.today)))
    if f.branch_id is not None:
        q = q.where(Person.branch_id == f.branch_id)
    if f.unit_id is not None:
        q = q.where(or_(Person.unit_id == f.unit_id, WorkerUnit.parent_id == f.unit_id))
    text = search_text(f.text)
    if text:
        q = q.where(or_(contains(Person.name, text), contains(Person.employee_no, text), contains(Person.post, text)))
    return q


def count_uncovered(ctx: Ctx, f: UncoveredFilter) -> int:
    with ctx.read() as s:
        return s.scalar(_uncovered_query(select(func.count(Person.id)), f)) or 0


def list_uncovered(ctx: Ctx, f: UncoveredFilter, offset: int = 0, limit: int | None = 200) -> list[UncoveredRow]:
    """Workers who should be covered and are not today, by 区队 and name (pinyin)."""
    with ctx.read() as s:
        return _list_uncovered(s, f, offset, limit)


def _list_uncovered(s: Session, f: UncoveredFilter, offset: int = 0, limit: int | None = 200) -> list[UncoveredRow]:
    cols: Any = select(Person.id, Person.name, Person.employee_no, Person.branch_id, Branch.name,
                                Person.unit_id, WorkerUnit.name, WorkerTopUnit.name, Person.post,
                                Person.political_status)
    q = _uncovered_query(cols, f)
    q = q.order_by(Branch.name, func.coalesce(WorkerTopUnit.name, WorkerUnit.name), Person.name_pinyin, Person.id)
    q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [UncoveredRow(i, n, no, b, bn, u, _unit_label(un, top), post or "", ps)
            for i, n, no, b, bn, u, un, top, post, ps in s.execute(q)]


# ---------------------------------------------------------------- coverage and member load


@dataclass(frozen=True)
class UnitCoverage:
    unit_id: int  # NO_UNIT for people in no 区队
    unit: str
    count: CoverageCount

    @property
    def label(self) -> str:
        return self.count.label


@dataclass(frozen=True)
class BranchCoverage:
    branch_id: int
    branch: str
    total: int
    covered: int
    units: tuple[UnitCoverage, ...]

    @property
    def label(self) -> str:
        return coverage_label(self.covered, self.total)


def coverage_of(ctx: Ctx, today: date, branch_id: int | None = None) -> list[BranchCoverage]:
    """The coverage of each branch (or the one given) and of its 区队, from ``services.coverage``."""
    with ctx.read() as s:
        return _coverage_of(s, today, branch_id)


def _coverage_of(s: Session, today: date, branch_id: int | None = None) -> list[BranchCoverage]:
    counts = coverage.coverage_counts(s, today, branch_id)
    names: dict[int, str] = {i: n for i, n in s.execute(select(WorkUnit.id, WorkUnit.name))}
    q = select(Branch.id, Branch.name).where(Branch.archived_at.is_(None)).order_by(Branch.id)
    if branch_id is not None:
        q = select(Branch.id, Branch.name).where(Branch.id == branch_id)
    by_branch: dict[int, list[CoverageCount]] = defaultdict(list)
    for c in counts:
        by_branch[c.branch_id].append(c)
    out = []
    for bid, bname in s.execute(q):
        units = tuple(sorted((UnitCoverage(c.unit_id, names.get(c.unit_id, NO_UNIT_LABEL) if c.unit_id != NO_UNIT
                                           else NO_UNIT_LABEL, c) for c in by_branch[bid]),
                             key=lambda u: (u.unit_id == NO_UNIT, u.unit)))
        out.append(BranchCoverage(bid, bname, sum(u.count.total for u in units), sum(u.count.covered for u in units),
                                  units))
    return out


def total_coverage(rows: list[BranchCoverage]) -> str:
    """The line over several branches (the whole committee)."""
    return coverage_label(sum(r.covered for r in rows), sum(r.total for r in rows))


@dataclass(frozen=True)
class MemberLoad:
    """A member's load: the workers he covers today, and how many of them are due or overdue."""

    member_id: int
    name: str
    unit: str
    political_status: PoliticalStatus
    workers: int
    due: int
    overdue: int


def member_load(ctx: Ctx, today: date, branch_id: int | None = None) -> list[MemberLoad]:
    """Every member (中共党员, 预备党员) of the branch, the least loaded first: whom to assign to."""
    with ctx.read() as s:
        q = (select(Person.id, Person.name, WorkerUnit.name, WorkerTopUnit.name, Person.political_status)
             .outerjoin(WorkerUnit, Person.unit_id == WorkerUnit.id)
             .outerjoin(WorkerTopUnit, WorkerUnit.parent_id == WorkerTopUnit.id)
             .where(Person.archived_at.is_(None),
                    Person.political_status.in_([PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY])))
        if branch_id is not None:
            q = q.where(Person.branch_id == branch_id)
        members = s.execute(q.order_by(Person.name_pinyin)).all()
        workers: dict[int, set[int]] = defaultdict(set)
        due: dict[int, int] = defaultdict(int)
        overdue: dict[int, int] = defaultdict(int)
        for r in _list_due(s, DueFilter(today, branch_id=branch_id), 0, None):
            workers[r.member_id].add(r.worker_id)
            if r.state is DueState.OVERDUE:
                overdue[r.member_id] += 1
            elif r.state is DueState.DUE:
                due[r.member_id] += 1
    rows = [MemberLoad(i, n, _unit_label(u, top), ps, len(workers[i]), due[i], overdue[i]) for i, n, u, top, ps in members]
    return sorted(rows, key=lambda m: (m.workers, m.overdue + m.due))


# ---------------------------------------------------------------- choices for the dialogs


@dataclass(frozen=True)
class WorkerChoice:
    id: int
    name: str
    employee_no: str
    unit: str
    post: str
    covered: bool  # in an active pair today


def worker_choices(ctx: Ctx, branch_id: int, today: date) -> list[WorkerChoice]:
    """The branch's workers to cover (not archived, not members): the uncovered first, by name."""
    with ctx.read() as s:
        covered = Person.id.in_(coverage.covered_any_select(today))
        rows = s.execute(select(Person.id, Person.name, Person.employee_no, WorkerUnit.name, WorkerTopUnit.name,
                                Person.post, covered)
                         .outerjoin(WorkerUnit, Person.unit_id == WorkerUnit.id)
                         .outerjoin(WorkerTopUnit, WorkerUnit.parent_id == WorkerTopUnit.id)
                         .where(coverage.to_cover(), Person.branch_id == branch_id)
                         .order_by(covered, Person.name_pinyin, Person.id))
        return [WorkerChoice(i, n, no, _unit_label(u, top), post or "", bool(c)) for i, n, no, u, top, post, c in rows]


def branch_of(ctx: Ctx, person_id: int) -> int | None:
    with ctx.read() as s:
        return s.scalar(select(Person.branch_id).where(Person.id == person_id))
