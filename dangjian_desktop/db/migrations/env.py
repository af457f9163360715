"""Alembic environment: run programmatically by ``db/migrate.py`` on a given connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dangjian_desktop.db.engine import resolve_url
from dangjian_desktop.domain import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line (for autogenerate while developing)
        engine = create_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch rebuilds the table
        compare_type=True,
    )
    # db/migrate.py hands over a connection already inside its one transaction: Alembic then
    # neither begins nor commits, and every revision of a run is kept or undone together.
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
