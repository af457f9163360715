"""Declarative base shared by every table: naming convention, keys, timestamps, version.

Every table has an integer primary key, ``created_at``/``updated_at`` and a ``version``
column used as SQLAlchemy's ``version_id_col``: two offices editing the same row on a
shared PostgreSQL get a conflict instead of a silent overwrite.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any, TypeVar

from sqlalchemy import JSON, DateTime, Dialect, Enum, Integer, MetaData, String, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column

from .errors import ValidationError
from .periods import PeriodKind, parse_period

# Named constraints so Alembic batch migrations can find and alter them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy API
        return {"version_id_col": cls.__table__.c.version}


def enum_column(enum_cls: type[enum.Enum], length: int = 16) -> Enum:
    """Store an enum by its (Chinese) value as plain VARCHAR.

    Values, not names, so the database reads like the paper records; no native PostgreSQL
    ENUM and no CHECK constraint, so a later issue can add a value without a table rebuild.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class PeriodLabel(TypeDecorator[str]):
    """A period stored as its label (``2026-11``, ``2026Q3``, ``2026H2``, ``2026``) in VARCHAR(7).

    Whatever is written is normalised through ``periods.parse_period`` (``2026q3`` and
    ``2026年第三季度`` are stored as ``2026Q3``), so one period never has two spellings that a
    unique constraint would let through. ``kind`` restricts the column to one kind (a month
    column refuses ``2026Q3``). Services parse the user's text first to report a bad period
    in Chinese; this is the last guard, for bulk inserts as well.
    """

    impl = String(7)
    cache_ok = True

    def __init__(self, kind: PeriodKind | None = None) -> None:
        super().__init__()
        self.kind = kind

    def coerce(self, value: str) -> str:
        return parse_period(value, self.kind).label

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.coerce(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return value


E = TypeVar("E", bound=enum.Enum)


class EnumList(TypeDecorator[list[E]]):
    """A JSON list whose items are values of one enum (stored by value, read back as members).

    An unknown value is refused on write, like ``enum_column`` refuses one in a VARCHAR.
    """

    impl = JSON
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def coerce(self, items: Iterable[Any]) -> list[E]:
        out: list[E] = []
        for item in items:
            try:
                member = item if isinstance(item, self.enum_cls) else self.enum_cls(item)
            except ValueError:
                allowed = "、".join(str(m.value) for m in self.enum_cls)
                raise ValidationError(f"“{item}”不是可选的值（可选：{allowed}）。") from None
            if member not in out:
                out.append(member)
        return out

    def process_bind_param(self, value: Iterable[Any] | None, dialect: Dialect) -> list[Any] | None:
        return None if value is None else [m.value for m in self.coerce(value)]

    def process_result_value(self, value: list[Any] | None, dialect: Dialect) -> list[E] | None:
        # Read leniently: a value removed from the enum later must not make the row unreadable.
        if value is None:
            return None
        known = {m.value: m for m in self.enum_cls}
        return [known[v] for v in value if v in known]


@event.listens_for(Base, "mapper_configured", propagate=True)
def _coerce_on_set(mapper: Mapper[Any], cls: type) -> None:
    """An ORM write to a PeriodLabel or EnumList column is normalised (or refused with a
    ValidationError) when it is assigned, not later inside a flush where SQLAlchemy would wrap
    the error in its own. Core bulk inserts are checked by the types' bind processing."""
    for prop in mapper.column_attrs:
        col_type = prop.columns[0].type
        if isinstance(col_type, (PeriodLabel, EnumList)):
            coerce = col_type.coerce

            def on_set(_target: Any, value: Any, _old: Any, _initiator: Any, coerce: Any = coerce) -> Any:
                return None if value is None else coerce(value)

            event.listen(getattr(cls, prop.key), "set", on_set, retval=True)
