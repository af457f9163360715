"""The pure rules of 安全承诺: the computed campaign status, the template, a commitment's periods."""

from __future__ import annotations

from datetime import date

from dangjian_desktop.domain.pledges import (
    CampaignStatus,
    CommitmentPeriod,
    campaign_status,
    commitment_windows,
    current_window,
    fill_template,
)


def test_status_is_computed_from_the_end_date_until_closed():
    end = date(2026, 12, 31)
    assert campaign_status(CampaignStatus.RUNNING, end, date(2026, 12, 31)) is CampaignStatus.RUNNING
    assert campaign_status(CampaignStatus.RUNNING, end, date(2027, 1, 1)) is CampaignStatus.ENDED
    assert campaign_status(CampaignStatus.ENDED, end, date(2026, 12, 1)) is CampaignStatus.RUNNING  # end moved later
    assert campaign_status(CampaignStatus.CLOSED, end, date(2026, 12, 1)) is CampaignStatus.CLOSED


def test_template_is_filled_and_stray_braces_are_left():
    assert fill_template("我是{unit}的{name}，岗位{post}。{other}", "张伟", None, "检修班") == "我是检修班的张伟，岗位。{other}"
    assert fill_template(None, "张伟", "电工", None) == ""


def test_windows_are_clipped_to_the_campaign():
    start, end = date(2026, 10, 15), date(2027, 1, 22)  # a Thursday to a Friday
    months = commitment_windows(CommitmentPeriod.MONTH, start, end)
    assert [(w.label, w.key, w.start, w.end) for w in (months[0], months[-1])] == [
        ("2026-10", date(2026, 10, 1), start, date(2026, 10, 31)), ("2027-01", date(2027, 1, 1), date(2027, 1, 1), end)]
    assert len(months) == 4
    weeks = commitment_windows(CommitmentPeriod.WEEK, start, end)
    assert weeks[0].key == date(2026, 10, 12) and weeks[0].start == start and weeks[-1].end == end
    assert all(w.key.weekday() == 0 for w in weeks) and len(weeks) == 15
    quarters = commitment_windows(CommitmentPeriod.QUARTER, start, end)
    assert [(w.label, w.start, w.end) for w in quarters] == [("2026Q4", start, date(2026, 12, 31)),
                                                             ("2027Q1", date(2027, 1, 1), end)]
    assert [(w.key, w.end) for w in commitment_windows(CommitmentPeriod.CAMPAIGN, start, end)] == [(start, end)]
    assert commitment_windows(CommitmentPeriod.MONTH, end, start) == []
    assert current_window(CommitmentPeriod.MONTH, start, end, date(2026, 11, 20)).label == "2026-11"
    assert current_window(CommitmentPeriod.MONTH, start, end, date(2027, 2, 1)) is None
