"""Engine and session factory; the database URL is chosen here.

The URL comes from ``--db``, then ``DANGJIAN_DB_URL``, then the default SQLite file in the
user's data folder. SQLite gets WAL, foreign keys and a busy timeout on every connection.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from dangjian_desktop import paths

ENV_URL = "DANGJIAN_DB_URL"


def resolve_url(cli_url: str | None = None) -> str:
    url = cli_url or os.environ.get(ENV_URL)
    if not url:
        return f"sqlite:///{paths.default_db_path()}"
    if "://" not in url:  # a bare file path is taken as a SQLite file
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def describe(url: str) -> str:
    """The URL without a password, for the status bar and messages."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data built before commit anyway,
    # and this keeps a closed session from reloading rows.
    return sessionmaker(engine, expire_on_commit=False)
