"""The first start creates the schema all or nothing; a half-created one is recognised.

A real ``db upgrade`` is killed (SIGKILL) at several moments while it creates the tables of a
new file; a failure made deterministic (a statement that raises half-way through, an extra
failing revision) must leave no table behind, on SQLite and on PostgreSQL. A schema left
half-created by an older version is rebuilt when it holds no rows and refused, untouched, when
it does. The message for a schema problem speaks of the schema, not of the network, and failed
starts do not pile up 升级前 copies.
"""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, inspect, text

from dangjian_desktop.db import migrate
from dangjian_desktop.db.engine import make_engine
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services.maintenance import open_database
from dangjian_desktop.services.uow import Ctx, Database

from ..cli.conftest import Cli
from ..conftest import PG_URL, _fresh_pg
from ..migrations.test_migrations import FAIL, _migrations_with_extra

HEAD = migrate.head_revision()
EVERY_TABLE = set(Base.metadata.tables) | {"alembic_version"}
NETWORK_WORDS = ("网络", "无法连接", "服务器是否已启动")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path: Path) -> str:
    """A database with no tables at all: a new SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'new.sqlite'}"
    if not PG_URL:
        pytest.skip("PostgreSQL 测试未运行：未设置 DANGJIAN_TEST_PG_URL")
    return _fresh_pg(PG_URL)


@contextmanager
def engine_of(url: str) -> Iterator[Engine]:
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def sqlite_state(path: Path) -> tuple[set[str], list[str]]:
    """The tables of a SQLite file and the revisions in its alembic_version (read with sqlite3 alone)."""
    if not path.exists():
        return set(), []
    with closing(sqlite3.connect(path)) as c:
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")} - {"sqlite_sequence"}
        revisions = [r[0] for r in c.execute("SELECT version_num FROM alembic_version")] if "alembic_version" in names else []
    return names, revisions


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def failing_at(engine_or_class, statement: str, error: Exception) -> Iterator[None]:
    """Every statement that starts with ``statement`` raises ``error`` (before it reaches the database)."""
    def boom(_conn, _cursor, sql, *_args):
        if sql.lstrip().upper().startswith(statement.upper()):
            raise error

    event.listen(engine_or_class, "before_cursor_execute", boom)
    try:
        yield
    finally:
        event.remove(engine_or_class, "before_cursor_execute", boom)


# --------------------------------------------------------------- a kill during the first upgrade

# When the running ``db upgrade`` is killed: the moment SQLite first writes to the -wal file (before
# the fix: the first table committed on its own; after it: the commit of the whole schema), then
# delays after the file appeared. Creating the schema took 130-450 ms after that here, with the
# machine under load or not; before the fix, every kill in that window left half a schema.
KILL_POINTS: tuple[str | float, ...] = ("wal", 0.05, 0.10, 0.20, 0.30, 0.40)


def _wait_for(point: str | float, db: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    wal = Path(f"{db}-wal")
    while proc.poll() is None and time.monotonic() < deadline:
        if point == "wal" and wal.exists() and wal.stat().st_size > 0:
            return
        if point != "wal" and db.exists():
            time.sleep(float(point))
            return
        time.sleep(0.001)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_kill_during_the_first_upgrade_leaves_no_schema_or_all_of_it(tmp_path: Path):
    cli = Cli(tmp_path / "home")
    killed_midway = 0
    for i, point in enumerate(KILL_POINTS):
        db = tmp_path / f"kill-{i}.sqlite"
        proc = subprocess.Popen([sys.executable, "-m", "dangjian_desktop", "db", "upgrade", "--db", f"sqlite:///{db}"],
                                env=cli.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            _wait_for(point, db, proc)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=60)
        names, revisions = sqlite_state(db)
        assert (names, revisions) in ((set(), []), (EVERY_TABLE, [HEAD])), f"killed at {point}: {len(names)} tables, {revisions}"
        killed_midway += proc.returncode == -signal.SIGKILL and db.exists() and not names

        # And the next start opens it (creating the schema when there was none).
        with engine_of(f"sqlite:///{db}") as engine:
            migrate.upgrade(engine, backup_dir=tmp_path / "copies")
        assert sqlite_state(db) == (EVERY_TABLE, [HEAD])
    assert killed_midway >= 2  # the kills did land while the schema was being created
    assert not (tmp_path / "copies").exists()  # nothing held data: nothing to copy


# --------------------------------------------------------------- a failure half-way leaves nothing

def test_a_first_upgrade_failing_half_way_leaves_no_table(empty_url: str, tmp_path: Path):
    with engine_of(empty_url) as engine:
        # "person" is created in the middle of 0001, after two dozen other tables.
        with failing_at(engine, "CREATE TABLE person", RuntimeError("interrupted on purpose")):
            with pytest.raises(DomainError, match="interrupted on purpose"):
                migrate.upgrade(engine, backup_dir=tmp_path / "copies")
        assert tables(engine) == set()
        result = migrate.upgrade(engine, backup_dir=tmp_path / "copies")  # the next start
        assert result.from_revision is None and result.to_revision == HEAD
        assert tables(engine) >= EVERY_TABLE


def test_the_whole_upgrade_is_one_transaction(empty_url: str, tmp_path: Path):
    """A failure in the last revision undoes the first ones too: no revision is kept on its own."""
    scripts = _migrations_with_extra(tmp_path, FAIL)
    with engine_of(empty_url) as engine:
        with pytest.raises(DomainError, match="on purpose"):
            migrate.upgrade(engine, backup_dir=tmp_path / "copies", script_location=scripts)
        assert tables(engine) == set()
        assert migrate.stored_revision(engine) is None


# --------------------------------------------------------------- a half-created schema of an older version

def _half_created(url: str, keep: int, version_table: str) -> None:
    """What an older version left when killed: the first ``keep`` tables of 0001, no revision.

    ``version_table``: "empty" (it had created alembic_version) or "missing".
    """
    with engine_of(url) as engine:
        migrate.upgrade(engine)
        with engine.begin() as c:
            for table in reversed(Base.metadata.sorted_tables[keep:]):
                c.execute(text(f'DROP TABLE "{table.name}"'))
            if version_table == "missing":
                c.execute(text("DROP TABLE alembic_version"))
            else:
                c.execute(text("DELETE FROM alembic_version"))


@pytest.mark.parametrize("version_table", ["empty", "missing"])
def test_a_half_created_schema_without_rows_is_rebuilt(empty_url: str, tmp_path: Path, version_table: str):
    _half_created(empty_url, 27, version_table)
    db, result = open_database(empty_url)
    try:
        assert result.to_revision == HEAD and result.backup is None
        assert tables(db.engine) >= EVERY_TABLE and migrate.stored_revision(db.engine) == HEAD
        ctx = Ctx(db, auth.create_first_secretary(db, "shuji", "王书记", "secret123"))
        assert roster.create_branch(ctx, "综采二区党支部") > 0  # a working database
    finally:
        db.dispose()


def test_a_revision_interrupted_in_a_table_rebuild_is_rebuilt_when_empty(tmp_path: Path):
    """Killed in 0002 by an older version: stamped 0001, with the batch's temporary table left."""
    url = f"sqlite:///{tmp_path / 'mid-0002.sqlite'}"
    with engine_of(url) as engine:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "0001_baseline")
        with engine.begin() as c:
            c.execute(text("CREATE TABLE _alembic_tmp_quarterly_review (id INTEGER PRIMARY KEY, period VARCHAR(7))"))
    db, result = open_database(url)
    db.dispose()
    assert result.to_revision == HEAD
    assert sqlite_state(tmp_path / "mid-0002.sqlite") == (EVERY_TABLE, [HEAD])


