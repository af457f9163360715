"""Migration 0004 on the demo, on SQLite and PostgreSQL: every stored pinyin key recomputed so
that 王成 sorts before 王成伟; down and up again keep every row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.engine import is_sqlite
from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.pinyin import name_key
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Database

BEFORE = "0003_unit_name_unique"


def _keys(db: Database) -> dict[int, tuple[str, str]]:
    with db.engine.connect() as conn:
        return {i: (n, k) for i, n, k in conn.execute(text("SELECT id, name, name_pinyin FROM person"))}


def _order(db: Database, ids: tuple[int, int]) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(Person.id).where(Person.id.in_(ids)).order_by(Person.name_pinyin)).scalars())


def test_demo_keys_recomputed_down_and_up(any_db: Database) -> None:
    load_demo(any_db, today=date.today())
    with any_db.engine.begin() as conn:
        a, b = conn.execute(text("SELECT id FROM person ORDER BY id LIMIT 2")).scalars().all()
        conn.execute(text("UPDATE person SET name = '王成伟' WHERE id = :i"), {"i": a})
        conn.execute(text("UPDATE person SET name = '王成' WHERE id = :i"), {"i": b})
    counts = table_counts(any_db.engine)

    migrate.downgrade(any_db.engine, BEFORE)
    assert table_counts(any_db.engine) == counts
    old = _keys(any_db)
    assert all(k == name_key(n).replace(" 0|", "|", 1) for n, k in old.values())  # the format before 0004
    assert _order(any_db, (a, b)) == [a, b]  # the defect: 王成伟 before 王成

    migrate.upgrade(any_db.engine)
    assert migrate.current_revision(any_db.engine) == migrate.head_revision()
    assert table_counts(any_db.engine) == counts
    new = _keys(any_db)
    assert new.keys() == old.keys()
    assert all(k == name_key(n) for n, k in new.values())
    assert _order(any_db, (a, b)) == [b, a]  # 王成, then 王成伟
    if is_sqlite(any_db.url):
        with any_db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
