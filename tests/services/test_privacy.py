"""Who may read a worker's mood file, on SQLite and PostgreSQL, with real pairings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dangjian_desktop.domain.errors import PermissionDenied
from dangjian_desktop.domain.mood import MoodFile
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.pairing import Pairing, PairingWorker
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, Role
from dangjian_desktop.services import audit, auth, coverage, privacy, roster
from dangjian_desktop.services.uow import Actor, Ctx

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)
DAY = timedelta(days=1)


def _person(ctx: Ctx, org, name: str, no: str, member: bool = False) -> int:
    status = PoliticalStatus.MEMBER if member else PoliticalStatus.MASSES
    joined = date(2010, 7, 1) if member else None
    return roster.add_person(ctx, PersonInput(name=name, employee_no=no, branch_id=org["branch"], political_status=status,
                                              joined_party_on=joined), TODAY).id


def _pair(ctx: Ctx, org, member_id: int, workers: list[int], starts_on: date, ends_on: date | None = None) -> None:
    with ctx.db.uow() as s:
        p = Pairing(branch_id=org["branch"], member_id=member_id, starts_on=starts_on, ends_on=ends_on)
        s.add(p)
        s.flush()
        s.add_all(PairingWorker(pairing_id=p.id, worker_id=w) for w in workers)


def _committee(ctx: Ctx, username: str, person_id: int) -> Actor:
    auth.create_user(ctx, username, username, "secret123", Role.COMMITTEE, person_id=person_id)
    return auth.login(ctx.db, username, "secret123")


@pytest.fixture
def people(secretary: Ctx, org) -> dict[str, int]:
    """Workers 甲 and 乙; 甲 is covered by 赵 now, was by 钱 (ended yesterday), will be by 孙
    (from tomorrow); 李 covers 乙 only. 甲 has a mood file."""
    ids = {
        "甲": _person(secretary, org, "甲", "W1"), "乙": _person(secretary, org, "乙", "W2"),
        "赵": _person(secretary, org, "赵", "M1", member=True), "钱": _person(secretary, org, "钱", "M2", member=True),
        "孙": _person(secretary, org, "孙", "M3", member=True), "李": _person(secretary, org, "李", "M4", member=True),
    }
    _pair(secretary, org, ids["赵"], [ids["甲"]], TODAY - 30 * DAY, TODAY)  # its last day: still active
    _pair(secretary, org, ids["钱"], [ids["甲"]], TODAY - 300 * DAY, TODAY - DAY)
    _pair(secretary, org, ids["孙"], [ids["甲"]], TODAY + DAY)
    _pair(secretary, org, ids["李"], [ids["乙"]], TODAY)  # its first day: active
    with secretary.db.uow() as s:
        s.add(MoodFile(worker_id=ids["甲"], opened_on=TODAY - 30 * DAY))
    return ids


def test_who_may_read_a_workers_mood_file(secretary, people):
    db = secretary.db
    zhao, qian, sun, li = (_committee(secretary, u, people[n]) for u, n in
                           [("zhao", "赵"), ("qian", "钱"), ("sun", "孙"), ("li", "李")])
    auth.create_user(secretary, "chakan", "查看员", "secret123", Role.VIEWER)
    viewer = auth.login(db, "chakan", "secret123")
    worker = people["甲"]
    with db.read() as s:
        assert coverage.covering_members(s, [worker], TODAY) == {worker: [people["赵"]]}
        assert coverage.covering_members(s, [worker], TODAY + DAY) == {worker: [people["孙"]]}
        assert privacy.may_read_mood_file(s, secretary.actor, worker, TODAY)  # 书记 reads all
        assert privacy.may_read_mood_file(s, zhao, worker, TODAY)  # the covering 委员
        assert not privacy.may_read_mood_file(s, li, worker, TODAY)  # another 委员
        assert privacy.may_read_mood_file(s, li, people["乙"], TODAY)
        assert not privacy.may_read_mood_file(s, qian, worker, TODAY)  # his pairing ended yesterday
        assert not privacy.may_read_mood_file(s, sun, worker, TODAY)  # his starts tomorrow
        assert privacy.may_read_mood_file(s, sun, worker, TODAY + DAY)
        assert not privacy.may_read_mood_file(s, viewer, worker, TODAY)
        assert not privacy.may_read_mood_file(s, viewer_of(secretary).actor, worker, TODAY)
        assert not privacy.may_read_mood_file(s, auth.cli_actor(), worker, TODAY)  # a 书记 role, but no login
        unlinked = Actor(zhao.user_id, "x", "x", Role.COMMITTEE, None)
        assert not privacy.may_read_mood_file(s, unlinked, worker, TODAY)


def test_readable_worker_ids_for_list_screens(secretary, people):
    zhao = _committee(secretary, "zhao", people["赵"])
    li = _committee(secretary, "li", people["李"])
    with secretary.db.read() as s:
        assert privacy.readable_worker_ids(s, secretary.actor, TODAY) is None  # all
        assert privacy.readable_worker_ids(s, zhao, TODAY) == {people["甲"]}
        assert privacy.readable_worker_ids(s, zhao, TODAY + DAY) == set()  # his pairing ended today
        assert privacy.readable_worker_ids(s, li, TODAY) == {people["乙"]}
        assert privacy.readable_worker_ids(s, viewer_of(secretary).actor, TODAY) == set()
        assert privacy.readable_worker_ids(s, auth.cli_actor(), TODAY) == set()


def _views(ctx: Ctx) -> list[tuple]:
    """The audited reads: (entity, entity_id, user_id, summary, details)."""
    with ctx.db.read() as s:
        q = select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.user_id, AuditEntry.summary, AuditEntry.details)
        return [tuple(r) for r in s.execute(q.where(AuditEntry.action == "查看").order_by(AuditEntry.id))]


def test_an_audited_read_writes_one_entry_and_a_refused_one_none(secretary, people):
    zhao = _committee(secretary, "zhao", people["赵"])
    li = _committee(secretary, "li", people["李"])
    worker = people["甲"]
    with secretary.db.uow() as s:
        privacy.require_mood_read(s, zhao, worker, TODAY)
    with secretary.db.read() as s:
        file_id = s.scalar(select(MoodFile.id).where(MoodFile.worker_id == worker))
    assert _views(secretary) == [("mood_file", file_id, zhao.user_id, "查看职工 甲 的思想动态档案", {"worker_id": worker})]
    assert audit.list_entries(secretary, "思想动态档案")[0].username == "zhao"

    with pytest.raises(PermissionDenied, match="只能查看自己包保的职工"):
        with secretary.db.uow() as s:
            privacy.require_mood_read(s, li, worker, TODAY)
    with pytest.raises(PermissionDenied, match="“查看”账号不能查看"):
        with secretary.db.uow() as s:
            privacy.require_mood_read(s, Actor(zhao.user_id, "v", "v", Role.VIEWER), worker, TODAY)
    with pytest.raises(PermissionDenied, match="命令行不能查看"):
        with secretary.db.uow() as s:
            privacy.require_mood_read(s, auth.cli_actor(), worker, TODAY)
    with secretary.db.uow() as s:
        privacy.require_mood_read(s, secretary.actor, people["乙"], TODAY, audit=False)  # a check, not a read
        privacy.require_mood_read(s, secretary.actor, people["乙"], TODAY)  # 乙 has no file yet: no id
    views = _views(secretary)
    assert len(views) == 2  # the refusals and the unaudited check wrote nothing
    assert views[1] == ("mood_file", None, secretary.actor.user_id, "查看职工 乙 的思想动态档案", {"worker_id": people["乙"]})
