"""Engine and session factory; the database URL is chosen here.

The URL comes from ``--db``, then ``DANGJIAN_DB_URL``, then the default SQLite file in the
user's data folder. SQLite gets WAL, foreign keys and a busy timeout on every connection.

A SQLite database file holds password hashes and mood files: on POSIX it is created ``0600``
and kept so, with its -wal/-shm, whatever the umask (SQLite gives the -wal/-shm/-journal
files it creates the database file's mode).
"""

from __future__ import annotations

import os
from functools import partial
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


# The files SQLite keeps beside a database while it is open (or after a crash).
COMPANIONS = ("-wal", "-shm", "-journal")


def _create_private(path: Path, *_args) -> None:
    """Before SQLite's first open: create the file 0600 so it is never readable by others."""
    if not paths.POSIX:
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE_MODE))
    except FileExistsError:
        pass
    except OSError:  # e.g. no such folder: SQLite itself reports it, in its own words
        pass


def make_private(path: Path) -> None:
    """The database file and its -wal/-shm/-journal, 0600 on POSIX (tightens older installs)."""
    for suffix in ("", *COMPANIONS):
        paths.private_file(Path(f"{path}{suffix}"))


def _sqlite_pragmas(path: Path | None, dbapi_conn, _record) -> None:
    if path is not None:
        # Before journal_mode=WAL creates the -wal/-shm: they take the database file's mode.
        make_private(path)
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
        if path is not None:
            event.listen(engine, "do_connect", partial(_create_private, path))
        event.listen(engine, "connect", partial(_sqlite_pragmas, path))
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data built before commit anyway,
    # and this keeps a closed session from reloading rows.
    return sessionmaker(engine, expire_on_commit=False)
