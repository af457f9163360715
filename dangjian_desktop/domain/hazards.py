"""隐患排查台账, 三违 violations with 帮教, and accidents (which veto commendations)."""

from __future__ import annotations

import enum
from datetime import date
from typing import Optional

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from . import inspections, org, zones  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, enum_column


class HazardLevel(str, enum.Enum):
    ORDINARY = "一般"
    MAJOR = "较大"
    SEVERE = "重大"


class HazardStatus(str, enum.Enum):
    OPEN = "待整改"
    IN_PROGRESS = "整改中"
    AWAITING_CHECK = "待验收"
    CLOSED = "已闭合"


class HazardSource(str, enum.Enum):
    DAILY = "日常排查"
    INSPECTION = "党代表巡视"


class PhotoStage(str, enum.Enum):
    BEFORE = "整改前"
    AFTER = "整改后"


class ViolationKind(str, enum.Enum):
    """三违."""

    COMMAND = "违章指挥"
    OPERATION = "违章作业"
    DISCIPLINE = "违反劳动纪律"


class Hazard(Base):
    __tablename__ = "hazard"
    __table_args__ = (
        Index("ix_hazard_branch_status_deadline", "branch_id", "status", "deadline"),
        Index("ix_hazard_found_on", "found_on"),
        # 逾期 is status IN (待整改, 整改中) AND deadline < today: a range search of the open ones.
        Index("ix_hazard_status_deadline", "status", "deadline"),
        # One hazard per inspection finding (a finding raises at most one rectification item).
        Index("uq_hazard_finding_id", "finding_id", unique=True),
    )

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_unit.id"))
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zone.id"), index=True)
    found_on: Mapped[date] = mapped_column(Date)
    finder_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    description: Mapped[str] = mapped_column(Text)
    level: Mapped[HazardLevel] = mapped_column(enum_column(HazardLevel, 4), default=HazardLevel.ORDINARY)
    source: Mapped[HazardSource] = mapped_column(enum_column(HazardSource), default=HazardSource.DAILY)
    finding_id: Mapped[Optional[int]] = mapped_column(ForeignKey("inspection_finding.id"))
    responsible_dept: Mapped[Optional[str]] = mapped_column(String(100))
    responsible_person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    deadline: Mapped[date] = mapped_column(Date)  # 限期整改
    measures: Mapped[Optional[str]] = mapped_column(Text)
    status: Mapped[HazardStatus] = mapped_column(enum_column(HazardStatus), default=HazardStatus.OPEN)
    rectified_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    rectified_on: Mapped[Optional[date]] = mapped_column(Date)
    # Verified by someone other than the rectifier before it is 已闭合.
    verified_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    verified_on: Mapped[Optional[date]] = mapped_column(Date)
    closed_on: Mapped[Optional[date]] = mapped_column(Date)


class HazardPhoto(Base):
    __tablename__ = "hazard_photo"

    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazard.id"), index=True)
    stage: Mapped[PhotoStage] = mapped_column(enum_column(PhotoStage, 8), default=PhotoStage.BEFORE)
    image: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class Violation(Base):
    """三违, recorded against the person; the zone's member answers for it (出现"三违"党员负责)."""

    __tablename__ = "violation"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zone.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[ViolationKind] = mapped_column(enum_column(ViolationKind))
    description: Mapped[str] = mapped_column(Text)
    recorded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))


class ViolationEducation(Base):
    """帮教: help-and-education after a violation."""

    __tablename__ = "violation_education"

    violation_id: Mapped[int] = mapped_column(ForeignKey("violation.id"), index=True)
    educator_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    held_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)


class Accident(Base):
    """An accident; the directly responsible person cannot be commended."""

    __tablename__ = "accident"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zone.id"))
    occurred_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    responsible_person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"), index=True)
