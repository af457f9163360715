"""职工思想动态档案 and the 红黄蓝 warnings. Personal data: read only through services that check roles.

Who keeps a worker's file (his 包保党员) is not stored here: it is whoever covers him through
an active pairing (``domain/pairing.py``, ``services/coverage.py``), the one source of truth
for the pairing tab and for what a 委员 may read.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from typing import Any, Optional

from sqlalchemy import Boolean, Date, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from . import org  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, PeriodLabel, enum_column
from .periods import PeriodKind


class MoodCategory(str, enum.Enum):
    FAMILY = "家庭"
    HEALTH = "健康"
    WORK_MOOD = "工作情绪"
    MONEY = "经济困难"
    RELATIONS = "人际关系"
    REQUEST = "诉求"
    OTHER = "其他"


class WarningLevel(str, enum.Enum):
    RED = "红"  # serious, act now
    YELLOW = "黄"  # a talk and measures soon
    BLUE = "蓝"  # watch


class WarningStatus(str, enum.Enum):
    NEW = "新建"
    ASSIGNED = "已指派"
    HANDLING = "处置中"
    LIFTED = "已解除"
    ESCALATED = "已升级"  # replaced by a warning one level up that keeps the history


class WarningActionKind(str, enum.Enum):
    ASSIGN = "指派"
    TALK = "谈心谈话"
    HOME_VISIT = "家访"
    HELP = "帮扶"
    REPORT = "上报"
    REVIEW = "复查"
    LIFT = "解除"
    ESCALATE = "升级"


class MoodFile(Base):
    """A worker's 思想动态档案, kept by the members whose active pairing covers him."""

    __tablename__ = "mood_file"

    worker_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    opened_on: Mapped[date] = mapped_column(Date)


class MoodEntry(Base):
    __tablename__ = "mood_entry"

    file_id: Mapped[int] = mapped_column(ForeignKey("mood_file.id"), index=True)
    recorded_on: Mapped[date] = mapped_column(Date)
    recorder_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    category: Mapped[MoodCategory] = mapped_column(enum_column(MoodCategory))
    content: Mapped[str] = mapped_column(Text)


class MoodWarning(Base):
    __tablename__ = "mood_warning"
    __table_args__ = (Index("ix_mood_warning_status_level", "status", "level"),)

    file_id: Mapped[int] = mapped_column(ForeignKey("mood_file.id"), index=True)
    level: Mapped[WarningLevel] = mapped_column(enum_column(WarningLevel, 2))
    reason: Mapped[str] = mapped_column(Text)
    raised_on: Mapped[date] = mapped_column(Date)
    raised_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    assignee_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    status: Mapped[WarningStatus] = mapped_column(enum_column(WarningStatus), default=WarningStatus.NEW)
    escalated_from_id: Mapped[Optional[int]] = mapped_column(ForeignKey("mood_warning.id"))
    lifted_on: Mapped[Optional[date]] = mapped_column(Date)
    closing_review: Mapped[Optional[str]] = mapped_column(Text)
    needs_report: Mapped[bool] = mapped_column(Boolean, default=False)  # 需上报 to the mine
    report_answer: Mapped[Optional[str]] = mapped_column(Text)
    answered_on: Mapped[Optional[date]] = mapped_column(Date)
    # When the next step is due, computed by next_due_on when the warning changes and kept:
    # a later change of the time limits does not move the deadlines already given. None once
    # lifted or escalated.
    due_on: Mapped[Optional[date]] = mapped_column(Date, index=True)


class WarningAction(Base):
    __tablename__ = "warning_action"

    warning_id: Mapped[int] = mapped_column(ForeignKey("mood_warning.id"), index=True)
    kind: Mapped[WarningActionKind] = mapped_column(enum_column(WarningActionKind))
    acted_on: Mapped[date] = mapped_column(Date)
    actor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    content: Mapped[str] = mapped_column(Text, default="")


class MoodAnalysis(Base):
    """月度思想动态分析: the branch meeting's conclusions; the figures are computed."""

    __tablename__ = "mood_analysis"
    __table_args__ = (UniqueConstraint("branch_id", "month"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    month: Mapped[str] = mapped_column(PeriodLabel(PeriodKind.MONTH))  # 2026-11
    held_on: Mapped[Optional[date]] = mapped_column(Date)
    summary: Mapped[Optional[str]] = mapped_column(Text)


# ---------------------------------------------------------------- time limits (闭合处置)

# Setting (table ``setting``) holding WarningLimits.to_json(); the defaults when it is absent.
WARNING_LIMITS_KEY = "mood_warning_limits"
# Actions after which a red warning's measures are in place (a review comes after them).
MEASURE_KINDS = frozenset({WarningActionKind.HOME_VISIT, WarningActionKind.HELP, WarningActionKind.REVIEW})
CLOSED_STATUSES = frozenset({WarningStatus.LIFTED, WarningStatus.ESCALATED})


@dataclass(frozen=True)
class WarningLimits:
    """Days allowed for each step, by level: the first talk, (red) the measures, then reviews."""

    red_talk_days: int = 1
    red_measures_days: int = 3
    red_review_days: int = 7
    yellow_talk_days: int = 3
    yellow_review_days: int = 15
    blue_talk_days: int = 7
    blue_review_days: int = 30

    def talk_days(self, level: WarningLevel) -> int:
        return {WarningLevel.RED: self.red_talk_days, WarningLevel.YELLOW: self.yellow_talk_days,
                WarningLevel.BLUE: self.blue_talk_days}[level]

    def review_days(self, level: WarningLevel) -> int:
        return {WarningLevel.RED: self.red_review_days, WarningLevel.YELLOW: self.yellow_review_days,
                WarningLevel.BLUE: self.blue_review_days}[level]

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: Any) -> WarningLimits:
        """From the setting's JSON; a missing or bad entry (not a whole number ≥ 1) keeps its default."""
        if not isinstance(value, dict):
            return cls()
        good = {f.name: value[f.name] for f in fields(cls)
                if isinstance(value.get(f.name), int) and not isinstance(value.get(f.name), bool) and value[f.name] >= 1}
        return cls(**good)


DEFAULT_LIMITS = WarningLimits()


def next_due_on(level: WarningLevel, status: WarningStatus, raised_on: date, last_action_on: date | None = None,
                *, measures_taken: bool = False, limits: WarningLimits = DEFAULT_LIMITS) -> date | None:
    """When the warning's next step is due.

    新建 / 已指派: the first talk, counted from the day it was raised. 处置中: for a red warning
    whose measures are not yet in place, the measures (from the day raised); otherwise the next
    review, counted from the last action. 已解除 / 已升级: nothing is due (None).
    """
    if status in CLOSED_STATUSES:
        return None
    if status in (WarningStatus.NEW, WarningStatus.ASSIGNED):
        return raised_on + timedelta(days=limits.talk_days(level))
    if level is WarningLevel.RED and not measures_taken:
        return raised_on + timedelta(days=limits.red_measures_days)
    return (last_action_on or raised_on) + timedelta(days=limits.review_days(level))


def due_on_from_actions(level: WarningLevel, status: WarningStatus, raised_on: date,
                        actions: Iterable[tuple[WarningActionKind, date]],
                        limits: WarningLimits = DEFAULT_LIMITS) -> date | None:
    """next_due_on from the warning's actions as (kind, date): what a service calls after each change."""
    done = list(actions)
    last = max((d for _k, d in done), default=None)
    return next_due_on(level, status, raised_on, last,
                       measures_taken=any(k in MEASURE_KINDS for k, _d in done), limits=limits)
