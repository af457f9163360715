"""Confirming commendations on SQLite and PostgreSQL: one 党员之星 and one 优质责任区 per branch
and quarter by default (a setting), refusals in Chinese naming the branch and the quarter."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from dangjian_desktop.domain.assessment import Commendation, CommendationKind, CommendationStatus
from dangjian_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.domain.zones import Zone, ZoneKind
from dangjian_desktop.services import assessment

from ..conftest import viewer_of

TODAY = date(2026, 10, 10)
STAR, BEST = CommendationKind.MEMBER_STAR, CommendationKind.BEST_ZONE


@pytest.fixture
def cands(secretary, org) -> dict[str, int]:
    """Two members and their zones in the first branch, one member in the second."""
    with secretary.db.uow() as s:
        people = [Person(name=n, employee_no=no, branch_id=b, political_status=PoliticalStatus.MEMBER)
                  for n, no, b in (("张三", "M1", org["branch"]), ("李四", "M2", org["branch"]), ("王五", "M3", org["branch2"]))]
        s.add_all(people)
        s.flush()
        zones = [Zone(branch_id=org["branch"], kind=ZoneKind.SAFETY, name=f"{p.name}的安全责任区", member_id=p.id)
                 for p in people[:2]]
        s.add_all(zones)
        s.flush()
        return {"p1": people[0].id, "p2": people[1].id, "p3": people[2].id, "z1": zones[0].id, "z2": zones[1].id}


def _propose(ctx, branch: int, period: str, kind: CommendationKind, person: int | None = None,
             zone: int | None = None, status: CommendationStatus = CommendationStatus.PROPOSED) -> int:
    with ctx.db.uow() as s:
        c = Commendation(branch_id=branch, period=period, kind=kind, person_id=person, zone_id=zone, status=status,
                         veto_reason="对事故负有直接责任" if status is CommendationStatus.VETOED else None)
        s.add(c)
        s.flush()
        return c.id


def _confirm(ctx, cid: int):
    return assessment.confirm_commendation(ctx, cid, assessment.get_commendation(ctx, cid).version, TODAY)


def test_one_star_and_one_best_zone_per_branch_and_quarter(secretary, org, cands):
    first = _propose(secretary, org["branch"], "2026Q3", STAR, person=cands["p1"])
    second = _propose(secretary, org["branch"], "2026Q3", STAR, person=cands["p2"])
    row = _confirm(secretary, first)
    assert (row.status, row.confirmed_on, row.candidate, row.branch_name) == (
        CommendationStatus.CONFIRMED, TODAY, "张三", "综采二区党支部")

    with pytest.raises(ValidationError) as err:
        _confirm(secretary, second)
    assert "综采二区党支部" in err.value.message and "2026Q3" in err.value.message and "第3季度" in err.value.message
    assert "党员之星" in err.value.message
    assert assessment.get_commendation(secretary, second).status is CommendationStatus.PROPOSED  # nothing written

    # Another kind, another quarter, another branch: each has its own allowance.
    assert _confirm(secretary, _propose(secretary, org["branch"], "2026Q3", BEST, zone=cands["z1"])).zone_name == "张三的安全责任区"
    _confirm(secretary, _propose(secretary, org["branch"], "2026Q4", STAR, person=cands["p2"]))
    _confirm(secretary, _propose(secretary, org["branch2"], "2026Q3", STAR, person=cands["p3"]))
    with pytest.raises(ValidationError, match="优质责任区"):
        _confirm(secretary, _propose(secretary, org["branch"], "2026Q3", BEST, zone=cands["z2"]))
    # Kinds that are not quarterly have no such limit.
    for p in ("p1", "p2"):
        _confirm(secretary, _propose(secretary, org["branch"], "2026", CommendationKind.EXCELLENT_MEMBER, person=cands[p]))

    with secretary.db.read() as s:
        entries = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "commendation",
                                                             AuditEntry.entity_id == first)).all()
    assert entries == ["确认综采二区党支部2026Q3党员之星：张三"]


def test_the_setting_allows_more_per_quarter(secretary, org, cands):
    assert assessment.quarter_caps(secretary) == {STAR: 1, BEST: 1}
    assert assessment.set_quarter_caps(secretary, {STAR: 2}) == {STAR: 2, BEST: 1}
    assert assessment.quarter_caps(secretary) == {STAR: 2, BEST: 1}
    for p in ("p1", "p2"):
        _confirm(secretary, _propose(secretary, org["branch"], "2026Q3", STAR, person=cands[p]))
    with pytest.raises(ValidationError, match="最多2个"):
        _confirm(secretary, _propose(secretary, org["branch"], "2026Q3", STAR, person=cands["p3"]))
    with pytest.raises(ValidationError, match="不小于1"):
        assessment.set_quarter_caps(secretary, {BEST: 0})


def test_refusals_before_any_count(secretary, org, cands):
    vetoed = _propose(secretary, org["branch"], "2026Q3", STAR, person=cands["p1"], status=CommendationStatus.VETOED)
    with pytest.raises(ValidationError, match="已被否决.*事故"):
        _confirm(secretary, vetoed)
    half_year = _propose(secretary, org["branch"], "2026H2", BEST, zone=cands["z1"])
    with pytest.raises(ValidationError, match="按季度评选"):
        _confirm(secretary, half_year)
    ok = _propose(secretary, org["branch"], "2026Q3", STAR, person=cands["p2"])
    with pytest.raises(ConflictError):
        assessment.confirm_commendation(secretary, ok, 99, TODAY)
    _confirm(secretary, ok)
    with pytest.raises(ValidationError, match="已经确认"):
        _confirm(secretary, ok)
    with pytest.raises(NotFound):
        assessment.confirm_commendation(secretary, 9999, 1, TODAY)
    with pytest.raises(PermissionDenied):
        assessment.confirm_commendation(viewer_of(secretary), ok, 1, TODAY)
    with pytest.raises(PermissionDenied):
        assessment.set_quarter_caps(viewer_of(secretary), {STAR: 3})


def test_periods_are_stored_as_their_label(secretary, org, cands):
    cid = _propose(secretary, org["branch"], "2026年第三季度", STAR, person=cands["p1"])
    assert assessment.get_commendation(secretary, cid).period == "2026Q3"
    with pytest.raises(ValidationError, match="无法识别的期间"):
        _propose(secretary, org["branch"], "今年三季度", STAR, person=cands["p1"])
