"""Shared fixtures: an isolated data folder, real SQLite files and (when configured) PostgreSQL.

Service tests use ``any_db``: it runs each test on a SQLite file and, when
``DANGJIAN_TEST_PG_URL`` is set (``.ci/run`` sets it), again on a real PostgreSQL server.
"""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or platformdirs: no screen needed, and never the user's real data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="dangjian-test-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ.pop("DANGJIAN_DB_URL", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from dangjian_desktop.db.migrate import upgrade  # noqa: E402
from dangjian_desktop.domain.security import Role  # noqa: E402
from dangjian_desktop.services import auth, passwords, roster  # noqa: E402
from dangjian_desktop.services.uow import Actor, Ctx, Database  # noqa: E402

PG_URL = os.environ.get("DANGJIAN_TEST_PG_URL")

# Hashing with the production parameters (64 MiB, 3 passes) took most of the time of a test that
# creates or signs in an account; the cheapest argon2id does the same work for the tests.
# test_passwords checks the production hasher is unchanged. Subprocesses (the CLI, the
# benchmark hook) start without this and hash as the program does.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
passwords.use_hasher(FAST_HASHER)


def _fresh_pg(url: str) -> str:
    """A new empty schema for this test process, so parallel runs never share tables."""
    schema = f"test_{os.getpid()}"
    eng = create_engine(url)
    with eng.begin() as c:
        c.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        c.execute(text(f"CREATE SCHEMA {schema}"))
    eng.dispose()
    return make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture
def sqlite_db(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'test.sqlite'}")
    upgrade(db.engine, backup_dir=tmp_path / "auto-backups")
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path: Path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.sqlite'}"
    else:
        if not PG_URL:
            pytest.skip("PostgreSQL 测试未运行：未设置 DANGJIAN_TEST_PG_URL（.ci/run 会启动服务器并设置它）")
        url = _fresh_pg(PG_URL)
    db = Database(url)
    upgrade(db.engine, backup_dir=tmp_path / "auto-backups")
    yield db
    db.dispose()


@pytest.fixture
def secretary(any_db: Database) -> Ctx:
    actor = auth.create_first_secretary(any_db, "shuji", "王书记", "secret123")
    return Ctx(any_db, actor)


@pytest.fixture
def sqlite_secretary(sqlite_db: Database) -> Ctx:
    actor = auth.create_first_secretary(sqlite_db, "shuji", "王书记", "secret123")
    return Ctx(sqlite_db, actor)


def viewer_of(ctx: Ctx) -> Ctx:
    return Ctx(ctx.db, Actor(None, "viewer", "查看员", Role.VIEWER))


@pytest.fixture
def org(secretary: Ctx) -> dict[str, int]:
    """One branch with a unit and a team under it."""
    b = roster.create_branch(secretary, "综采二区党支部", "大屯电热公司党委", "0516-1234567")
    u = roster.create_unit(secretary, b, "综采二区")
    t = roster.create_unit(secretary, b, "检修班", parent_id=u)
    b2 = roster.create_branch(secretary, "运行部党支部")
    u2 = roster.create_unit(secretary, b2, "运行一班")
    return {"branch": b, "unit": u, "team": t, "branch2": b2, "unit2": u2}
