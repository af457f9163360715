"""Pure rules of 一区一岗: the 五明确, a zone's status on a day, and the weeks and months a zone
owes a report or a suggestion. No database, no Qt: ``today`` is always given.

Weeks are ISO weeks starting on Monday and are known by their Monday (``week_start``): a week
that spans two months or two years counts once, in the week (and the month) it starts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from .periods import month_of, week_start
from .zones import ZoneStatus

#: 五明确, as the dialog and the messages name them.
FIVE_CLEAR = ("明确区域", "明确示范者", "明确示范依据和示范标准", "明确考核人和考核标准", "明确示范的起止时间")
COMPLIANCE_WEEKS = 13
COMPLIANCE_MONTHS = 6
REPORT_FROM_WEEKDAY = 3  # Thursday: from then on a missing report is a 工作台 item
SUGGESTION_LAST_DAYS = 7  # the month's last seven days: a missing suggestion is an item
END_NOTICE_DAYS = 14


@dataclass(frozen=True)
class FiveClear:
    """The 五明确 of a zone as entered (None or "" where not filled in yet)."""

    area: str | None
    member_id: int | None
    basis_and_standard: str | None
    assessor_id: int | None
    assessment_standard: str | None
    starts_on: date | None
    ends_on: date | None

    def missing(self) -> list[str]:
        """The 五明确 not complete yet (an assessor needs his standard, a span both its dates)."""
        filled = (
            bool(self.area), self.member_id is not None, bool(self.basis_and_standard),
            self.assessor_id is not None and bool(self.assessment_standard),
            self.starts_on is not None and self.ends_on is not None,
        )
        return [name for name, ok in zip(FIVE_CLEAR, filled, strict=True) if not ok]


def stored_status(five: FiveClear, current: ZoneStatus | None = None) -> ZoneStatus:
    """What a save stores: 草稿 while a 五明确 is missing, 在岗 once all five are set; a zone
    revoked (摘牌) or ended (期满) keeps that status through an edit."""
    if current in (ZoneStatus.REVOKED, ZoneStatus.ENDED):
        return current
    return ZoneStatus.DRAFT if five.missing() else ZoneStatus.ACTIVE


def effective_status(stored: ZoneStatus, ends_on: date | None, today: date) -> ZoneStatus:
    """The status shown and acted on: 期满 once the end date has passed (the day after it),
    even while the stored status still says 在岗 or 草稿; 摘牌 stays 摘牌."""
    if stored is ZoneStatus.REVOKED:
        return stored
    if ends_on is not None and ends_on < today:
        return ZoneStatus.ENDED
    return stored


def holds_post(stored: ZoneStatus, ends_on: date | None, today: date) -> bool:
    """Whether the zone still occupies its member for 一区一岗 (a draft being set up does too)."""
    return effective_status(stored, ends_on, today) in (ZoneStatus.DRAFT, ZoneStatus.ACTIVE)


def last_weeks(today: date, n: int = COMPLIANCE_WEEKS) -> list[date]:
    """The Mondays of the ``n`` weeks ending with this week, oldest first."""
    this = week_start(today)
    return [this - timedelta(days=7 * i) for i in range(n - 1, -1, -1)]


def last_months(today: date, n: int = COMPLIANCE_MONTHS) -> list[date]:
    """The first days of the ``n`` months ending with this month, oldest first."""
    out = [today.replace(day=1)]
    while len(out) < n:
        out.append((out[-1] - timedelta(days=1)).replace(day=1))
    return out[::-1]


def month_end(first: date) -> date:
    return month_of(first).end


class Duty(str, enum.Enum):
    """One cell of the compliance grid."""

    DONE = "已报"  # reported in the week / suggested in the month
    MISSING = "缺报"  # owed and the week (month) is over
    PENDING = "未报"  # owed, the week (month) still running
    NONE = ""  # not owed: the zone was not active then

    @property
    def owed(self) -> bool:
        return self is not Duty.NONE


@dataclass(frozen=True)
class ActiveSpan:
    """When a zone was worked: from its start to its end, or to the day it lost its title.
    A draft owes nothing (it is not on the wall yet)."""

    starts_on: date | None
    ends_on: date | None
    stored: ZoneStatus
    revoked_on: date | None

    @property
    def last_day(self) -> date | None:
        days = [d for d in (self.ends_on, self.revoked_on if self.stored is ZoneStatus.REVOKED else None) if d]
        return min(days) if days else None


def week_duty(span: ActiveSpan, monday: date, reported: bool, today: date) -> Duty:
    """The cell of one week: 已报 if a report names it; else owed while the zone was active that
    week (from its start's week to its last day), 缺报 once the week is over, 未报 during it."""
    if reported:
        return Duty.DONE
    if span.stored is ZoneStatus.DRAFT or span.starts_on is None or monday > today:
        return Duty.NONE
    end = span.last_day
    if monday < week_start(span.starts_on) or (end is not None and monday > end):
        return Duty.NONE
    return Duty.PENDING if monday == week_start(today) else Duty.MISSING


def month_duty(span: ActiveSpan, first: date, suggested: bool, today: date) -> Duty:
    """The cell of one month, like :func:`week_duty` (a suggestion counts in the month it is made)."""
    if suggested:
        return Duty.DONE
    if span.stored is ZoneStatus.DRAFT or span.starts_on is None or first > today:
        return Duty.NONE
    end = span.last_day
    if first < span.starts_on.replace(day=1) or (end is not None and first > end):
        return Duty.NONE
    return Duty.PENDING if first == today.replace(day=1) else Duty.MISSING
