"""包保 coverage: which members cover which workers, read from the active pairings.

The active pairing (``pairing`` + ``pairing_worker``, active from ``starts_on`` to ``ends_on``
inclusive, ``domain.pairing.is_active``) is the one source of truth: the pairing tab, the
keepers of a worker's mood file, and which mood files a 委员 may read all come from here,
so they cannot disagree. These helpers take the caller's session (they run inside his unit
of work or read) and a ``today`` (tests fix it); they check no permission themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.org import Person, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.pairing import Pairing, PairingWorker, coverage_label

_CHUNK = 500  # worker ids per IN (...): well under SQLite's limit on bound parameters


def covered_workers_select(member_id: int, today: date) -> Select[int]:
    """SELECT of the worker ids ``member_id`` covers today, to use inside another query
    (``MoodFile.worker_id.in_(covered_workers_select(me, today))``)."""
    return (select(PairingWorker.worker_id)
            .join(Pairing, PairingWorker.pairing_id == Pairing.id)
            .where(Pairing.member_id == member_id, Pairing.active_on(today)))


def covering_members(session: Session, worker_ids: Iterable[int], today: date) -> dict[int, list[int]]:
    """Each given worker → the ids of the members whose active pairings cover him, ascending.

    Every given worker is a key; a worker nobody covers today maps to ``[]``.
    """
    wanted = sorted(set(worker_ids))
    out: dict[int, set[int]] = {w: set() for w in wanted}
    for i in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(PairingWorker.worker_id, Pairing.member_id)
            .join(Pairing, PairingWorker.pairing_id == Pairing.id)
            .where(PairingWorker.worker_id.in_(wanted[i:i + _CHUNK]), Pairing.active_on(today)))
        for worker, member in rows:
            out[worker].add(member)
    return {w: sorted(members) for w, members in out.items()}


def covered_workers(session: Session, member_id: int, today: date) -> set[int]:
    """The ids of the workers ``member_id`` covers through his active pairings."""
    return set(session.scalars(covered_workers_select(member_id, today)))


def is_covering(session: Session, member_id: int, worker_id: int, today: date) -> bool:
    """Whether ``member_id`` covers ``worker_id`` today (one indexed query)."""
    q = covered_workers_select(member_id, today).where(PairingWorker.worker_id == worker_id).limit(1)
    return session.scalar(q) is not None


# ---------------------------------------------------------------- 包保全覆盖: who should be covered, who is


def to_cover() -> ColumnElement[bool]:
    """The people who should be covered: not archived, and not a 中共党员 or 中共预备党员."""
    return and_(Person.archived_at.is_(None),
                Person.political_status.not_in([PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY]))


def covered_any_select(today: date) -> Select[int]:
    """SELECT of every worker id some active pairing covers today."""
    return (select(PairingWorker.worker_id)
            .join(Pairing, PairingWorker.pairing_id == Pairing.id)
            .where(Pairing.active_on(today)))


def uncovered_condition(today: date) -> ColumnElement[bool]:
    """WHERE clause on ``Person``: should be covered, and no active pairing covers him today."""
    return and_(to_cover(), Person.id.not_in(covered_any_select(today)))


#: ``top_unit_id`` of people in no unit.
NO_UNIT = 0


@dataclass(frozen=True)
class CoverageCount:
    """One 区队's (a 班组 counts with its 区队) workers to cover and covered, in one branch."""

    branch_id: int
    unit_id: int  # the 区队; NO_UNIT for people in none
    total: int
    covered: int

    @property
    def label(self) -> str:
        return coverage_label(self.covered, self.total)


def coverage_counts(session: Session, today: date, branch_id: int | None = None) -> list[CoverageCount]:
    """Per branch and 区队: how many should be covered and how many are, today (one query)."""
    top_unit = func.coalesce(WorkUnit.parent_id, Person.unit_id, NO_UNIT)
    covered = func.sum(case((Person.id.in_(covered_any_select(today)), 1), else_=0))
    q = (select(Person.branch_id, top_unit, func.count(Person.id), covered)
         .outerjoin(WorkUnit, Person.unit_id == WorkUnit.id)
         .where(to_cover()).group_by(Person.branch_id, top_unit))
    if branch_id is not None:
        q = q.where(Person.branch_id == branch_id)
    return sorted((CoverageCount(b, int(u), int(n), int(c or 0)) for b, u, n, c in session.execute(q)),
                  key=lambda c: (c.branch_id, c.unit_id))
