"""职工思想动态档案 and the 红黄蓝 warnings. Personal data: read only through services that check roles."""

from __future__ import annotations

import enum
from datetime import date
from typing import Optional

from sqlalchemy import Boolean, Date, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, enum_column


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
    """A worker's 思想动态档案, kept by his 包保党员."""

    __tablename__ = "mood_file"

    worker_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    covering_member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"), index=True)
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
    month: Mapped[date] = mapped_column(Date)  # first day of the month
    held_on: Mapped[Optional[date]] = mapped_column(Date)
    summary: Mapped[Optional[str]] = mapped_column(Text)
