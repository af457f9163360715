"""包保 coverage: which members cover which workers, read from the active pairings.

The active pairing (``pairing`` + ``pairing_worker``, active from ``starts_on`` to ``ends_on``
inclusive, ``domain.pairing.is_active``) is the one source of truth: the pairing tab, the
keepers of a worker's mood file, and which mood files a 委员 may read all come from here,
so they cannot disagree. These helpers take the caller's session (they run inside his unit
of work or read) and a ``today`` (tests fix it); they check no permission themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.pairing import Pairing, PairingWorker

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
