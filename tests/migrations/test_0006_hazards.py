"""Migration 0006 (index hazard (status, deadline)) on the demo, on SQLite and PostgreSQL: down
to the revision before it and up again, every row kept, the index gone and back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, text

from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.engine import is_sqlite
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Database

REVISION = "0006_hazards"
INDEX = "ix_hazard_status_deadline"


def _previous() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    down = script.get_revision(REVISION).down_revision
    assert isinstance(down, str)
    return down


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {i["name"] for i in inspect(conn).get_indexes("hazard") if i["name"]}


def test_demo_down_and_up_again_keeps_rows(any_db: Database):
    load_demo(any_db, today=date.today())
    counts = table_counts(any_db.engine)
    assert INDEX in _indexes(any_db)
    migrate.downgrade(any_db.engine, _previous())
    assert INDEX not in _indexes(any_db) and table_counts(any_db.engine) == counts
    migrate.upgrade(any_db.engine)
    assert migrate.current_revision(any_db.engine) == migrate.head_revision()
    assert INDEX in _indexes(any_db) and table_counts(any_db.engine) == counts
    if is_sqlite(any_db.url):
        with any_db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
