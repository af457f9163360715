"""安全承诺: campaigns, each member's pledge and its measurable commitments."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import org  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, enum_column


class CampaignStatus(str, enum.Enum):
    RUNNING = "进行中"
    ENDED = "已结束"
    CLOSED = "已关闭"  # a campaign with pledges is closed, never deleted


class PledgeStatus(str, enum.Enum):
    DRAFT = "待签"
    SIGNED = "已签"
    KEPT = "已践诺"
    BROKEN = "未践诺"


class CommitmentMetric(str, enum.Enum):
    """Where a measurable commitment's count comes from: other tabs, or typed here."""

    FIELD_VISIT = "深入现场"  # entered in the pledges tab
    ZONE_REPORT = "责任区周报"  # counted from ZoneReport
    SUGGESTION = "合理化建议"  # counted from Suggestion
    FOLLOW_UP = "结对回访"  # counted from FollowUp
    HAZARD_FOUND = "排查隐患"  # counted from Hazard
    OTHER = "其他"


class CommitmentPeriod(str, enum.Enum):
    WEEK = "每周"
    MONTH = "每月"
    QUARTER = "每季"
    CAMPAIGN = "活动期间"


class PledgeCampaign(Base):
    __tablename__ = "pledge_campaign"

    title: Mapped[str] = mapped_column(String(100))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    # Template with {name}, {post}, {unit} that pre-fills each member's pledge text.
    template_text: Mapped[Optional[str]] = mapped_column(Text)
    status: Mapped[CampaignStatus] = mapped_column(enum_column(CampaignStatus), default=CampaignStatus.RUNNING)
    closed_at: Mapped[Optional[datetime]] = mapped_column(DateTime)

    branches: Mapped[list[CampaignBranch]] = relationship(cascade="all, delete-orphan")


class CampaignBranch(Base):
    """The branches a campaign runs in (one campaign may span the committee)."""

    __tablename__ = "campaign_branch"
    __table_args__ = (UniqueConstraint("campaign_id", "branch_id"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("pledge_campaign.id"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)


class Pledge(Base):
    """承诺书: one per member and campaign."""

    __tablename__ = "pledge"
    __table_args__ = (UniqueConstraint("campaign_id", "member_id"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("pledge_campaign.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    # The member's branch when he pledged: participation per branch stays true after a transfer.
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    post: Mapped[Optional[str]] = mapped_column(String(50))  # as printed on the card
    text: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[PledgeStatus] = mapped_column(enum_column(PledgeStatus), default=PledgeStatus.DRAFT, index=True)
    reviewed_on: Mapped[Optional[date]] = mapped_column(Date)
    reviewer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    broken_reason: Mapped[Optional[str]] = mapped_column(Text)

    commitments: Mapped[list[Commitment]] = relationship(cascade="all, delete-orphan", order_by="Commitment.position")


class Commitment(Base):
    """A measurable commitment, e.g. "每月深入现场10次"."""

    __tablename__ = "commitment"

    pledge_id: Mapped[int] = mapped_column(ForeignKey("pledge.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(200))
    metric: Mapped[CommitmentMetric] = mapped_column(enum_column(CommitmentMetric), default=CommitmentMetric.OTHER)
    target_count: Mapped[int] = mapped_column(default=1)
    period: Mapped[CommitmentPeriod] = mapped_column(enum_column(CommitmentPeriod), default=CommitmentPeriod.MONTH)


class CommitmentProgress(Base):
    """Counts typed in the pledges tab (field visits and others no other tab holds)."""

    __tablename__ = "commitment_progress"
    __table_args__ = (UniqueConstraint("commitment_id", "period_start"),)

    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitment.id"))
    period_start: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(default=0)
    note: Mapped[Optional[str]] = mapped_column(Text)


# ---------------------------------------------------------------- pure rules

#: The statuses that count as signed for the participation rate.
SIGNED_STATUSES = (PledgeStatus.SIGNED, PledgeStatus.KEPT, PledgeStatus.BROKEN)
#: Commitments whose count is typed in the pledges tab; every other metric is counted elsewhere.
TYPED_METRICS = (CommitmentMetric.FIELD_VISIT, CommitmentMetric.OTHER)


def campaign_status(stored: CampaignStatus, ends_on: date, today: date) -> CampaignStatus:
    """进行中 until the end date has passed, then 已结束; 已关闭 once the review closed it."""
    if stored is CampaignStatus.CLOSED:
        return CampaignStatus.CLOSED
    return CampaignStatus.ENDED if today > ends_on else CampaignStatus.RUNNING


def fill_template(template: str | None, name: str, post: str | None, unit: str | None) -> str:
    """The campaign's template with the member's name, post and unit put in; a template with a
    stray brace is left as it is rather than refused (it is the secretary's prose)."""
    text = template or ""
    for key, value in (("{name}", name), ("{post}", post or ""), ("{unit}", unit or "")):
        text = text.replace(key, value)
    return text


@dataclass(frozen=True)
class CommitmentWindow:
    """One period of a commitment inside its campaign: ``key`` is how typed progress is stored
    (``CommitmentProgress.period_start``); ``start``..``end`` is the part inside the campaign."""

    key: date
    start: date
    end: date
    label: str


def _next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def commitment_windows(period: CommitmentPeriod, starts_on: date, ends_on: date) -> list[CommitmentWindow]:
    """The periods of a commitment during a campaign, each clipped to the campaign's dates."""
    if ends_on < starts_on:
        return []
    if period is CommitmentPeriod.CAMPAIGN:
        return [CommitmentWindow(starts_on, starts_on, ends_on, "活动期间")]
    out: list[CommitmentWindow] = []
    if period is CommitmentPeriod.WEEK:
        key = starts_on - timedelta(days=starts_on.weekday())
        while key <= ends_on:
            end = key + timedelta(days=6)
            out.append(CommitmentWindow(key, max(key, starts_on), min(end, ends_on), f"{key:%m-%d}周"))
            key += timedelta(days=7)
        return out
    step = 1 if period is CommitmentPeriod.MONTH else 3
    key = date(starts_on.year, starts_on.month if step == 1 else 3 * ((starts_on.month - 1) // 3) + 1, 1)
    while key <= ends_on:
        nxt = key
        for _ in range(step):
            nxt = _next_month(nxt)
        label = f"{key:%Y-%m}" if step == 1 else f"{key.year}Q{(key.month - 1) // 3 + 1}"
        out.append(CommitmentWindow(key, max(key, starts_on), min(nxt - timedelta(days=1), ends_on), label))
        key = nxt
    return out


def current_window(period: CommitmentPeriod, starts_on: date, ends_on: date, today: date) -> CommitmentWindow | None:
    """The commitment's period holding ``today`` (None outside the campaign)."""
    for w in commitment_windows(period, starts_on, ends_on):
        if w.start <= today <= w.end:
            return w
    return None
