"""unit names unique among a branch's 区队 too

Revision ID: 0003_unit_name_unique
Revises: 0002_model_corrections
Create Date: 2026-11-30

The unique index on ``work_unit (branch_id, parent_id, name)`` did not hold for 区队, whose
parent is NULL (NULLs are distinct in a unique index, on SQLite and PostgreSQL alike): two
imports at the same moment each created the same new 区队. A partial unique index on
``(branch_id, name) WHERE parent_id IS NULL`` adds the rule for them. It is partial rather
than an expression (``coalesce(parent_id, 0)``) because SQLite's reflection skips expression
indexes, so a later batch rebuild of ``work_unit`` would drop it without a word; a partial
index is reflected with its WHERE and survives. (PostgreSQL 15's NULLS NOT DISTINCT would need
a second definition for SQLite.)

Duplicates already there are renamed, never merged or deleted: the first (lowest id) keeps
the name, each later one becomes 「综采一区（重复2）」, 「（重复3）」 … (the next free number),
shortened to fit the column, and the audit log names every renamed unit. People, teams and
everything else keep pointing at the unit they pointed at. The downgrade drops the index; the
names stay as they are (they were a repair, not a schema change).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0003_unit_name_unique'
down_revision: Union[str, None] = '0002_model_corrections'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

UPGRADE_ACTOR = "数据库升级 0003"
INDEX = "uq_work_unit_branch_top_name"
NAME_MAX = 100  # work_unit.name is VARCHAR(100)

_UNIT = sa.table("work_unit", sa.column("id", sa.Integer), sa.column("branch_id", sa.Integer),
                 sa.column("parent_id", sa.Integer), sa.column("name", sa.String),
                 sa.column("updated_at", sa.DateTime), sa.column("version", sa.Integer))
_AUDIT = sa.table(
    "audit_entry", sa.column("at", sa.DateTime), sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    sa.column("user_id", sa.Integer), sa.column("username", sa.String), sa.column("action", sa.String),
    sa.column("entity", sa.String), sa.column("entity_id", sa.Integer), sa.column("summary", sa.Text),
    sa.column("details", sa.JSON),
)


def renamed(name: str, n: int) -> str:
    """「name（重复n）」, the name shortened so the whole fits the column."""
    suffix = f"（重复{n}）"
    return name[: NAME_MAX - len(suffix)] + suffix


def upgrade() -> None:
    _rename_duplicates()
    op.create_index(INDEX, "work_unit", ["branch_id", "name"], unique=True,
                    sqlite_where=sa.text("parent_id IS NULL"), postgresql_where=sa.text("parent_id IS NULL"))


def downgrade() -> None:
    op.drop_index(INDEX, table_name="work_unit")


def _rename_duplicates() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(_UNIT.c.id, _UNIT.c.branch_id, _UNIT.c.name)
                        .where(_UNIT.c.parent_id.is_(None)).order_by(_UNIT.c.id)).all()
    taken: dict[int, set[str]] = {}
    for _uid, branch, name in rows:
        taken.setdefault(branch, set()).add(name)
    first: dict[tuple[int, str], int] = {}
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    notes = []
    for uid, branch, name in rows:
        if (branch, name) not in first:
            first[(branch, name)] = uid
            continue
        n = 2
        while renamed(name, n) in taken[branch]:
            n += 1
        new = renamed(name, n)
        taken[branch].add(new)
        # A new version, as an edit in the program would make: a window that read the old name
        # gets a conflict rather than writing it back.
        bind.execute(_UNIT.update().where(_UNIT.c.id == uid)
                     .values(name=new, updated_at=now, version=_UNIT.c.version + 1))
        kept = first[(branch, name)]
        notes.append({
            "at": now, "created_at": now, "updated_at": now, "user_id": None, "username": UPGRADE_ACTOR,
            "action": "升级", "entity": "work_unit", "entity_id": uid,
            "summary": f"数据库升级：本支部已有区队“{name}”（#{kept}），同名的区队#{uid}改名为“{new}”（同一支部的区队不能重名），"
                       "其人员和班组不变",
            "details": {"before": name, "after": new, "kept_unit_id": kept},
        })
    if notes:
        bind.execute(_AUDIT.insert(), notes)
