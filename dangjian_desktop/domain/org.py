"""The organisation: 党委 committee, 党支部 branches, 区队/班组 work units, people."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Optional

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, LargeBinary, String, Text, event, text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from .base import Base, enum_column
from .pinyin import name_key


class PoliticalStatus(str, enum.Enum):
    """政治面貌 as written on a roster."""

    MEMBER = "中共党员"
    PROBATIONARY = "中共预备党员"
    ACTIVIST = "入党积极分子"
    LEAGUE = "共青团员"
    MASSES = "群众"

    @property
    def is_party_member(self) -> bool:
        return self in (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)


class Gender(str, enum.Enum):
    MALE = "男"
    FEMALE = "女"


class UnitKind(str, enum.Enum):
    UNIT = "区队"  # 区队 / 车间 / 工区: a work unit
    TEAM = "班组"  # a team inside a unit


class Committee(Base):
    """党委: the company level that holds several branches."""

    __tablename__ = "committee"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    company: Mapped[Optional[str]] = mapped_column(String(100))

    branches: Mapped[list[Branch]] = relationship(back_populates="committee")


class Branch(Base):
    """党支部: the unit this program serves."""

    __tablename__ = "branch"

    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    secretary_name: Mapped[Optional[str]] = mapped_column(String(50))
    # Printed on public boards: "欢迎监督" with whom to call.
    contact_phone: Mapped[Optional[str]] = mapped_column(String(50))
    archived_at: Mapped[Optional[datetime]] = mapped_column(DateTime)

    committee: Mapped[Committee] = relationship(back_populates="branches")
    units: Mapped[list[WorkUnit]] = relationship(back_populates="branch")


class WorkUnit(Base):
    """区队 or 班组; a team has its unit as parent.

    Names are unique among a branch's 区队 and among a 区队's 班组. The first index alone let
    NULL parents differ (SQL's NULLs are distinct), so the 区队 get a partial index of their own,
    ``uq_work_unit_branch_top_name`` (see :func:`declare_top_unit_index`).
    """

    __tablename__ = "work_unit"
    __table_args__ = (Index("uq_work_unit_branch_parent_name", "branch_id", "parent_id", "name", unique=True),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind), default=UnitKind.UNIT)
    archived_at: Mapped[Optional[datetime]] = mapped_column(DateTime)

    branch: Mapped[Branch] = relationship(back_populates="units")
    parent: Mapped[Optional[WorkUnit]] = relationship(remote_side="WorkUnit.id")


def declare_top_unit_index() -> Index:
    """The partial unique index on the 区队's names (``parent_id IS NULL``): one definition for
    SQLite and PostgreSQL, kept by SQLite's batch table rebuilds (an expression index would
    silently be dropped by them), and named in PostgreSQL's error.

    Declared when the whole schema is loaded (``domain.load_all``: migrations, the model checks,
    ``create_all``), not with the class: its ``postgresql_where`` makes SQLAlchemy import its whole
    PostgreSQL dialect, asyncio included (about 0.06 s of CPU), and the program's start on SQLite
    needs only this class, to read the accounts. The database enforces the rule either way.
    """
    table = WorkUnit.__table__
    return Index("uq_work_unit_branch_top_name", table.c.branch_id, table.c.name, unique=True,
                 sqlite_where=text("parent_id IS NULL"), postgresql_where=text("parent_id IS NULL"))


def _pinyin_default(context) -> str:
    """Column default for Core bulk inserts (demo, import) that give only the name."""
    return name_key(context.get_current_parameters().get("name") or "")


class Person(Base):
    """Anyone on the roster: every 职工 worker, some of them 党员 members."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_branch_archived_name", "branch_id", "archived_at", "name"),)

    name: Mapped[str] = mapped_column(String(50), index=True)
    # "zhang wei|zhangwei|zw": kept in step with ``name`` (see below) for pinyin order and search.
    name_pinyin: Mapped[str] = mapped_column(String(200), default=_pinyin_default, index=True)
    gender: Mapped[Optional[Gender]] = mapped_column(enum_column(Gender, 4))
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)  # 工号
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_unit.id"), index=True)
    post: Mapped[Optional[str]] = mapped_column(String(50))  # 岗位
    special_post: Mapped[bool] = mapped_column(Boolean, default=False)  # 特种岗位
    political_status: Mapped[PoliticalStatus] = mapped_column(
        enum_column(PoliticalStatus), default=PoliticalStatus.MASSES, index=True
    )
    joined_party_on: Mapped[Optional[date]] = mapped_column(Date)  # 入党日期
    # "day", or "month" for a date known to the month only (stored as the 1st; shown 2005-06).
    joined_party_precision: Mapped[str] = mapped_column(String(8), default="day", server_default="day")
    phone: Mapped[Optional[str]] = mapped_column(String(32))
    # Photo for 亮身份 on the zone card; deferred so lists never load it.
    photo: Mapped[Optional[bytes]] = deferred(mapped_column(LargeBinary))
    note: Mapped[Optional[str]] = mapped_column(Text)
    archived_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    archive_reason: Mapped[Optional[str]] = mapped_column(String(200))

    branch: Mapped[Branch] = relationship()
    unit: Mapped[Optional[WorkUnit]] = relationship()

    @property
    def is_party_member(self) -> bool:
        return self.political_status.is_party_member


@event.listens_for(Person.name, "set")
def _keep_pinyin(target: Person, value: str, _old: object, _initiator: object) -> None:
    # Every ORM write of a name (dialog, import update, demo) refreshes its pinyin key.
    target.name_pinyin = name_key(value or "")
