"""Where the database is, how SQLite connections are set up, and how a unit of work reports
what the database refused (db/engine.py, paths.py, services/uow.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from dangjian_desktop import paths
from dangjian_desktop.db.engine import ENV_URL, describe, make_engine, resolve_url, sqlite_path
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.org import Branch
from dangjian_desktop.domain.security import AuditEntry, Setting
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services.uow import INTEGRITY_MESSAGE, UNAVAILABLE_MESSAGE, Ctx, Database


@pytest.fixture
def no_env_url(monkeypatch):
    monkeypatch.delenv(ENV_URL, raising=False)


def test_argument_wins_over_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv(ENV_URL, "postgresql+psycopg://u@h/env_db")
    assert resolve_url("postgresql+psycopg://u@h/arg_db") == "postgresql+psycopg://u@h/arg_db"


def test_environment_wins_over_default(monkeypatch):
    monkeypatch.setenv(ENV_URL, "postgresql+psycopg://u@h/env_db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/env_db"


def test_default_is_a_sqlite_file_in_the_user_data_folder(no_env_url):
    url = resolve_url(None)
    # conftest points XDG_DATA_HOME at a temporary folder: the default follows it.
    expected = Path(os.environ["XDG_DATA_HOME"]) / "dangjian-desktop" / "dangjian.sqlite"
    assert url == f"sqlite:///{expected}"
    assert sqlite_path(url) == expected
    assert paths.default_db_path() == expected
    assert paths.backups_dir() == expected.parent / "backups" and paths.backups_dir().is_dir()


def test_bare_path_becomes_a_sqlite_url(no_env_url, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_url("branch.sqlite") == f"sqlite:///{tmp_path / 'branch.sqlite'}"
    monkeypatch.setenv(ENV_URL, str(tmp_path / "from-env.sqlite"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'from-env.sqlite'}"


def test_describe_hides_the_password():
    shown = describe("postgresql+psycopg://shuji:s3cret@db.example/dangjian")
    assert "s3cret" not in shown and "shuji" in shown and "dangjian" in shown


def test_sqlite_connections_have_foreign_keys_wal_and_busy_timeout(tmp_path: Path):
    db_file = tmp_path / "sub" / "pragmas.sqlite"
    engine = make_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as c:
            assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert c.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
            # foreign keys are enforced, not only reported
            c.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
            c.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                           "parent_id INTEGER NOT NULL REFERENCES parent(id))"))
            with pytest.raises(Exception, match="FOREIGN KEY"):
                c.execute(text("INSERT INTO child (parent_id) VALUES (42)"))
    finally:
        engine.dispose()
    assert db_file.is_file()  # the missing parent folder was created


def test_resources_are_found_with_the_font_and_its_licence():
    assert paths.font_path().is_file()
    assert paths.font_path().stat().st_size > 1_000_000
    assert (paths.resources_dir() / "fonts" / "LICENSE-wqy-microhei.txt").is_file()
    assert (paths.migrations_dir() / "script.py.mako").is_file()


def test_a_refused_reference_or_duplicate_is_one_chinese_sentence(sqlite_db: Database):
    with pytest.raises(DomainError) as err:
        with sqlite_db.uow() as s:
            s.add(AuditEntry(user_id=9999, username="x", action="新增", entity="t", summary="指向不存在的账号"))
    assert err.value.message == INTEGRITY_MESSAGE
    assert "FOREIGN KEY" in str(err.value.__cause__)  # the driver's words stay in the chain

    with sqlite_db.uow() as s:
        s.add(Setting(key="k", value=1))
    with pytest.raises(DomainError) as err:
        with sqlite_db.uow() as s:
            s.add(Setting(key="k", value=2))
    assert err.value.message == INTEGRITY_MESSAGE and "UNIQUE" in str(err.value.__cause__)
    with sqlite_db.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 0
        assert s.scalar(select(Setting.value)) == 1


def test_a_locked_database_is_one_chinese_sentence_and_nothing_is_written(tmp_path: Path):
    path = tmp_path / "shared.sqlite"
    db = Database(f"sqlite:///{path}")
    # After the engine's own pragmas: wait 0.1 s for the lock instead of 5 s, to keep the suite fast.
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=100"))
    try:
        upgrade(db.engine, backup_dir=tmp_path / "auto-backups")
        ctx = Ctx(db, auth.cli_actor())
        other_pc = sqlite3.connect(path, timeout=0)  # another program holding the file
        try:
            other_pc.execute("BEGIN EXCLUSIVE")
            with pytest.raises(DomainError) as err:
                roster.create_branch(ctx, "机电队党支部")
            assert err.value.message == UNAVAILABLE_MESSAGE
            assert "locked" in str(err.value.__cause__)
        finally:
            other_pc.rollback()
            other_pc.close()
        with db.read() as s:
            assert s.scalar(select(func.count(Branch.id))) == 0
        roster.create_branch(ctx, "机电队党支部")  # once the other program lets go, it works
    finally:
        db.dispose()
