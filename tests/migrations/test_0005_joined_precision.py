"""Migration 0005 (person.joined_party_precision) on the demo, on SQLite and PostgreSQL: down to
the revision before it and up again, every row kept, every 入党日期 kept, all of them 'day'."""

from __future__ import annotations

from datetime import date

from sqlalchemy import MetaData, Table, select, text

from dangjian_desktop.db import migrate
from dangjian_desktop.db.backup import table_counts
from dangjian_desktop.db.engine import is_sqlite
from dangjian_desktop.domain.org import Person
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Database

REVISION = "0005_joined_precision"


def _previous() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    down = script.get_revision(REVISION).down_revision
    assert isinstance(down, str)
    return down


def test_demo_down_and_up_again_keeps_rows_and_dates(any_db: Database):
    load_demo(any_db, today=date.today())
    counts = table_counts(any_db.engine)
    with any_db.read() as s:
        joined = dict(s.execute(select(Person.id, Person.joined_party_on)).all())
    migrate.downgrade(any_db.engine, _previous())
    with any_db.engine.connect() as conn:
        assert "joined_party_precision" not in Table("person", MetaData(), autoload_with=conn).c
    assert table_counts(any_db.engine) == counts
    migrate.upgrade(any_db.engine)
    assert migrate.current_revision(any_db.engine) == migrate.head_revision()
    assert table_counts(any_db.engine) == counts
    with any_db.read() as s:
        assert dict(s.execute(select(Person.id, Person.joined_party_on)).all()) == joined
        assert set(s.scalars(select(Person.joined_party_precision))) == {"day"}
    if is_sqlite(any_db.url):
        with any_db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
