"""党代表安全巡视: plans, groups, routes, the two checklists, findings."""

from __future__ import annotations

import enum
from datetime import date
from typing import Optional

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from . import org, zones  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, enum_column


class InspectionStatus(str, enum.Enum):
    PLANNED = "计划"
    IN_PROGRESS = "进行中"
    DONE = "已完成"


class FindingOutcome(str, enum.Enum):
    PASS = "符合"
    FAIL = "不符合"  # becomes a rectification item in the hazard ledger


class ChecklistTemplate(Base):
    """《党管安全责任落实表》, 《现场安全文明生产检查表》, or one the user writes."""

    __tablename__ = "checklist_template"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[Optional[str]] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_template.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    category: Mapped[Optional[str]] = mapped_column(String(50))  # 安全谈心谈话, 干部带班值班 …
    text: Mapped[str] = mapped_column(Text)


class Inspection(Base):
    __tablename__ = "inspection"

    branch_id: Mapped[Optional[int]] = mapped_column(ForeignKey("branch.id"), index=True)  # None: committee-wide
    title: Mapped[str] = mapped_column(String(100))
    planned_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[InspectionStatus] = mapped_column(enum_column(InspectionStatus), default=InspectionStatus.PLANNED)
    # The previous round: its open rectifications are checked first.
    previous_id: Mapped[Optional[int]] = mapped_column(ForeignKey("inspection.id"))
    summary: Mapped[Optional[str]] = mapped_column(Text)


class InspectionMember(Base):
    """A Party representative in the inspection group."""

    __tablename__ = "inspection_member"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)


class InspectionStop(Base):
    """One stop of the route: a zone or a named place."""

    __tablename__ = "inspection_stop"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zone.id"))
    place: Mapped[Optional[str]] = mapped_column(String(100))


class InspectionFinding(Base):
    """The result of one checklist item at one inspection."""

    __tablename__ = "inspection_finding"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    item_id: Mapped[Optional[int]] = mapped_column(ForeignKey("checklist_item.id"))
    item_text: Mapped[str] = mapped_column(Text)  # kept as checked, even if the template changes
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zone.id"))
    outcome: Mapped[FindingOutcome] = mapped_column(enum_column(FindingOutcome, 4))
    comment: Mapped[Optional[str]] = mapped_column(Text)