def test_a_half_created_schema_with_rows_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "half.sqlite"
    url = f"sqlite:///{path}"
    _half_created(url, 27, "empty")
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("INSERT INTO committee (name, created_at, updated_at, version) VALUES ('大屯电热公司党委', '2026-11-01', '2026-11-01', 1)")
    before = sha(path)
    with pytest.raises(DomainError) as err:
        open_database(url)
    message = err.value.message
    assert "不完整" in message and "恢复" in message and "未做任何改动" in message
    assert not any(w in message for w in NETWORK_WORDS)
    assert sha(path) == before
    assert not any(p.name.startswith("half-升级前") for p in tmp_path.rglob("*"))


# --------------------------------------------------------------- the message for a schema problem

def test_a_schema_failure_is_not_blamed_on_the_network(tmp_path: Path):
    """The original symptom: "table … already exists" under 请检查地址、网络和数据库服务器是否已启动."""
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    with failing_at(Engine, "CREATE TABLE branch", sqlite3.OperationalError("table branch already exists")):
        with pytest.raises(DomainError) as err:
            open_database(url)
    message = err.value.message
    assert "数据库结构" in message and "table branch already exists" in message and "未做任何改动" in message
    assert not any(w in message for w in NETWORK_WORDS)
    assert sqlite_state(tmp_path / "new.sqlite") == (set(), [])


# --------------------------------------------------------------- 升级前 copies

def _filled(url: str) -> None:
    db = Database(url)
    try:
        migrate.upgrade(db.engine)
        ctx = Ctx(db, auth.create_first_secretary(db, "shuji", "王书记", "secret123"))
        roster.create_branch(ctx, "综采二区党支部")
    finally:
        db.dispose()


def test_three_failed_starts_leave_one_copy(tmp_path: Path):
    path = tmp_path / "work.sqlite"
    _filled(f"sqlite:///{path}")
    scripts = _migrations_with_extra(tmp_path, FAIL)
    copies = tmp_path / "copies"
    with engine_of(f"sqlite:///{path}") as engine:
        for _ in range(3):
            with pytest.raises(DomainError, match="on purpose") as err:
                migrate.upgrade(engine, backup_dir=copies, script_location=scripts)
            assert "升级前的副本" in err.value.message
        assert migrate.stored_revision(engine) == HEAD
    made = sorted(copies.iterdir())
    assert len(made) == 1 and made[0].name.startswith(f"work-升级前-{HEAD}-")
    with closing(sqlite3.connect(made[0])) as c:
        assert c.execute("SELECT count(*) FROM branch").fetchone()[0] == 1


def test_no_copy_of_a_database_without_rows(tmp_path: Path):
    path = tmp_path / "empty-old.sqlite"
    with engine_of(f"sqlite:///{path}") as engine:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "0001_baseline")
        result = migrate.upgrade(engine, backup_dir=tmp_path / "copies")
        assert result.changed and result.backup is None
    assert not (tmp_path / "copies").exists()

