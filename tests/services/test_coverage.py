"""包保 coverage on SQLite and PostgreSQL: the active pairing alone decides who covers a worker,
so a mood file's keepers, a 委员's readable files and the pairing tab cannot disagree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.mood import MoodFile
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pairing import Pairing, PairingGoal, PairingWorker, is_active
from dangjian_desktop.services.coverage import covered_workers, covered_workers_select, covering_members, is_covering

TODAY = date(2026, 11, 24)


def _people(secretary, org) -> dict[str, int]:
    with secretary.db.uow() as s:
        people = {
            name: Person(name=name, employee_no=no, branch_id=org["branch"],
                         political_status=PoliticalStatus.MEMBER if name.startswith("党员") else PoliticalStatus.MASSES)
            for name, no in (("党员甲", "M1"), ("党员乙", "M2"), ("职工一", "W1"), ("职工二", "W2"), ("职工三", "W3"))
        }
        s.add_all(people.values())
        s.flush()
        return {n: p.id for n, p in people.items()}


def _pair(secretary, org, member: int, workers: list[int], starts: date, ends: date | None = None) -> int:
    with secretary.db.uow() as s:
        p = Pairing(branch_id=org["branch"], member_id=member, starts_on=starts, ends_on=ends, goals=[PairingGoal.TALK])
        s.add(p)
        s.flush()
        s.add_all([PairingWorker(pairing_id=p.id, worker_id=w) for w in workers])
        return p.id


def test_covering_members_follow_the_active_pairings(secretary, org):
    ids = _people(secretary, org)
    a, b, w1, w2, w3 = (ids[n] for n in ("党员甲", "党员乙", "职工一", "职工二", "职工三"))
    _pair(secretary, org, a, [w1, w2], date(2026, 1, 1))
    _pair(secretary, org, b, [w1], date(2026, 1, 1), ends=TODAY)  # its last day: still active today
    _pair(secretary, org, b, [w3], TODAY + timedelta(days=1))  # starts tomorrow
    _pair(secretary, org, a, [w3], date(2025, 1, 1), ends=TODAY - timedelta(days=1))  # ended yesterday

    with secretary.db.read() as s:
        assert covering_members(s, [w1, w2, w3], TODAY) == {w1: [a, b], w2: [a], w3: []}
        assert covering_members(s, [w1, w3], TODAY + timedelta(days=1)) == {w1: [a], w3: [b]}
        assert covering_members(s, [], TODAY) == {}
        assert covered_workers(s, a, TODAY) == {w1, w2}
        assert covered_workers(s, b, TODAY) == {w1}
        assert is_covering(s, b, w1, TODAY) and not is_covering(s, b, w1, TODAY + timedelta(days=1))
        assert not is_covering(s, a, w3, TODAY)

        # The SQL and the pure rule say the same for every pairing and day around the edges.
        for day in (TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=1)):
            for p in s.scalars(select(Pairing)):
                in_sql = s.scalar(select(Pairing.id).where(Pairing.id == p.id, Pairing.active_on(day))) is not None
                assert in_sql == is_active(p.starts_on, p.ends_on, day)


def test_a_mood_files_keepers_are_whoever_covers_the_worker(secretary, org):
    """The file names no member: ending a pairing takes the file away from its member at once."""
    ids = _people(secretary, org)
    a, w1, w2 = ids["党员甲"], ids["职工一"], ids["职工二"]
    pid = _pair(secretary, org, a, [w1], date(2026, 1, 1))
    with secretary.db.uow() as s:
        s.add_all([MoodFile(worker_id=w1, opened_on=date(2026, 1, 5)), MoodFile(worker_id=w2, opened_on=date(2026, 1, 5))])
    assert not hasattr(MoodFile, "covering_member_id")

    with secretary.db.read() as s:
        readable = set(s.scalars(select(MoodFile.worker_id).where(MoodFile.worker_id.in_(covered_workers_select(a, TODAY)))))
        assert readable == {w1}
    with secretary.db.uow() as s:
        s.get(Pairing, pid).ends_on = TODAY - timedelta(days=1)
    with secretary.db.read() as s:
        assert covering_members(s, [w1, w2], TODAY) == {w1: [], w2: []}
        assert not s.scalars(select(MoodFile.id).where(MoodFile.worker_id.in_(covered_workers_select(a, TODAY)))).all()


def test_large_lists_of_workers_are_queried_in_chunks(secretary, org):
    ids = _people(secretary, org)
    _pair(secretary, org, ids["党员甲"], [ids["职工一"]], date(2026, 1, 1))
    many = list(range(100_000, 101_200)) + [ids["职工一"]]
    with secretary.db.read() as s:
        got = covering_members(s, many, TODAY)
    assert len(got) == len(many) and got[ids["职工一"]] == [ids["党员甲"]]


def test_a_goal_outside_the_list_is_refused(secretary, org):
    ids = _people(secretary, org)
    with pytest.raises(DomainError, match="喝茶"):
        with secretary.db.uow() as s:
            s.add(Pairing(branch_id=org["branch"], member_id=ids["党员甲"], starts_on=TODAY, goals=["喝茶"]))
    pid = _pair(secretary, org, ids["党员甲"], [ids["职工一"]], TODAY)
    with secretary.db.read() as s:
        assert s.get(Pairing, pid).goals == [PairingGoal.TALK]
