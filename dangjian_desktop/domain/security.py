"""Users, roles and the audit log."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from . import org  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, enum_column, utcnow


class Role(str, enum.Enum):
    SECRETARY = "书记"  # everything, including users and the audit log
    COMMITTEE = "委员"  # everything but users; mood files only of the workers he covers
    VIEWER = "查看"  # read-only, mood figures as counts only


class User(Base):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role, 8))
    # The member this account belongs to: decides which workers a 委员 covers.
    person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[Optional[datetime]] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who changed (or, for mood files, read) what and when. Append-only."""

    __tablename__ = "audit_entry"
    # "What happened to this record": the history of one row, newest first.
    __table_args__ = (Index("ix_audit_entry_entity_entity_id", "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(120))  # Actor.label, kept even if the user is renamed
    action: Mapped[str] = mapped_column(String(20))  # 新增 / 修改 / 归档 / 导入 / 查看 / 导出 …
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[Optional[int]]
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)


class Setting(Base):
    """Settings shared by everyone using this database (time limits, weights, last backup).

    Per-PC preferences (window geometry, theme) live in QSettings instead.
    """

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[Any] = mapped_column(JSON)


class ImportBatch(Base):
    """One roster import, so the last one can be undone (撤销上次导入)."""

    __tablename__ = "import_batch"

    kind: Mapped[str] = mapped_column(String(20))  # "members"
    file_name: Mapped[str] = mapped_column(String(255))
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(120))  # Actor.label
    added_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    # Units and teams the import created, removed again by an undo when nothing uses them.
    created_unit_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    undone_at: Mapped[Optional[datetime]] = mapped_column(DateTime)


class ImportChange(Base):
    """A person the import added or updated; ``before`` holds the old values of an update."""

    __tablename__ = "import_change"

    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(8))  # 新增 / 更新
    before: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    # The person's version right after the import: a later edit means something depends on it.
    version_after: Mapped[int]
    note: Mapped[Optional[str]] = mapped_column(Text)
