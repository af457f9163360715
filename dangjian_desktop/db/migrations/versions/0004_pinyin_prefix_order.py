"""pinyin keys: a name sorts before the longer names it begins

Revision ID: 0004_pinyin_prefix_order
Revises: 0003_unit_name_unique
Create Date: 2026-11-29

``person.name_pinyin`` ended its sorting part with "|", which sorts after the space between
syllables: 王成伟 ("wang cheng wei|…") came before 王成 ("wang cheng|…"). The key now ends it
with " 0" (``domain/pinyin.END``), which sorts before every letter in byte order and in a
linguistic collation alike. Every person's key is recomputed from his name, in batches; the
rule is copied here (a later change of ``domain/pinyin.py`` must not change what this
revision does). The downgrade writes the old format back. No schema change, no new version of
the rows (the key is derived, not an edit a user made).
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004_pinyin_prefix_order'
down_revision: Union[str, None] = '0003_unit_name_unique'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BATCH = 500

_PERSON = sa.table("person", sa.column("id", sa.Integer), sa.column("name", sa.String),
                   sa.column("name_pinyin", sa.String))

# Surnames read differently from the character's common reading (as in domain/pinyin.py at 0004).
_SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
    "盖": "ge", "缪": "miao", "乐": "yue", "覃": "qin", "翟": "zhai", "尉": "yu", "秘": "bi",
    "种": "chong", "繁": "po", "句": "gou", "员": "yun", "万俟": "mo qi", "尉迟": "yu chi",
}


def _syllables(name: str) -> list[str]:
    from pypinyin import lazy_pinyin

    syllables: list[str] = []
    rest = name
    for surname in sorted(_SURNAMES, key=len, reverse=True):
        if name.startswith(surname) and len(name) > len(surname):
            syllables = _SURNAMES[surname].split()
            rest = name[len(surname):]
            break
    return syllables + [s.lower() for s in lazy_pinyin(rest) if s.strip()]


def key(name: str | None, end: str = " 0") -> str:
    """The key of 0004 (``end=" 0"``), or the one before it (``end=""``)."""
    name = (name or "").strip()
    if not name:
        return ""
    s = _syllables(name)
    return f"{' '.join(s)}{end}|{''.join(s)}|{''.join(x[0] for x in s)}"


def _recompute(end: str) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(_PERSON.c.id, _PERSON.c.name, _PERSON.c.name_pinyin).order_by(_PERSON.c.id)).all()
    changed = [{"pid": pid, "key": k} for pid, name, old in rows if (k := key(name, end)) != old]
    update = _PERSON.update().where(_PERSON.c.id == sa.bindparam("pid")).values(name_pinyin=sa.bindparam("key"))
    for i in range(0, len(changed), BATCH):
        bind.execute(update, changed[i:i + BATCH])


def upgrade() -> None:
    _recompute(" 0")


def downgrade() -> None:
    _recompute("")
