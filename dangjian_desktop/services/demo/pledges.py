"""Demo 安全承诺: an ended 平安一季度 campaign reviewed for fulfilment (one pledge broken), and a
running 百日安全 campaign with a few pledges still unsigned, each with measurable commitments
and the field-visit counts typed in so far."""

from __future__ import annotations

from datetime import date, timedelta

from dangjian_desktop.domain.pledges import CampaignStatus, CommitmentMetric, CommitmentPeriod, PledgeStatus

from .catalog import CAMPAIGN_TEMPLATE
from .state import DemoState, month_starts

# (text, metric, target, period)
COMMITMENTS = (
    ("每月深入现场10次，督促改进现场安全管理", CommitmentMetric.FIELD_VISIT, 10, CommitmentPeriod.MONTH),
    ("每周向支部报告责任区安全动态1次", CommitmentMetric.ZONE_REPORT, 1, CommitmentPeriod.WEEK),
    ("每月提出合理化建议不少于1条", CommitmentMetric.SUGGESTION, 1, CommitmentPeriod.MONTH),
    ("每月排查隐患不少于8条并跟踪闭合", CommitmentMetric.HAZARD_FOUND, 8, CommitmentPeriod.MONTH),
    ("每月与结对职工谈心不少于2次", CommitmentMetric.FOLLOW_UP, 2, CommitmentPeriod.MONTH),
    ("在班组开展安全技术分享，带领大家学安全、学技术、学标准", CommitmentMetric.OTHER, 4, CommitmentPeriod.CAMPAIGN),
)


def build_pledges(st: DemoState) -> list[tuple[int, int, date]]:
    """Returns (pledge id, member id, review date) of kept pledges, for the points log."""
    year = st.today.year
    q1_start = date(year, 1, 1) if st.today >= date(year, 4, 15) else date(year - 1, 1, 1)
    hundred_start = st.today - timedelta(days=45)
    campaigns = [
        (f"{q1_start.year}年“平安一季度”安全承诺", q1_start, date(q1_start.year, 3, 31), CampaignStatus.ENDED),
        ("“百日安全”活动党员安全承诺", hundred_start, hundred_start + timedelta(days=99), CampaignStatus.RUNNING),
    ]
    camp_rows, cb_rows, pledge_rows, com_rows, prog_rows = [], [], [], [], []
    kept: list[tuple[int, int, date]] = []
    for title, starts, ends, status in campaigns:
        cid = st.w.next_id("pledge_campaign")
        camp_rows.append({"id": cid, "title": title, "starts_on": starts, "ends_on": ends,
                          "template_text": CAMPAIGN_TEMPLATE, "status": status, "closed_at": None})
        cb_rows += [{"campaign_id": cid, "branch_id": b.id} for b in st.branches]
        running = status is CampaignStatus.RUNNING
        for b in st.branches:
            for m in b.members:
                if m.joined and m.joined > starts:
                    continue  # joined the Party after the campaign began
                pid = st.w.next_id("pledge")
                signed = None if running and st.rng.random() < 0.08 else st.day_between(starts, starts + timedelta(days=6))
                pstatus, reviewed, reason = (PledgeStatus.SIGNED if signed else PledgeStatus.DRAFT), None, None
                if not running:
                    reviewed = ends + timedelta(days=st.rng.randrange(3, 12))
                    broken = m.id in st.accident_people or st.rng.random() < 0.04
                    pstatus = PledgeStatus.BROKEN if broken else PledgeStatus.KEPT
                    reason = "责任区内发生“三违”，未做到承诺的“身边无三违”。" if broken else None
                    if not broken:
                        kept.append((pid, m.id, reviewed))
                pledge_rows.append({
                    "id": pid, "campaign_id": cid, "member_id": m.id, "branch_id": b.id, "post": m.post,
                    "text": CAMPAIGN_TEMPLATE.format(unit=m.workplace, name=m.name, post=m.post),
                    "signed_on": signed, "status": pstatus, "reviewed_on": reviewed,
                    "reviewer_id": b.head.id if reviewed else None, "broken_reason": reason,
                })
                chosen = [COMMITMENTS[0]] + st.rng.sample(COMMITMENTS[1:], 2)
                for pos, (text, metric, target, period) in enumerate(chosen):
                    com_id = st.w.next_id("commitment")
                    com_rows.append({"id": com_id, "pledge_id": pid, "position": pos, "text": text,
                                     "metric": metric, "target_count": target, "period": period})
                    if metric is CommitmentMetric.FIELD_VISIT and signed:
                        for month in month_starts(starts, min(ends, st.today)):
                            prog_rows.append({"commitment_id": com_id, "period_start": month,
                                              "count": st.rng.choice((7, 9, 10, 10, 11, 12, 13)), "note": None})
    st.w.add("pledge_campaign", camp_rows)
    # Each campaign's template commitments (what 为全部党员生成 copies), as services.pledges keeps them.
    template = [{"text": t, "metric": m.value, "target": n, "period": p.value} for t, m, n, p in COMMITMENTS[:3]]
    st.w.add("setting", [{"key": f"pledge_template:{row['id']}", "value": template} for row in camp_rows])
    st.w.add("campaign_branch", cb_rows)
    st.w.add("pledge", pledge_rows)
    st.w.add("commitment", com_rows)
    st.w.add("commitment_progress", prog_rows)
    return kept
