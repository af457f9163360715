"""Card data on SQLite and PostgreSQL: what each card selects, the defaults, and the refusals."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangjian_desktop.domain.assessment import (
    Commendation,
    CommendationKind,
    CommendationStatus,
    QuarterlyReview,
    ScoreSheet,
    WeeklyScore,
)
from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.hazards import Hazard, HazardStatus, Violation, ViolationKind
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pairing import FollowUp, FollowUpKind, Guarantee, Pairing, PairingWorker
from dangjian_desktop.domain.pledges import CampaignStatus, Commitment, CommitmentMetric, Pledge, PledgeCampaign, PledgeStatus
from dangjian_desktop.domain.zones import Zone, ZoneCategory, ZoneKind, ZoneReport, ZoneStatus
from dangjian_desktop.services import cards
from dangjian_desktop.services.cards import CardSelection, NothingToPrint

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)  # a Tuesday in 2026Q4
PHOTO = b"\x89PNG stand-in bytes"


def sel(**kw) -> CardSelection:
    return CardSelection(today=TODAY, **kw)


@pytest.fixture
def world(secretary, org) -> dict[str, int]:
    """Members and workers in both branches, zones in every status, a pairing, campaigns, records."""
    with secretary.db.uow() as s:
        def person(name: str, no: str, branch: str, unit: str | None, member: bool = True, **kw) -> Person:
            p = Person(name=name, employee_no=no, branch_id=org[branch], unit_id=org[unit] if unit else None,
                       political_status=PoliticalStatus.MEMBER if member else PoliticalStatus.MASSES, **kw)
            s.add(p)
            return p

        a = person("张建国", "M1", "branch", "team", post="采煤机司机", photo=PHOTO)
        b = person("李卫东", "M2", "branch2", "unit2", post="主值班员")
        boss = person("王书记", "M3", "branch", "unit")
        w1, w2 = person("赵职工", "W1", "branch", "team", False), person("钱职工", "W2", "branch", "team", False)
        gone = person("孙离职", "W3", "branch", "team", False, archived_at=datetime(2026, 6, 1))
        s.flush()

        def zone(name: str, member: Person, status: ZoneStatus, unit: str, branch: str = "branch", **kw) -> Zone:
            kw = {"starts_on": date(2026, 1, 5), "ends_on": date(2027, 1, 3)} | kw
            z = Zone(branch_id=org[branch], unit_id=org[unit], kind=ZoneKind.SAFETY, category=ZoneCategory.ZONE,
                     name=name, member_id=member.id, assessor_id=boss.id, status=status, **kw)
            s.add(z)
            return z

        active = zone("8103机头安全责任区", a, ZoneStatus.ACTIVE, "team", area="8103工作面机头", duties="排查隐患")
        zone("草稿责任区", a, ZoneStatus.DRAFT, "team")
        zone("摘牌责任区", boss, ZoneStatus.REVOKED, "unit", revoked_on=date(2026, 11, 10))
        zone("期满责任区", boss, ZoneStatus.ENDED, "unit", ends_on=date(2026, 6, 30))
        other = zone("集控室安全责任区", b, ZoneStatus.ACTIVE, "unit2", branch="branch2")
        s.flush()

        # 每周报告: the weeks of November starting on or before today are 2, 9, 16, 23 (4 due); 3 made.
        for week in (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)):
            s.add(ZoneReport(zone_id=active.id, member_id=a.id, week_start=week, reported_on=week))
        s.add(ZoneReport(zone_id=active.id, member_id=a.id, week_start=date(2026, 10, 26), reported_on=date(2026, 10, 27)))
        for found, deadline, closed, status in ((date(2026, 11, 3), date(2026, 11, 6), date(2026, 11, 5), HazardStatus.CLOSED),
                                                (date(2026, 11, 4), date(2026, 11, 6), date(2026, 11, 9), HazardStatus.CLOSED),
                                                (date(2026, 11, 20), date(2026, 11, 30), None, HazardStatus.OPEN),
                                                (date(2026, 10, 20), date(2026, 10, 22), date(2026, 10, 21), HazardStatus.CLOSED)):
            s.add(Hazard(branch_id=org["branch"], zone_id=active.id, found_on=found, description="顶板破碎",
                         deadline=deadline, closed_on=closed, status=status, finder_id=w1.id))
        s.add(Violation(person_id=w1.id, branch_id=org["branch"], zone_id=active.id, occurred_on=date(2026, 11, 12),
                        kind=ViolationKind.OPERATION, description="未按规定佩戴自救器"))
        pairing = Pairing(branch_id=org["branch"], member_id=a.id, starts_on=date(2026, 1, 5))
        ended = Pairing(branch_id=org["branch"], member_id=boss.id, starts_on=date(2025, 1, 1), ends_on=date(2025, 12, 31))
        s.add_all([pairing, ended])
        s.flush()
        s.add_all([PairingWorker(pairing_id=pairing.id, worker_id=w.id) for w in (w1, w2, gone)])
        s.add(PairingWorker(pairing_id=ended.id, worker_id=w2.id))
        s.add(Guarantee(pairing_id=pairing.id, signed_on=date(2026, 1, 8), term_start=date(2026, 1, 8),
                        term_end=date(2027, 1, 7)))
        for day in (date(2026, 11, 3), date(2026, 11, 18), date(2026, 10, 5)):
            s.add(FollowUp(pairing_id=pairing.id, worker_id=w1.id, held_on=day, kind=FollowUpKind.TALK,
                           content="谈心：家里的私事"))
        sheet = ScoreSheet(name="周检查评分表")
        s.add(sheet)
        s.flush()
        for week, total, inspector in ((date(2026, 11, 2), 96.0, boss), (date(2026, 11, 9), 92.0, boss),
                                       (date(2026, 11, 2), 90.0, b)):
            s.add(WeeklyScore(sheet_id=sheet.id, zone_id=active.id, week_start=week, inspector_id=inspector.id, total=total))
        s.add(QuarterlyReview(branch_id=org["branch"], zone_id=active.id, period="2026Q3", total=93.5, rank=2))

        old = PledgeCampaign(title="平安一季度", starts_on=date(2026, 1, 1), ends_on=date(2026, 3, 31),
                             status=CampaignStatus.ENDED)
        running = PledgeCampaign(title="百日安全", starts_on=date(2026, 10, 15), ends_on=date(2027, 1, 22))
        s.add_all([old, running])
        s.flush()
        for campaign in (old, running):
            for m in (a, b):
                p = Pledge(campaign_id=campaign.id, member_id=m.id, branch_id=m.branch_id, post=m.post,
                           text=f"我是{m.name}，我承诺{campaign.title}期间无违章。", status=PledgeStatus.SIGNED,
                           signed_on=campaign.starts_on)
                p.commitments = [Commitment(position=0, text="每月深入现场10次", metric=CommitmentMetric.FIELD_VISIT,
                                            target_count=10),
                                 Commitment(position=1, text="每月排查隐患8条", metric=CommitmentMetric.HAZARD_FOUND,
                                            target_count=8)]
                s.add(p)
        for kind, person_id, zone_id in ((CommendationKind.MEMBER_STAR, a.id, None),
                                         (CommendationKind.BEST_ZONE, None, active.id)):
            s.add(Commendation(branch_id=org["branch"], period="2026Q3", kind=kind, person_id=person_id,
                               zone_id=zone_id, score=95.5, status=CommendationStatus.CONFIRMED,
                               achievements="连续300天无“三违”。", confirmed_on=date(2026, 10, 10)))
        s.add(Commendation(branch_id=org["branch"], period="2026Q3", kind=CommendationKind.MEMBER_STAR,
                           person_id=boss.id, status=CommendationStatus.VETOED, veto_reason="事故"))
        s.flush()
        return {"a": a.id, "b": b.id, "w1": w1.id, "active": active.id, "other": other.id}


def test_zone_cards_print_active_zones_only(secretary, world):
    data = cards.load_zone_cards(secretary, sel())
    assert [c.name for c in data.items] == ["8103机头安全责任区", "集控室安全责任区"]
    card = data.items[0]
    assert (card.member, card.assessor, card.unit, card.area, card.photo) == ("张建国", "王书记", "综采二区检修班",
                                                                             "8103工作面机头", PHOTO)
    assert card.branch.name == "综采二区党支部" and card.branch.phone == "0516-1234567"
    assert data.items[1].photo is None and data.printed_on == TODAY
    # A unit includes its teams; a unit of the other branch selects that branch only.
    assert [c.name for c in cards.load_zone_cards(secretary, sel(unit="综采二区")).items] == ["8103机头安全责任区"]
    assert [c.name for c in cards.load_zone_cards(secretary, sel(unit="运行一班")).items] == ["集控室安全责任区"]
    with pytest.raises(NotFound, match="找不到支部“不存在”"):
        cards.load_zone_cards(secretary, sel(branch="不存在"))
    with pytest.raises(NotFound, match="找不到区队/班组“运行一班”"):
        cards.load_zone_cards(secretary, sel(branch="综采二区党支部", unit="运行一班"))


def test_a_zone_past_its_end_date_is_not_printed_though_stored_active(secretary, world):
    with secretary.db.uow() as s:
        s.get(Zone, world["other"]).ends_on = date(2026, 11, 23)  # ended yesterday, status still 在岗
    assert [c.name for c in cards.load_zone_cards(secretary, sel()).items] == ["8103机头安全责任区"]
    with pytest.raises(NothingToPrint, match="运行部党支部没有在岗"):
        cards.load("zone-cards", secretary, sel(branch="运行部党支部"))
    with secretary.db.uow() as s:
        s.get(Zone, world["other"]).ends_on = TODAY  # its last day: still on the wall
    assert len(cards.load_zone_cards(secretary, sel()).items) == 2


def test_a_selection_with_nothing_to_print_says_so(secretary, world):
    with secretary.db.uow() as s:
        s.get(Zone, world["other"]).status = ZoneStatus.REVOKED
    with pytest.raises(NothingToPrint, match="运行部党支部没有在岗"):
        cards.load("zone-cards", secretary, sel(branch="运行部党支部"))
    with pytest.raises(NotFound):
        cards.load("no-such-card", secretary, sel())


def test_pledge_cards_default_to_the_running_campaign(secretary, world):
    data = cards.load_pledge_cards(secretary, sel())
    assert data.notice is None
    assert [(c.campaign, c.member) for c in data.items] == [("百日安全", "张建国"), ("百日安全", "李卫东")]
    first = data.items[0]
    assert [(c.target, c.period) for c in first.commitments] == [("10次", "每月"), ("8条", "每月")]
    assert (first.unit, first.post, first.signed_on) == ("综采二区检修班", "采煤机司机", date(2026, 10, 15))
    assert [c.campaign for c in cards.load_pledge_cards(secretary, sel(campaign="平安一季度")).items] == ["平安一季度"] * 2
    with pytest.raises(NotFound, match="找不到承诺活动“国庆”"):
        cards.load_pledge_cards(secretary, sel(campaign="国庆"))
    with secretary.db.uow() as s:  # no campaign running: the latest, said in the notice
        for c in s.query(PledgeCampaign):
            c.status = CampaignStatus.ENDED
    data = cards.load_pledge_cards(secretary, sel(branch="运行部党支部"))
    assert "没有进行中的承诺活动" in (data.notice or "") and [c.member for c in data.items] == ["李卫东"]


def test_pairing_board_lists_active_pairs_with_workers_on_the_roster(secretary, world):
    data = cards.load_pairing_board(secretary, sel())
    (board,) = data.items  # the second branch has no pairing
    (row,) = board.rows
    assert (row.member, row.workers, row.guarantee_signed_on, row.term_end) == (
        "张建国", ("钱职工", "赵职工"), date(2026, 1, 8), date(2027, 1, 7))
    assert board.scope == "综采二区党支部" and board.as_of == TODAY
    with pytest.raises(NothingToPrint, match="没有有效的结对"):
        cards.load_pairing_board(secretary, sel(branch="运行部党支部"))


def test_supervision_board_counts_the_month(secretary, world):
    data = cards.load_supervision_board(secretary, sel(branch="综采二区党支部"))
    (board,) = data.items
    assert (board.period, board.period_label, board.score_basis) == ("2026年11月", "2026-11", "周检查平均分")
    by_zone = {r.zone: r for r in board.rows}
    assert set(by_zone) == {"8103机头安全责任区", "摘牌责任区"}  # the revoked one was worked in November; not drafts
    row = by_zone["8103机头安全责任区"]
    assert (row.reports_made, row.reports_expected) == (3, 4)
    assert (row.hazards_found, row.hazards_closed_on_time, row.violations) == (3, 1, 1)
    assert (row.paired_workers, row.follow_ups) == (3, 2)
    assert (row.score, row.rank, row.status) == (92.7, 1, "在岗")
    revoked = by_zone["摘牌责任区"]
    assert (revoked.reports_expected, revoked.score, revoked.rank, revoked.status) == (2, None, None, "摘牌")
    # Counts only: no worker's name, nothing of a follow-up's content.
    assert "赵职工" not in repr(data) and "钱职工" not in repr(data) and "私事" not in repr(data)


def test_supervision_board_for_a_quarter_uses_its_review(secretary, world):
    (board,) = cards.load_supervision_board(secretary, sel(branch="综采二区党支部", period="2026年第三季度")).items
    assert (board.period, board.score_basis) == ("2026年第三季度", "季讲评总分")
    row = next(r for r in board.rows if r.zone == "8103机头安全责任区")
    assert (row.score, row.rank, row.reports_expected) == (93.5, 2, 13)
    with pytest.raises(ValidationError, match="按月或按季度"):
        cards.load_supervision_board(secretary, sel(period="2026"))


def test_star_board_falls_back_to_the_latest_confirmed_quarter(secretary, world):
    data = cards.load_star_board(secretary, sel())
    assert data.notice == "2026年第四季度的党员之星、优质责任区尚未评出，打印最近一期：2026年第三季度（2026Q3）。"
    (board,) = data.items
    assert board.period == "2026年第三季度"
    star, best = board.entries
    assert (star.kind, star.title, star.photo, star.score) == ("党员之星", "张建国", PHOTO, 95.5)
    assert (best.kind, best.title, best.photo) == ("优质责任区", "8103机头安全责任区", PHOTO)
    assert "责任人：张建国" in (best.subtitle or "")
    with pytest.raises(NothingToPrint, match="2026年第四季度没有已确认"):
        cards.load_star_board(secretary, sel(period="2026Q4"))
    with pytest.raises(ValidationError, match="不是季度"):
        cards.load_star_board(secretary, sel(period="2026-11"))
    with pytest.raises(NothingToPrint, match="还没有已确认"):
        cards.load_star_board(secretary, sel(branch="运行部党支部"))


def test_a_viewer_may_print_public_cards(secretary, world):
    viewer = viewer_of(secretary)
    for key in cards.LOADERS:
        assert cards.load(key, viewer, sel(branch="综采二区党支部")).items


def test_choices_for_the_print_dialog(secretary, world):
    got = cards.choices(secretary, TODAY)
    assert got.branches == ("综采二区党支部", "运行部党支部")
    assert got.units["综采二区党支部"] == ("综采二区", "检修班")
    assert [c.title for c in got.campaigns] == ["百日安全", "平安一季度"] and got.default_campaign == "百日安全"
    assert (got.this_month, got.this_quarter) == ("2026-11", "2026Q4")
