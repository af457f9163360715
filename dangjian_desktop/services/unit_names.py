"""Unique 区队 and 班组 names when two programs write at the same moment.

The services check a name is free before they write it (``roster._require_unit_name_free``,
the import's plan), but another program may write the same name between that check and the
commit. The database's unique indexes on ``work_unit`` (see ``domain.org.WorkUnit``) refuse
the second write; ``name_guard`` turns that refusal into a ConflictError that names the unit,
instead of the general "conflicts with existing data" of ``uow``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import ConflictError
from dangjian_desktop.domain.org import UnitKind

INDEXES = ("uq_work_unit_branch_parent_name", "uq_work_unit_branch_top_name")

# What follows 「区队“综采一区”」 in the message, by what was being done.
CREATED = "刚被其他操作创建，请刷新后重试；未做任何修改。"
RENAMED = "刚被其他操作创建或改名而来，请刷新后重试；未做任何修改。"
IMPORTED = "刚被其他操作创建，未导入任何数据。请重新预览后再导入。"


def is_name_clash(exc: IntegrityError) -> bool:
    """Whether one of the unit-name indexes refused the write (not, say, a missing branch)."""
    diag = getattr(exc.orig, "diag", None)
    if diag is not None:  # psycopg names the constraint
        return getattr(diag, "constraint_name", None) in INDEXES
    # SQLite names the columns: "UNIQUE constraint failed: work_unit.branch_id, work_unit.name".
    message = str(exc.orig)
    return message.startswith("UNIQUE constraint failed:") and "work_unit.name" in message


@contextmanager
def name_guard(s: Session, kind: UnitKind, name: str, what: str) -> Iterator[None]:
    """The block's changes to a unit, flushed at its end; a name another program has just
    written becomes ``ConflictError("区队“name”" + what)``. The caller's unit of work then
    rolls everything back."""
    try:
        yield
        s.flush()
    except IntegrityError as exc:
        if not is_name_clash(exc):
            raise
        raise ConflictError(f"{kind.value}“{name}”{what}") from exc
