"""党员责任区 / 党员示范岗 (一区一岗): 五明确, 五亮, weekly reports, suggestions."""

from __future__ import annotations

import enum
from datetime import date
from typing import Optional

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from . import org  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, enum_column


class ZoneKind(str, enum.Enum):
    """四区联动."""

    THOUGHT = "思想"
    SAFETY = "安全"
    QUALITY = "质量"
    PRODUCTION = "生产"


class ZoneCategory(str, enum.Enum):
    ZONE = "党员责任区"
    POST = "党员示范岗"


class ZoneStatus(str, enum.Enum):
    DRAFT = "草稿"  # some 五明确 field still missing: not printed
    ACTIVE = "在岗"
    REVOKED = "摘牌"
    ENDED = "期满"


class Zone(Base):
    __tablename__ = "zone"
    __table_args__ = (Index("ix_zone_branch_status", "branch_id", "status"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_unit.id"), index=True)
    category: Mapped[ZoneCategory] = mapped_column(enum_column(ZoneCategory), default=ZoneCategory.ZONE)
    kind: Mapped[ZoneKind] = mapped_column(enum_column(ZoneKind, 4))
    name: Mapped[str] = mapped_column(String(100))
    location: Mapped[Optional[str]] = mapped_column(String(200))  # where the board hangs / the site
    # 五明确
    area: Mapped[Optional[str]] = mapped_column(Text)  # 明确区域
    member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"), index=True)  # 明确示范者
    basis_and_standard: Mapped[Optional[str]] = mapped_column(Text)  # 明确示范依据和示范标准
    assessor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))  # 明确考核人
    assessment_standard: Mapped[Optional[str]] = mapped_column(Text)  # 明确考核标准
    starts_on: Mapped[Optional[date]] = mapped_column(Date)  # 明确示范的起止时间
    ends_on: Mapped[Optional[date]] = mapped_column(Date)
    # 五亮
    identity: Mapped[Optional[str]] = mapped_column(Text)  # 亮身份
    post_text: Mapped[Optional[str]] = mapped_column(Text)  # 亮岗位
    duties: Mapped[Optional[str]] = mapped_column(Text)  # 亮职责
    standard: Mapped[Optional[str]] = mapped_column(Text)  # 亮标准
    achievements: Mapped[Optional[str]] = mapped_column(Text)  # 亮业绩
    status: Mapped[ZoneStatus] = mapped_column(enum_column(ZoneStatus), default=ZoneStatus.DRAFT)
    revoked_on: Mapped[Optional[date]] = mapped_column(Date)
    revoke_reason: Mapped[Optional[str]] = mapped_column(Text)


class ZoneWorker(Base):
    """A worker the zone covers (带一片人)."""

    __tablename__ = "zone_worker"
    __table_args__ = (UniqueConstraint("zone_id", "person_id"),)

    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


class ZoneReport(Base):
    """每周至少报告一次: the member's weekly safety report on the zone."""

    __tablename__ = "zone_report"
    __table_args__ = (Index("ix_zone_report_zone_week", "zone_id", "week_start"),)

    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    week_start: Mapped[date] = mapped_column(Date)  # Monday of the ISO week reported on
    reported_on: Mapped[date] = mapped_column(Date)
    safety_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    content: Mapped[str] = mapped_column(Text, default="")


class Suggestion(Base):
    """每月至少一条合理化建议."""

    __tablename__ = "suggestion"
    __table_args__ = (Index("ix_suggestion_zone_made", "zone_id", "made_on"),)

    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    made_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    adopted: Mapped[bool] = mapped_column(Boolean, default=False)
