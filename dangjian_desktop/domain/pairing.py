"""结对子 / 包保: pairs, 安全联保 guarantees, follow-ups, hardship plans.

The active pairings are the one source of truth for which member covers (包保) which worker:
the pairing tab shows them, a worker's mood file is kept by them, and a 委员 reads the mood
files of the workers his active pairings cover. A pairing is active on a day from its
``starts_on`` to its ``ends_on``, both included (``is_active``; ``Pairing.active_on`` is the
same rule as SQL). The query is ``services/coverage.py``.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from typing import Optional

from sqlalchemy import ColumnElement, Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, and_, or_
from sqlalchemy.orm import Mapped, deferred, mapped_column

from . import org  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, EnumList, enum_column


class PairingGoal(str, enum.Enum):
    TALK = "谈心谈话"
    MENTORING = "技术传帮带"
    RULES = "遵章守纪提醒"
    HARDSHIP = "困难帮扶"


class FollowUpKind(str, enum.Enum):
    TALK = "谈心谈话"
    MENTORING = "技术传帮带"
    HOME_VISIT = "家访"
    HARDSHIP = "困难帮扶"
    SAFETY_REMINDER = "安全提醒"


class HardshipStatus(str, enum.Enum):
    OPEN = "帮扶中"
    CLOSED = "已销户"  # 对账销户


def is_active(starts_on: date, ends_on: date | None, today: date) -> bool:
    """A pairing covers its workers from its first day to its last day, both included."""
    return starts_on <= today and (ends_on is None or today <= ends_on)


# ---------------------------------------------------------------- pure rules of the pairing tab

DEFAULT_FREQUENCY_DAYS = 30
MAX_FREQUENCY_DAYS = 366
DUE_SOON_DAYS = 3  # a follow-up due within this many days is listed as due (工作台 too)
GUARANTEE_NOTICE_DAYS = 30  # a guarantee whose term ends within this many days is named
SCAN_MAX_BYTES = 10 * 1024 * 1024  # a guarantee's scan, stored in the database


class DueState(enum.IntEnum):
    """A pair's worker as the follow-up list sorts him: overdue first, then due, then the rest."""

    OVERDUE = 0
    DUE = 1
    LATER = 2

    @property
    def label(self) -> str:
        return ("已逾期", "即将到期", "")[self]


def next_due(held_on: date, frequency_days: int, typed: date | None = None) -> date:
    """The next follow-up: the date typed, else the follow-up's date plus the pair's frequency."""
    return typed if typed is not None else held_on + timedelta(days=frequency_days)


def due_state(due_on: date, today: date) -> DueState:
    """Overdue after its day; due from ``DUE_SOON_DAYS`` before it up to the day itself."""
    if due_on < today:
        return DueState.OVERDUE
    if due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return DueState.DUE
    return DueState.LATER


def coverage_label(covered: int, total: int) -> str:
    """"包保覆盖 173/176（98.3%）": one decimal, never 100.0% while someone is uncovered."""
    if total <= 0:
        return "包保覆盖 0/0（无需包保的职工）"
    share = covered * 100 / total
    shown = f"{share:.1f}"
    if covered < total and shown == "100.0":
        shown = "99.9"
    return f"包保覆盖 {covered}/{total}（{shown}%）"


_SCAN_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def scan_kind(data: bytes) -> str | None:
    """PDF, PNG, JPEG, GIF, BMP, TIFF or WEBP from the file's first bytes; None for anything else
    (a renamed .docx is not a scan, whatever its name says)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return next((kind for magic, kind in _SCAN_SIGNATURES if data.startswith(magic)), None)


def scan_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be a guarantee's scan, in Chinese, or None."""
    if not data:
        return "扫描件是空文件"
    if len(data) > SCAN_MAX_BYTES:
        return f"扫描件过大（{len(data) / 1024 / 1024:.1f} MB），最大 10 MB"
    if scan_kind(data) is None:
        return "扫描件须为 PDF 或图片（JPG、PNG 等）"
    return None


class Pairing(Base):
    """A member paired with one or more workers."""

    __tablename__ = "pairing"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[Optional[date]] = mapped_column(Date)
    goals: Mapped[list[PairingGoal]] = mapped_column(EnumList(PairingGoal), default=list)
    frequency_days: Mapped[int] = mapped_column(default=30)  # planned follow-up, default monthly
    note: Mapped[Optional[str]] = mapped_column(Text)

    @classmethod
    def active_on(cls, today: date) -> ColumnElement[bool]:
        """``is_active`` as a WHERE clause."""
        return and_(cls.starts_on <= today, or_(cls.ends_on.is_(None), cls.ends_on >= today))


class PairingWorker(Base):
    __tablename__ = "pairing_worker"
    __table_args__ = (UniqueConstraint("pairing_id", "worker_id"),)

    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairing.id"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


class Guarantee(Base):
    """安全联保责任书."""

    __tablename__ = "guarantee"

    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairing.id"), index=True)
    signed_on: Mapped[date] = mapped_column(Date)
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date] = mapped_column(Date)
    scan_name: Mapped[Optional[str]] = mapped_column(String(255))
    scan: Mapped[Optional[bytes]] = deferred(mapped_column(LargeBinary))


class FollowUp(Base):
    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_pairing_held", "pairing_id", "held_on"),)

    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairing.id"))
    worker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[FollowUpKind] = mapped_column(enum_column(FollowUpKind))
    content: Mapped[str] = mapped_column(Text)
    outcome: Mapped[Optional[str]] = mapped_column(Text)
    next_due_on: Mapped[Optional[date]] = mapped_column(Date, index=True)
    recorder_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))


class HardshipPlan(Base):
    """困难职工帮扶 with its 脱困时间表."""

    __tablename__ = "hardship_plan"

    worker_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    opened_on: Mapped[date] = mapped_column(Date)
    target_on: Mapped[date] = mapped_column(Date)
    situation: Mapped[str] = mapped_column(Text)
    status: Mapped[HardshipStatus] = mapped_column(enum_column(HardshipStatus), default=HardshipStatus.OPEN)
    closed_on: Mapped[Optional[date]] = mapped_column(Date)
    closing_note: Mapped[Optional[str]] = mapped_column(Text)


class HardshipStep(Base):
    __tablename__ = "hardship_step"

    plan_id: Mapped[int] = mapped_column(ForeignKey("hardship_plan.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[Optional[date]] = mapped_column(Date)
    done_on: Mapped[Optional[date]] = mapped_column(Date)
