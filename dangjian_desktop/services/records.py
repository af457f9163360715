"""What every area's edits share: load a row for an edit, check text, diff for the audit log.

A service's edit goes: ``load_for_edit`` (the row as the user last read it, or a conflict),
``required_text`` and ``raise_problems`` for the input, ``diff`` to apply the changes and
learn what changed, ``audit_details`` for the audit entry. For an undo, ``inverse`` turns a
diff around, and ``typed_value`` / ``changes_from_details`` read plain values (an audit
entry's, an import's record) back into the columns' types. Generic over the typed ORM classes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import Date, DateTime, inspect
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from dangjian_desktop.domain.base import Base
from dangjian_desktop.domain.errors import ConflictError, NotFound, ValidationError
from dangjian_desktop.domain.text import clean_text, shorten

M = TypeVar("M", bound=Base)

NAME_MAX = 100  # branch, unit and team names (the columns' length)
NOT_FOUND = "该记录不存在（可能已被删除）。"

Changes = dict[str, tuple[Any, Any]]  # field → (old, new)


def load_for_edit(s: Session, model: type[M], row_id: int, expected_version: int, not_found: str = NOT_FOUND) -> M:
    """The row as the caller last read it: NotFound(not_found) when it is gone, ConflictError
    when someone saved it since (its version moved on), so an edit never overwrites unseen work."""
    row = s.get(model, row_id)
    if row is None:
        raise NotFound(not_found)
    if row.version != expected_version:
        raise ConflictError()
    return row


def required_text(text: str, message: str, longest: int = NAME_MAX) -> str:
    """``text`` cleaned (``clean_text``: invisible characters removed, NFKC, trimmed);
    ValidationError(message) when nothing visible is left, or when it is longer than
    ``longest`` (the column's length: the database would refuse it in English)."""
    text = clean_text(text)
    if not text:
        raise ValidationError(message)
    if len(text) > longest:
        raise ValidationError(f"“{shorten(text, 20)}”过长（最多{longest}个字）。")
    return text


def raise_problems(problems: list[str]) -> None:
    """One ValidationError listing every problem, when there is any."""
    if problems:
        raise ValidationError("；".join(problems) + "。", problems)


def diff(obj: object, data: object, fields: Iterable[str]) -> Changes:
    """Copy ``fields`` from ``data`` (an object, or a mapping of field → value) onto ``obj``;
    returns field → (old, new) of what changed, in ``fields`` order. Unchanged fields are not
    set, so an edit that changes nothing leaves the row's version alone."""
    changes: Changes = {}
    for f in fields:
        old = getattr(obj, f)
        new = data[f] if isinstance(data, Mapping) else getattr(data, f)
        if old != new:
            changes[f] = (old, new)
            setattr(obj, f, new)
    return changes


def inverse(changes: Mapping[str, tuple[Any, Any]]) -> Changes:
    """The changes that undo ``changes``: field → (new, old).

    An undo: ``diff(row, new_values(inverse(changes)), changes)`` (after checking the row was not
    edited since, e.g. with ``load_for_edit`` at the version the change left).
    """
    return {f: (new, old) for f, (old, new) in changes.items()}


def new_values(changes: Mapping[str, tuple[Any, Any]]) -> dict[str, Any]:
    """field → the value a diff sets: what ``diff`` takes as ``data``."""
    return {f: new for f, (_old, new) in changes.items()}


def plain_value(v: object) -> object:
    """A field's value as JSON keeps it in an audit entry or an import's record: enums (政治面貌,
    性别 …) as their Chinese words, dates as ISO text."""
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def audit_details(changes: Mapping[str, tuple[Any, Any]]) -> dict[str, list[object]]:
    """A diff as an audit entry's details: field → [old, new] in plain values."""
    return {f: [plain_value(old), plain_value(new)] for f, (old, new) in changes.items()}


def typed_value(model: type[Base], field: str, v: object) -> object:
    """The inverse of ``plain_value`` for the column ``model.field``: the enum member, date or
    datetime it holds (None or empty text for one of those is None; other values pass as they are)."""
    column_type = inspect(model).columns[field].type
    if not isinstance(column_type, (SAEnum, Date, DateTime)):
        return v
    if v is None or v == "":
        return None
    if isinstance(column_type, SAEnum):
        return column_type.enum_class(v) if column_type.enum_class is not None else v
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(str(v))
    return date.fromisoformat(str(v))


def changes_from_details(model: type[Base], details: Mapping[str, list[Any] | tuple[Any, Any]]) -> Changes:
    """An audit entry's ``audit_details`` read back as a diff of ``model`` in column types."""
    return {f: (typed_value(model, f, old), typed_value(model, f, new)) for f, (old, new) in details.items()}
