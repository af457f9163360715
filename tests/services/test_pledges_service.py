"""安全承诺 on SQLite and PostgreSQL: campaigns, 为全部党员生成, signing, participation (a member
with no pledge row too), fulfilment counted from the other tables with a fixed today, the
review, bad input refused with nothing written, the 工作台 items and the export read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazards import Hazard
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pairing import FollowUp, FollowUpKind, Pairing
from dangjian_desktop.domain.pledges import (
    CampaignStatus,
    CommitmentMetric,
    CommitmentPeriod,
    Pledge,
    PledgeCampaign,
    PledgeStatus,
)
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.domain.zones import Suggestion, Zone, ZoneKind, ZoneReport
from dangjian_desktop.services import pledge_export, pledges, worklist
from dangjian_desktop.services import pledge_progress as pp
from dangjian_desktop.services.pledges import CampaignInput, CommitmentInput, PledgeFilter, PledgeInput

from ..conftest import viewer_of

START, END = date(2026, 10, 5), date(2026, 12, 31)  # a Monday
TODAY = date(2026, 11, 20)
TEMPLATE = "我是{unit}的共产党员{name}，岗位{post}，郑重承诺：身边无三违。"
COMMITMENTS = (
    CommitmentInput("每月深入现场10次", CommitmentMetric.FIELD_VISIT, 10, CommitmentPeriod.MONTH),
    CommitmentInput("每周报告责任区1次", CommitmentMetric.ZONE_REPORT, 1, CommitmentPeriod.WEEK),
    CommitmentInput("每月合理化建议1条", CommitmentMetric.SUGGESTION, 1, CommitmentPeriod.MONTH),
    CommitmentInput("每月排查隐患2条", CommitmentMetric.HAZARD_FOUND, 2, CommitmentPeriod.MONTH),
    CommitmentInput("每季结对回访3次", CommitmentMetric.FOLLOW_UP, 3, CommitmentPeriod.QUARTER),
)


@pytest.fixture
def people(secretary, org) -> dict[str, int]:
    """Three members of the first branch (one 预备), an activist, an archived member, and a member of
    the second branch (not taking part)."""
    rows = (("张伟", "P1", org["branch"], org["team"], PoliticalStatus.MEMBER, "检修工", False),
            ("李娜", "P2", org["branch"], org["unit"], PoliticalStatus.PROBATIONARY, "采煤机司机", False),
            ("王强", "P3", org["branch"], None, PoliticalStatus.MEMBER, None, False),
            ("赵敏", "P4", org["branch"], org["unit"], PoliticalStatus.ACTIVIST, "电工", False),
            ("钱进", "P5", org["branch"], org["unit"], PoliticalStatus.MEMBER, "电工", True),
            ("孙立", "P6", org["branch2"], org["unit2"], PoliticalStatus.MEMBER, "值班员", False))
    with secretary.db.uow() as s:
        made = {}
        for name, no, branch, unit, political, post, archived in rows:
            p = Person(name=name, employee_no=no, branch_id=branch, unit_id=unit, political_status=political, post=post)
            if archived:
                p.archived_at, p.archive_reason = utcnow(), "调离"
            s.add(p)
            s.flush()
            made[name] = p.id
        return made


def _campaign(ctx, org, **kw) -> pledges.CampaignRow:
    data = CampaignInput("百日安全", START, END, (org["branch"],), TEMPLATE, COMMITMENTS)
    return pledges.create_campaign(ctx, replace(data, **kw), today=TODAY)


def _audits(ctx) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def _pledge_count(ctx) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count(Pledge.id))) or 0


def _pledge_of(ctx, campaign_id: int, name: str) -> pledges.PledgeRow:
    rows = pledges.list_pledges(ctx, PledgeFilter(campaign_id, text=name))
    assert len(rows) == 1, rows
    return pledges.get_pledge(ctx, rows[0].id)


def test_campaign_generate_sign_participation(secretary, org, people):
    c = _campaign(secretary, org)
    assert (c.status, c.branch_names, c.commitments, c.pledges) == (CampaignStatus.RUNNING, ("综采二区党支部",), COMMITMENTS, 0)
    # Only the 党员 and 预备党员 on the roster of the branches taking part: 张伟, 李娜, 王强.
    assert pledges.generate_pledges(secretary, c.id) == 3
    assert pledges.generate_pledges(secretary, c.id) == 0  # nobody is missing now
    zhang = _pledge_of(secretary, c.id, "张伟")
    assert zhang.status is PledgeStatus.DRAFT and zhang.signed_on is None
    assert zhang.text == "我是综采二区检修班的共产党员张伟，岗位检修工，郑重承诺：身边无三违。"
    assert [(x.text, x.metric, x.target, x.period) for x in zhang.commitments] == [
        (x.text, x.metric, x.target, x.period) for x in COMMITMENTS]
    assert zhang.unit == "综采二区 / 检修班"

    # A member who joins the branch after the drafts were made has no pledge row at all.
    with secretary.db.uow() as s:
        s.add(Person(name="周新", employee_no="P7", branch_id=org["branch"], political_status=PoliticalStatus.MEMBER))
    part = pp.participation(secretary, c.id)
    assert part.line == "参与率 0/4（0.0%）"
    assert [(u.name, u.pledge_id is None) for u in part.unsigned] == [
        ("李娜", False), ("王强", False), ("张伟", False), ("周新", True)]  # pinyin order

    pledges.sign_pledge(secretary, zhang.id, zhang.version, date(2026, 10, 6))
    li = _pledge_of(secretary, c.id, "李娜")
    pledges.update_pledge(secretary, li.id, li.version, replace(li.to_input(), signed_on=date(2026, 10, 7)))
    part = pp.participation(secretary, c.id)
    assert part.line == "参与率 2/4（50.0%）"
    assert [u.name for u in part.unsigned] == ["王强", "周新"]
    assert [(name, r.line) for _b, name, r in part.branches] == [("综采二区党支部", "参与率 2/4（50.0%）")]

    # The table filters by status, pinyin initials, unit (with its teams) and sorts in SQL.
    assert pledges.count_pledges(secretary, PledgeFilter(c.id, status=PledgeStatus.SIGNED)) == 2
    assert [r.name for r in pledges.list_pledges(secretary, PledgeFilter(c.id, text="zw"))] == ["张伟"]
    assert {r.name for r in pledges.list_pledges(secretary, PledgeFilter(c.id, unit_id=org["unit"]))} == {"张伟", "李娜"}
    assert [r.name for r in pledges.list_pledges(secretary, PledgeFilter(c.id, sort=pledges.PledgeSort.NAME))] == [
        "李娜", "王强", "张伟"]
    assert pledges.count_pledges(secretary, PledgeFilter(c.id, text="100%")) == 0

    # 新建承诺书 fills in the chosen member's text and post as 为全部党员生成 does.
    assert pledges.draft_for(secretary, c.id, zhang.member_id) == pledges.Draft(zhang.text, "检修工")
    assert pledges.draft_for(secretary, c.id, _id(secretary, "周新")) == pledges.Draft(
        "我是的共产党员周新，岗位，郑重承诺：身边无三违。", None)

    # One more member added by hand (周新), signed at once.
    row = pledges.create_pledge(secretary, c.id, _id(secretary, "周新"),
                                PledgeInput("我承诺。", None, date(2026, 11, 1), COMMITMENTS[:1]))
    assert row.status is PledgeStatus.SIGNED and row.branch == "综采二区党支部"
    assert pp.participation(secretary, c.id).line == "参与率 3/4（75.0%）"


def _id(ctx, name: str) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(Person.id).where(Person.name == name))


def test_bad_input_is_refused_and_nothing_written(secretary, org, people):
    c = _campaign(secretary, org)
    pledges.generate_pledges(secretary, c.id)
    before = (_audits(secretary), _pledge_count(secretary))
    zhang = _pledge_of(secretary, c.id, "张伟")

    cases = [
        (lambda: _campaign(secretary, org, title="平安一季度", ends_on=START - timedelta(days=1)), "结束日期不能早于开始日期"),
        (lambda: _campaign(secretary, org, title="平安一季度", branch_ids=()), "请至少选择一个参加的支部"),
        (lambda: _campaign(secretary, org, title="平安一季度",
                           commitments=(replace(COMMITMENTS[0], target=0),)), "目标数应大于0"),
        (lambda: _campaign(secretary, org), "已有名为“百日安全”的承诺活动"),
        (lambda: pledges.create_pledge(secretary, c.id, people["张伟"], PledgeInput("再来一份")), "已有承诺书"),
        (lambda: pledges.create_pledge(secretary, c.id, people["孙立"], PledgeInput("外支部")), "不是参加"),
        (lambda: pledges.create_pledge(secretary, c.id, people["赵敏"], PledgeInput("积极分子")), "不是参加"),
        (lambda: pledges.create_pledge(secretary, c.id, people["钱进"], PledgeInput("已归档")), "不是参加"),
        (lambda: pledges.update_pledge(secretary, zhang.id, zhang.version,
                                       replace(zhang.to_input(), signed_on=END + timedelta(days=1))), "不在活动期间"),
        (lambda: pledges.update_pledge(secretary, zhang.id, zhang.version,
                                       replace(zhang.to_input(), commitments=(replace(zhang.commitments[0], target=-2),))),
         "目标数应大于0"),
        (lambda: pledges.review_pledge(secretary, zhang.id, zhang.version, kept=True, reviewed_on=TODAY), "尚未签订"),
        (lambda: pp.record_progress(secretary, zhang.commitments[1].id, date(2026, 10, 5), 3), "自动统计"),
    ]
    for call, words in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert words in err.value.message
    signed = pledges.sign_pledge(secretary, zhang.id, zhang.version, date(2026, 10, 8))
    before = (_audits(secretary), _pledge_count(secretary))
    with pytest.raises(ValidationError) as err:
        pledges.review_pledge(secretary, signed.id, signed.version, kept=False, reason="  ", reviewed_on=TODAY)
    assert "必须填写原因" in err.value.message
    assert (_audits(secretary), _pledge_count(secretary)) == before
    assert pledges.get_pledge(secretary, signed.id).status is PledgeStatus.SIGNED

    viewer = viewer_of(secretary)
    for call in (lambda: _campaign(viewer, org, title="查看"), lambda: pledges.generate_pledges(viewer, c.id),
                 lambda: pledges.review_pledge(viewer, signed.id, signed.version, kept=True)):
        with pytest.raises(PermissionDenied):
            call()
    assert (_audits(secretary), _pledge_count(secretary)) == before


def test_fulfilment_counted_from_the_other_tables(secretary, org, people, tmp_path):
    c = _campaign(secretary, org)
    pledges.generate_pledges(secretary, c.id)
    zhang = _pledge_of(secretary, c.id, "张伟")
    zhang = pledges.sign_pledge(secretary, zhang.id, zhang.version, START)
    me, other = people["张伟"], people["李娜"]
    with secretary.db.uow() as s:
        zone = Zone(branch_id=org["branch"], kind=ZoneKind.SAFETY, name="检修责任区", member_id=me)
        pairing = Pairing(branch_id=org["branch"], member_id=me, starts_on=date(2026, 1, 1))
        s.add_all([zone, pairing])
        s.flush()
        # Reports in the weeks of Oct 5 and Oct 12 (twice), one before the campaign, one of someone else.
        for day, who in ((date(2026, 10, 6), me), (date(2026, 10, 13), me), (date(2026, 10, 15), me),
                         (date(2026, 10, 1), me), (date(2026, 10, 6), other)):
            s.add(ZoneReport(zone_id=zone.id, member_id=who, week_start=day - timedelta(days=day.weekday()),
                             reported_on=day, content="正常"))
        s.add_all([Suggestion(zone_id=zone.id, member_id=me, made_on=date(2026, 11, 3), content="加装护栏"),
                   Suggestion(zone_id=zone.id, member_id=other, made_on=date(2026, 10, 9), content="别人的")])
        for day in (date(2026, 10, 20), date(2026, 10, 21), date(2026, 11, 2)):
            s.add(Hazard(branch_id=org["branch"], found_on=day, finder_id=me, description="护栏缺失", deadline=day))
        s.add(Hazard(branch_id=org["branch"], found_on=date(2026, 10, 20), finder_id=other, description="x",
                     deadline=date(2026, 10, 30)))
        for day in (date(2026, 10, 10), date(2026, 11, 11)):
            s.add(FollowUp(pairing_id=pairing.id, held_on=day, kind=FollowUpKind.TALK, content="谈心"))
    visits = zhang.commitments[0]
    pp.record_progress(secretary, visits.id, date(2026, 10, 1), 12)
    pp.record_progress(secretary, visits.id, date(2026, 11, 1), 4)

    f = pp.fulfilment(secretary, zhang.id, today=TODAY)
    by_metric = {x.metric: x for x in f.commitments}
    field = by_metric[CommitmentMetric.FIELD_VISIT]
    assert field.typed and [(w.label, w.target, w.done, w.behind) for w in field.windows] == [
        ("2026-10", 10, 12, 0), ("2026-11", 10, 4, 6), ("2026-12", 10, 0, 0)]  # December not begun: nothing behind
    assert field.windows[0].start == START  # clipped to the campaign
    weekly = by_metric[CommitmentMetric.ZONE_REPORT]
    assert not weekly.typed and [w.done for w in weekly.windows[:3]] == [1, 2, 0]
    assert weekly.windows[2].behind == 1
    assert [w.done for w in by_metric[CommitmentMetric.SUGGESTION].windows] == [0, 1, 0]
    assert [w.done for w in by_metric[CommitmentMetric.HAZARD_FOUND].windows] == [2, 1, 0]
    quarter = by_metric[CommitmentMetric.FOLLOW_UP]
    assert [(w.label, w.done, w.behind) for w in quarter.windows] == [("2026Q4", 2, 1)]
    # Finished periods: 5 commitments' Octobers and the weeks up to Nov 15; the proposal says so.
    assert f.proposal.startswith("已结束的考核期达标") and f.proposal.endswith("建议：未践诺")

    # The 工作台: a signed pledge behind in the current period, and the unsigned members per branch.
    items = worklist.due_items(secretary, TODAY, [worklist.Source("p1", pp.AREA, pp.unsigned_items),
                                                  worklist.Source("p2", pp.AREA, pp.behind_items)])
    titles = [i.title for i in items]
    assert "综采二区党支部 2 名党员未签承诺书（百日安全）" in titles
    unsigned = next(i for i in items if "未签" in i.title)
    assert "李娜" in unsigned.detail and "王强" in unsigned.detail and "参与率 1/3（33.3%）" in unsigned.detail
    assert unsigned.target == worklist.WorkTarget("pledge_unsigned", c.id)
    assert unsigned.urgency is worklist.Urgency.OVERDUE  # due a week after the start
    behind = next(i for i in items if "尚未达标" in i.title)
    assert behind.title.startswith("综采二区党支部 ")

    # The export: every member who should pledge, signed or not, with the commitments' figures.
    out = pledge_export.export_pledges(secretary, c.id, tmp_path / "承诺名单", today=TODAY)
    assert out.path.suffix == ".xlsx" and out.rows == 3 and out.participation == "参与率 1/3（33.3%）"
    ws = load_workbook(out.path).active
    assert ws["A1"].value == "百日安全 承诺名单"
    assert "2026-10-05 至 2026-12-31" in ws["A2"].value and "参与率 1/3（33.3%）" in ws["A2"].value
    assert [c.value for c in ws[3]][:10] == ["序号", "姓名", "所属支部", "区队/班组", "岗位", "状态", "签订日期",
                                             "承诺1", "承诺1目标", "承诺1完成"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    assert rows["张伟"][5] == "已签" and rows["张伟"][6].date() == START
    assert rows["张伟"][7:10] == ("深入现场·每月10", 20, 16)  # Oct and Nov begun: 2×10; 12 + 4 typed
    assert rows["张伟"][13:16] == ("合理化建议·每月1", 2, 1)
    assert rows["李娜"][5] == "待签" and rows["李娜"][6] is None
    assert ws.freeze_panes == "A4" and ws.print_area


def test_review_close_and_delete(secretary, org, people):
    c = _campaign(secretary, org)
    pledges.generate_pledges(secretary, c.id)
    zhang = pledges.sign_pledge(secretary, *_ver(secretary, c.id, "张伟"), START)
    li = pledges.sign_pledge(secretary, *_ver(secretary, c.id, "李娜"), START)
    kept = pledges.review_pledge(secretary, zhang.id, zhang.version, kept=True, reviewed_on=date(2027, 1, 5))
    broken = pledges.review_pledge(secretary, li.id, li.version, kept=False, reason="责任区内发生三违",
                                   reviewed_on=date(2027, 1, 5))
    assert (kept.status, kept.broken_reason) == (PledgeStatus.KEPT, None)
    assert (broken.status, broken.broken_reason) == (PledgeStatus.BROKEN, "责任区内发生三违")
    # Reviewed pledges still count as signed.
    assert pp.participation(secretary, c.id).line == "参与率 2/3（66.7%）"
    # The assessment's veto sees the broken pledge in the period it was reviewed in, not another,
    # and only for the members asked about.
    both = (people["李娜"], people["张伟"])
    with secretary.read() as s:
        assert pledges.broken_pledges_in(s, both, date(2027, 1, 1), date(2027, 3, 31)) == [
            (people["李娜"], "责任区内发生三违")]
        assert pledges.broken_pledges_in(s, both, date(2026, 10, 1), date(2026, 12, 31)) == []
        assert pledges.broken_pledges_in(s, [people["张伟"]], date(2027, 1, 1), date(2027, 3, 31)) == []
        assert pledges.broken_pledges_in(s, [], date(2027, 1, 1), date(2027, 3, 31)) == []

    campaign = pledges.get_campaign(secretary, c.id, today=TODAY)
    with pytest.raises(ValidationError, match="尚未结束"):
        pledges.close_campaign(secretary, c.id, campaign.version, today=TODAY)
    with pytest.raises(ValidationError, match="不能删除"):
        pledges.delete_campaign(secretary, c.id, campaign.version)
    after = date(2027, 1, 10)
    assert pledges.get_campaign(secretary, c.id, today=after).status is CampaignStatus.ENDED  # computed
    closed = pledges.close_campaign(secretary, c.id, campaign.version, today=after)
    assert closed.status is CampaignStatus.CLOSED
    with pytest.raises(ValidationError, match="已关闭"):
        pledges.review_pledge(secretary, broken.id, broken.version, kept=True)
    with secretary.db.read() as s:
        assert s.get(PledgeCampaign, c.id).closed_at is not None

    empty = _campaign(secretary, org, title="空活动")
    assert pledges.delete_campaign(secretary, empty.id, empty.version) == "空活动"
    assert [x.title for x in pledges.list_campaigns(secretary, TODAY)] == ["百日安全"]


def _ver(ctx, campaign_id: int, name: str) -> tuple[int, int]:
    p = _pledge_of(ctx, campaign_id, name)
    return p.id, p.version


def test_a_broken_pledge_vetoes_the_commendation_of_that_period(secretary, org, people):
    from dangjian_desktop.domain.assessment import Commendation, CommendationKind
    from dangjian_desktop.services import assessment

    c = _campaign(secretary, org)
    pledges.generate_pledges(secretary, c.id)
    li = pledges.sign_pledge(secretary, *_ver(secretary, c.id, "李娜"), START)
    pledges.review_pledge(secretary, li.id, li.version, kept=False, reason="未按承诺排查隐患", reviewed_on=TODAY)
    with secretary.db.uow() as s:
        q4, q2 = (Commendation(branch_id=org["branch"], period=p, kind=CommendationKind.MEMBER_STAR,
                               person_id=people["李娜"]) for p in ("2026Q4", "2026Q2"))
        s.add_all([q4, q2])
        s.flush()
        q4_id, q2_id = q4.id, q2.id
    with pytest.raises(ValidationError) as err:
        assessment.confirm_commendation(secretary, q4_id, assessment.get_commendation(secretary, q4_id).version, TODAY)
    assert "安全承诺未践诺（未按承诺排查隐患）" in err.value.message  # the 考核评比 veto names the reason
    row = assessment.confirm_commendation(secretary, q2_id, assessment.get_commendation(secretary, q2_id).version, TODAY)
    assert row.confirmed_on == TODAY  # another quarter: not vetoed
